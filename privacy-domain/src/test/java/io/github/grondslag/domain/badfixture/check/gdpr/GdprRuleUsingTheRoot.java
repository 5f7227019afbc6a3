package io.github.grondslag.domain.badfixture.check.gdpr;

import io.github.grondslag.domain.badfixture.check.FixtureRule;

/** Keeps the layering of the check: a GDPR rule that uses only the check's root package. */
public final class GdprRuleUsingTheRoot implements FixtureRule {
    @Override
    public String code() {
        return "R1";
    }
}
