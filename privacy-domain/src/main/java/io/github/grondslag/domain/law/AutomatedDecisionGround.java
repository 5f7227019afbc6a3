package io.github.grondslag.domain.law;

/** The exceptions of AVG art. 22(2) that allow a solely automated decision with legal or similar effect. */
public enum AutomatedDecisionGround {
    /** 22(2)(a): necessary for entering into or performing a contract with the subject. */
    CONTRACT("22(2)(a)"),
    /** 22(2)(b): authorised by Union or member-state law (in NL: UAVG 40). */
    AUTHORISED_BY_LAW("22(2)(b)"),
    /** 22(2)(c): the subject's explicit consent. */
    EXPLICIT_CONSENT("22(2)(c)");

    private final String provision;

    AutomatedDecisionGround(String provision) {
        this.provision = provision;
    }

    /** {@return the point of AVG art. 22(2) that names this exception} */
    public Citation citation() {
        return Citation.avg(provision);
    }
}
