package org.newsextractor.eval;

/** A scored figure, in the order the report lists them. */
public enum Section {
    /** Person records against gold people. */
    PEOPLE("people"),
    /** Place records against gold places. */
    PLACES("places"),
    /** Organization records against gold organizations. */
    ORGANIZATIONS("organizations"),
    /** The micro-sum of people, places and organizations. */
    ENTITIES("entities"),
    /** Numbers: text overlap and agreeing value. */
    NUMBERS("numbers"),
    /** Quotations: token F1 of the text at least 0.7. */
    QUOTATIONS("quotations"),
    /** Quotations that match and have the right speaker. */
    QUOTATION_SPEAKERS("quotationSpeakers"),
    /** Claims: token F1 of the content at least 0.5. */
    CLAIMS("claims"),
    /** Claims that match and have the right source. */
    CLAIM_SOURCES("claimSources");

    private final String key;

    Section(String key) {
        this.key = key;
    }

    /** @return the name used in the table, the JSON figures and floors files, such as {@code quotationSpeakers} */
    public String key() {
        return key;
    }

    /**
     * @param key a section's key
     * @return the section with that key
     * @throws IllegalArgumentException if no section has that key
     */
    public static Section ofKey(String key) {
        for (Section s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no section named " + key);
    }
}
