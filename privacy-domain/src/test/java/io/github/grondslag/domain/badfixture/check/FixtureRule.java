package io.github.grondslag.domain.badfixture.check;

/** Stands for the root package of the check (Finding, Rule, ...), which the GDPR's rules may use. */
public interface FixtureRule {
    String code();
}
