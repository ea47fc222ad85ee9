package org.newsextractor.internal.entities;

/** The three kinds of named entity the library reports. */
public enum EntityType {
    PERSON, LOCATION, ORGANIZATION;

    /** @return the type for a coarse CoreNLP NER tag, or null for tags we do not report */
    static EntityType fromNer(String tag) {
        return switch (tag) {
            case "PERSON" -> PERSON;
            case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> LOCATION;
            case "ORGANIZATION" -> ORGANIZATION;
            default -> null;
        };
    }
}
