package org.newsalert.outbound;

/** The exchange did not finish within its deadline (slow server, trickled body). */
public final class TimeoutException extends OutboundException {
    public TimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
