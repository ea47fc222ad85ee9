package org.newsextractor;

/**
 * An article could not be extracted; the message says why. Subclasses tell a time budget that ran out
 * ({@link ExtractionTimeoutException}) and an interrupted thread ({@link ExtractionInterruptedException}) from
 * an internal failure, which is reported as this class itself.
 */
public class ExtractionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     * @param cause   the underlying failure
     */
    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param message what went wrong */
    public ExtractionException(String message) {
        super(message);
    }
}
