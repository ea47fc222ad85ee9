package org.newsextractor.internal.claims;

/** What a reporting verb takes as its reported content. */
enum Complement {
    /** A clause with a verb of its own: "said the troops had left". */
    CLAUSE,
    /** A clause or a bare noun phrase: "denied any attempts to seize Ukraine". */
    ANY,
    /** A person spoken to, then a clause: "told reporters the talks had failed". */
    OBJECT,
    /**
     * What is judged and the judgement: "called the move a disgrace", "described the deaths as preventable",
     * "blamed the rebels for the attack". Without a parse it is read like a clause.
     */
    EVALUATION
}
