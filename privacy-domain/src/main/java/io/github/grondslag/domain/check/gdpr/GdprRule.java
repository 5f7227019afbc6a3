package io.github.grondslag.domain.check.gdpr;

import io.github.grondslag.domain.check.Rule;

/**
 * The rules of the register check that come from the GDPR alone, numbered as in
 * docs/register-check.md. R11 (the cookie rule) is national law and lives in the Dutch layer.
 */
public enum GdprRule implements Rule {
    R1_LAWFUL_BASIS("every purpose has exactly one lawful basis, and a public authority not 6(1)(f)"),
    R2_CONSENT("consent of each kind is what it claims: the basis when it is one, freely given by a clear act, as"
            + " easy to withdraw as to give"),
    R3_SPECIAL_CATEGORY("special-category data only with a named art. 9(2) condition; explicit consent when that is"
            + " the condition"),
    R4_CRIMINAL_DATA("criminal data only under official authority or an authorising law (art. 10)"),
    R5_LEGITIMATE_INTERESTS("legitimate interests: the interest named, a balancing test, the right to object; the"
            + " right to object to direct marketing"),
    R6_RETENTION("every retention rule is finite, has a trigger and min <= max; archiving serves 89(1); every"
            + " purpose has a period"),
    R7_PROCESSOR_AGREEMENT("a processor has a processor agreement"),
    R8_TRANSFER_SAFEGUARD("a transfer outside the EEA names its tool of art. 45-49"),
    R9_AUTOMATED_DECISION("solely automated decisions: an exception of 22(2), the safeguards of 22(3), 22(4) for"
            + " special data, the logic explained"),
    R10_RESPONSE_POLICY("the response policy stays within art. 12(3)"),
    R12_TRANSPARENCY("controller identity and contact, the DPO where one is mandatory, the statement's version"),
    R13_RIGHTS_INFORMATION("the statement tells the subject of every right that applies (13(2)(b)-(d))"),
    R14_CONTROLLERS_AND_SOURCES("joint controllers' arrangement and contact point, the sources of data not"
            + " obtained from the subject"),
    R15_IMPACT_ASSESSMENT("a data protection impact assessment where art. 35(3) requires one");

    private final String summary;

    GdprRule(String summary) {
        this.summary = summary;
    }

    @Override
    public String summary() {
        return summary;
    }
}
