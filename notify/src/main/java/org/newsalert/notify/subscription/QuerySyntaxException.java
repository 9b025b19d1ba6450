package org.newsalert.notify.subscription;

/**
 * A query a person typed that cannot be parsed. {@code position} is 1-based, counted in characters
 * of the query as typed, so that an error can point at the offending character.
 */
public final class QuerySyntaxException extends Exception {
    private final String reason;
    private final int position;

    public QuerySyntaxException(String reason, int position) {
        super(reason + " at position " + position);
        this.reason = reason;
        this.position = position;
    }

    /** The problem without its position, e.g. {@code unexpected ')'}. */
    public String reason() {
        return reason;
    }

    public int position() {
        return position;
    }
}
