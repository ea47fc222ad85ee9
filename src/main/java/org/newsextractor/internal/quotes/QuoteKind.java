package org.newsextractor.internal.quotes;

/**
 * What a quoted passage most likely is, judged from the text alone.
 *
 * <p>The judgement is deliberately conservative: short fragments such as "red lines" are real quotations
 * when someone said them, so a span is only marked {@link #LIKELY_TERM_OR_TITLE} when it looks like a name,
 * title or term and nothing nearby suggests speech. Callers should treat the flag as a hint, not a filter.
 */
public enum QuoteKind {
    /** Probably someone's words. */
    QUOTATION,
    /** Probably a scare quote, a title of a work, a name or a term (short, title-like, no speech verb nearby). */
    LIKELY_TERM_OR_TITLE
}
