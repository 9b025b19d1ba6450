package org.newsalert.outbound;

/** An outbound request that failed for a reason of the outside world; the message names the URL. */
public class OutboundException extends Exception {
    public OutboundException(String message) {
        super(message);
    }

    public OutboundException(String message, Throwable cause) {
        super(message, cause);
    }
}
