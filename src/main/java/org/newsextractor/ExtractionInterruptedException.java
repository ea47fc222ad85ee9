package org.newsextractor;

import org.jspecify.annotations.Nullable;

/**
 * The thread running an extraction was interrupted, so the extraction stopped early; nothing of the article is
 * returned. The thread's interrupt status is set again before this is thrown, so code further up still sees it.
 */
public class ExtractionInterruptedException extends ExtractionException {
    private static final long serialVersionUID = 1L;

    /** @param cause what reported the interrupt, or null */
    public ExtractionInterruptedException(@Nullable Throwable cause) {
        super("extraction stopped: the thread was interrupted", cause);
    }
}
