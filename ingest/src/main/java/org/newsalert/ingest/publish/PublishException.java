package org.newsalert.ingest.publish;

/** A publish transaction that did not commit; nothing of it is visible and it may be retried. */
public final class PublishException extends Exception {
    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
