package io.github.grondslag.domain.check;

import io.github.grondslag.domain.law.Citation;

import java.util.Objects;

/**
 * One thing the register check found: which rule, how serious, the provision it rests on, the
 * element of the register it concerns (e.g. {@code purpose 'vgz-viii'}), and a sentence a privacy
 * officer understands.
 */
public record Finding(Rule rule, Severity severity, Citation citation, String element, String message) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(message, "message");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity + " " + rule.code() + " [" + citation + "] " + element + ": " + message;
    }
}
