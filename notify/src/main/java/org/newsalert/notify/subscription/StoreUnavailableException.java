package org.newsalert.notify.subscription;

/** The store could not read or confirm a write in time (broker down, consumer behind or failed). */
public final class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreUnavailableException(String message) {
        super(message);
    }
}
