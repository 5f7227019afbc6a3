package io.github.grondslag.domain.notice;

/** The registers VGZ keeps for fraud, security and integrity (VGZ §VIII). */
public enum FraudRegister {
    /** Gebeurtenissenadministratie: every event is recorded here first. */
    GA("Gebeurtenissenadministratie", false),
    /** Intern Verwijzingsregister: "Een betrokkene wordt altijd geïnformeerd". */
    IVR("Intern Verwijzingsregister", false),
    /** Incidentenregister (PIFI): "op individuele basis per brief toegelicht". */
    IR("Incidentenregister", true),
    /** Extern Verwijzingsregister, linked to the IR and visible to other financial institutions. */
    EVR("Extern Verwijzingsregister", true);

    private final String dutchName;
    private final boolean explainedByLetter;

    FraudRegister(String dutchName, boolean explainedByLetter) {
        this.dutchName = dutchName;
        this.explainedByLetter = explainedByLetter;
    }

    /** {@return the register's Dutch name, as the privacy statement writes it} */
    public String dutchName() {
        return dutchName;
    }

    /**
     * Whether an inclusion in this register must be explained to the subject by an individual letter
     * (VGZ §VIII: "Een opname in het IR en het EVR wordt altijd op individuele basis per brief toegelicht.").
     *
     * @return {@code true} for the IR and the EVR, {@code false} for the GA and the IVR
     */
    public boolean explainedByLetter() {
        return explainedByLetter;
    }
}
