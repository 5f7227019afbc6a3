package io.github.grondslag.domain.law;

/** What makes a transfer of personal data outside the EEA lawful (AVG chapter V, art. 44–49). */
public enum TransferSafeguard {
    /** 45: an adequacy decision of the Commission. */
    ADEQUACY_DECISION("45"),
    /** 46(2)(c): standard data-protection clauses adopted by the Commission. */
    STANDARD_CONTRACTUAL_CLAUSES("46(2)(c)"),
    /** 47: binding corporate rules. */
    BINDING_CORPORATE_RULES("47"),
    /** 49: a derogation for a specific situation. */
    DEROGATION("49");

    private final String provision;

    TransferSafeguard(String provision) {
        this.provision = provision;
    }

    public Citation citation() {
        return Citation.avg(provision);
    }
}
