package io.github.grondslag.domain.badfixture.check.gdpr;

import io.github.grondslag.domain.badfixture.check.nl.FixtureDutchRule;

/** Breaks the layering of the check: a GDPR rule that reaches into a national layer. */
public final class GdprRuleUsingANationalLayer {
    public boolean dutch(Object rule) {
        return rule == FixtureDutchRule.NL1;
    }
}
