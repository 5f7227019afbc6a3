package io.github.grondslag.domain.register;

/**
 * How consent is obtained. Only a clear affirmative act is consent (AVG 4(11), recital 32);
 * a pre-ticked box or continued browsing or use is not (CJEU C-673/17, Planet49, ¶¶ 52–65).
 */
public enum ConsentMechanism {
    /** Ticking an empty box, clicking "I agree", signing: a statement or clear affirmative action. */
    CLEAR_AFFIRMATIVE_ACT,
    /** A box that is ticked beforehand and must be unticked to refuse. */
    PRE_TICKED_BOX,
    /** Consent inferred from continued browsing or use of a service: silence or inactivity. */
    CONTINUED_USE,
    /** The statement does not say how consent is obtained. */
    NOT_STATED
}
