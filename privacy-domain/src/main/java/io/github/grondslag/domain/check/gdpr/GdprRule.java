package io.github.grondslag.domain.check.gdpr;

import io.github.grondslag.domain.check.Rule;

/**
 * The rules of the register check that come from the GDPR alone, numbered as in
 * docs/register-check.md. R11 (the cookie rule) is national law and lives in the Dutch layer.
 */
public enum GdprRule implements Rule {
    /** R1: the lawful basis of each purpose (AVG 6(1), 13(1)(c)). */
    R1_LAWFUL_BASIS("every purpose has exactly one lawful basis, and a public authority not 6(1)(f)"),
    /** R2: consent, of each kind (AVG 4(11), 6(1)(a), 7). */
    R2_CONSENT("consent of each kind is what it claims: the basis when it is one, freely given by a clear act, as"
            + " easy to withdraw as to give"),
    /** R3: special categories of data and their condition (AVG 9). */
    R3_SPECIAL_CATEGORY("special-category data only with a named art. 9(2) condition; explicit consent when that is"
            + " the condition"),
    /** R4: criminal data and their authorisation (AVG 10). */
    R4_CRIMINAL_DATA("criminal data only under official authority or an authorising law (art. 10)"),
    /** R5: legitimate interests and the right to object (AVG 6(1)(f), 13(1)(d), 21(4)). */
    R5_LEGITIMATE_INTERESTS("legitimate interests: the interest named, a balancing test, the right to object; the"
            + " right to object to direct marketing"),
    /** R6: retention periods (AVG 5(1)(e), 13(2)(a), 89(1)). */
    R6_RETENTION("every retention rule is finite, has a trigger and min <= max; archiving serves 89(1); every"
            + " purpose has a period"),
    /** R7: processors and their agreements (AVG 28(3)). */
    R7_PROCESSOR_AGREEMENT("a processor has a processor agreement"),
    /** R8: transfers outside the EEA and their safeguards (AVG 13(1)(f), 45-49). */
    R8_TRANSFER_SAFEGUARD("a transfer outside the EEA names its tool of art. 45-49"),
    /** R9: solely automated decisions (AVG 13(2)(f), 22). */
    R9_AUTOMATED_DECISION("solely automated decisions: an exception of 22(2), the safeguards of 22(3), 22(4) for"
            + " special data, the logic explained"),
    /** R10: the periods for answering a rights request (AVG 12(3)). */
    R10_RESPONSE_POLICY("the response policy stays within art. 12(3)"),
    /**
     * R12: the controller's identity and contact, the DPO's contact, the statement's version
     * (AVG 12(1), 13(1)(a),(b), 37(7)).
     */
    R12_TRANSPARENCY("controller identity and contact, the DPO where one is mandatory, the statement's version"),
    /** R13: the information on the subject's rights (AVG 13(2)(b)-(d)). */
    R13_RIGHTS_INFORMATION("the statement tells the subject of every right that applies (13(2)(b)-(d))"),
    /** R14: joint controllers and the sources of data (AVG 14(2)(f), 26). */
    R14_CONTROLLERS_AND_SOURCES("joint controllers' arrangement and contact point, the sources of data not"
            + " obtained from the subject"),
    /** R15: the data protection impact assessment (AVG 35). */
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
