package org.newsextractor;

/** An article could not be extracted; the message says why. */
public class ExtractionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     * @param cause   the underlying failure
     */
    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
