package io.github.grondslag.domain.register;

/** The rules of the register check, numbered as in DESIGN §3.2 and docs/register-check.md. */
public enum CheckRule {
    R1_LAWFUL_BASIS("every purpose has exactly one lawful basis"),
    R2_CONSENT("consent that is collected is the basis, and is as easy to withdraw as to give"),
    R3_SPECIAL_CATEGORY("special-category data only with a named art. 9(2) condition"),
    R4_CRIMINAL_DATA("criminal data only with an art. 10 / UAVG authorisation"),
    R5_LEGITIMATE_INTERESTS("legitimate interests: a balancing test and the right to object"),
    R6_RETENTION("every retention rule is finite, has a trigger and min <= max; every purpose has one"),
    R7_PROCESSOR_AGREEMENT("a processor has a processor agreement"),
    R8_TRANSFER_SAFEGUARD("a transfer outside the EEA names its safeguard"),
    R9_AUTOMATED_DECISION("solely automated decisions name their 22(2) exception and offer human intervention"),
    R10_RESPONSE_POLICY("the response policy stays within art. 12(3)"),
    R11_TRACKING_CONSENT("tracking pixels, analytics and marketing cookies rest on consent"),
    R12_TRANSPARENCY("controller identity, contact, DPO contact and the statement's version date are given");

    private final String summary;

    CheckRule(String summary) {
        this.summary = summary;
    }

    /** The short code printed with a finding, e.g. {@code R4}. */
    public String code() {
        return name().substring(0, name().indexOf('_'));
    }

    public String summary() {
        return summary;
    }
}
