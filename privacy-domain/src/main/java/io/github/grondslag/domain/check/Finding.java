package io.github.grondslag.domain.check;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.register.Printable;

import java.util.Objects;

/**
 * One thing the register check found: which rule, how serious, the provision it rests on, the
 * element of the register it concerns (e.g. {@code purpose 'vgz-viii'}), and a sentence a privacy
 * officer understands.
 *
 * @param rule     the rule that found it ({@code R4}, {@code NL1})
 * @param severity how serious it is, by the check's severity policy
 * @param citation the provision it rests on, such as AVG 9(1)
 * @param element  the element of the register it concerns, such as {@code purpose 'vgz-viii'} or
 *                 {@code controller}
 * @param message  what is wrong, in a sentence for a privacy officer; where the register is silent,
 *                 it ends with what to find out
 */
public record Finding(Rule rule, Severity severity, Citation citation, String element, String message) {
    /**
     * Checks that no component is {@code null}.
     *
     * @param rule     the rule that found it
     * @param severity how serious it is
     * @param citation the provision it rests on
     * @param element  the element of the register it concerns
     * @param message  what is wrong
     * @throws NullPointerException when a component is {@code null}
     */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(message, "message");
    }

    /** {@return whether the finding is an {@linkplain Severity#ERROR error}: the check fails on it} */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * {@return the finding on one line: severity, rule code, citation, element and message; what the
     * element and the message quote from the register is made {@linkplain Printable printable}, so that
     * a finding logged or printed cannot move a cursor or forge a line}
     */
    @Override
    public String toString() {
        return severity + " " + rule.code() + " [" + citation + "] " + Printable.of(element) + ": "
                + Printable.of(message);
    }
}
