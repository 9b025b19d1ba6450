package org.newsalert.notify.subscription;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A subscription request with invalid fields, each named by its JSON path ({@code channel.url}).
 * A query error also carries the 1-based position in the query.
 */
public final class ValidationException extends Exception {
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** @param position 1-based position in the query for {@code query} errors, otherwise null */
    public record FieldError(String field, String message, Integer position) {
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }
}
