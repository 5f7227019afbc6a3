package io.github.grondslag.domain.law;

/** The rights of the data subject (AVG art. 15–22), the withdrawal of consent and the complaint. */
public enum DataSubjectRight {
    ACCESS("15"),
    RECTIFICATION("16"),
    ERASURE("17"),
    RESTRICTION("18"),
    PORTABILITY("20"),
    OBJECTION("21"),
    /** Not to be subject to a solely automated decision; human intervention, art. 22(3). */
    HUMAN_INTERVENTION("22(3)"),
    WITHDRAW_CONSENT("7(3)"),
    /** The complaint to the supervisory authority (in NL the Autoriteit Persoonsgegevens). */
    COMPLAINT_TO_AUTHORITY("77");

    private final String provision;

    DataSubjectRight(String provision) {
        this.provision = provision;
    }

    public Citation citation() {
        return Citation.avg(provision);
    }
}
