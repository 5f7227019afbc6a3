package io.github.grondslag.domain.check;

/**
 * How serious a finding of the register check is, by one policy (docs/register-check.md,
 * "Severity policy").
 */
public enum Severity {
    /**
     * The register states what the law forbids, or leaves out what the law requires of this
     * controller: the check fails.
     */
    ERROR,
    /**
     * The register is silent about a fact (the message says what to find out), or the law leaves
     * room for judgement.
     */
    WARNING
}
