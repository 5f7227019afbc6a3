package io.github.grondslag.domain.register;

/** How serious a finding of the register check is. */
public enum Severity {
    /** The register, as written, breaks the law: the check fails. */
    ERROR,
    /** Something a privacy officer should look at; the law may be met in ways the statement does not show. */
    WARNING
}
