package io.github.grondslag.domain.law;

/** The rights of the data subject (AVG art. 15–22), the withdrawal of consent and the complaint. */
public enum DataSubjectRight {
    /** The right of access to one's own data and information about its processing, art. 15. */
    ACCESS("15"),
    /** The right to have inaccurate data corrected and incomplete data completed, art. 16. */
    RECTIFICATION("16"),
    /** The right to erasure ("right to be forgotten"), art. 17. */
    ERASURE("17"),
    /** The right to restriction of processing, art. 18. */
    RESTRICTION("18"),
    /** The right to receive one's data in a machine-readable format and have it transmitted, art. 20. */
    PORTABILITY("20"),
    /** The right to object to processing, art. 21. */
    OBJECTION("21"),
    /** Not to be subject to a solely automated decision; human intervention, art. 22(3). */
    HUMAN_INTERVENTION("22(3)"),
    /** The withdrawal of consent at any time, as easy as giving it, art. 7(3). */
    WITHDRAW_CONSENT("7(3)"),
    /** The complaint to the supervisory authority (in NL the Autoriteit Persoonsgegevens). */
    COMPLAINT_TO_AUTHORITY("77");

    private final String provision;

    DataSubjectRight(String provision) {
        this.provision = provision;
    }

    /** {@return the article of the AVG that grants this right} */
    public Citation citation() {
        return Citation.avg(provision);
    }
}
