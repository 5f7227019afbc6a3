package io.github.grondslag.domain.law;

/**
 * The six lawful bases of AVG art. 6(1)(a)–(f). Each knows which of the subject's rights it
 * gives or takes away.
 */
public enum LawfulBasis {
    /** 6(1)(a): the subject has given consent for one or more specific purposes. */
    CONSENT("6(1)(a)"),
    /** 6(1)(b): necessary for a contract with the subject or steps before entering into one. */
    CONTRACT("6(1)(b)"),
    /** 6(1)(c): necessary for a legal obligation of the controller. */
    LEGAL_OBLIGATION("6(1)(c)"),
    /** 6(1)(d): necessary to protect the vital interests of the subject or another person. */
    VITAL_INTERESTS("6(1)(d)"),
    /** 6(1)(e): necessary for a task in the public interest or in the exercise of official authority. */
    PUBLIC_TASK("6(1)(e)"),
    /** 6(1)(f): necessary for the legitimate interests of the controller or a third party. */
    LEGITIMATE_INTERESTS("6(1)(f)");

    private final String provision;

    LawfulBasis(String provision) {
        this.provision = provision;
    }

    /** {@return the provision of art. 6(1) that names this basis} */
    public Citation citation() {
        return Citation.avg(provision);
    }

    /**
     * Portability exists only for processing based on consent or contract, carried out by
     * automated means (art. 20(1)(a) and (b)).
     *
     * @param automated whether the processing is carried out by automated means
     * @return whether processing on this basis gives the subject the right to data portability
     */
    public boolean givesPortability(boolean automated) {
        return automated && (this == CONSENT || this == CONTRACT);
    }

    /**
     * The right to object exists for processing based on 6(1)(e) or (f) (art. 21(1)).
     *
     * @return whether processing on this basis gives the subject the right to object
     */
    public boolean givesObjection() {
        return this == PUBLIC_TASK || this == LEGITIMATE_INTERESTS;
    }

    /**
     * No erasure right while a legal obligation or a public task requires the data
     * (art. 17(3)(b)).
     *
     * @return whether this basis limits the subject's right to erasure
     */
    public boolean limitsErasure() {
        return this == LEGAL_OBLIGATION || this == PUBLIC_TASK;
    }

    /**
     * Consent is withdrawn, not objected to (art. 7(3)).
     *
     * @return whether the subject can withdraw processing on this basis
     */
    public boolean isWithdrawable() {
        return this == CONSENT;
    }
}
