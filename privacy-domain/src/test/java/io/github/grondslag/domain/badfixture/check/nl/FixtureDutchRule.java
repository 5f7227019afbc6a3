package io.github.grondslag.domain.badfixture.check.nl;

import io.github.grondslag.domain.badfixture.check.FixtureRule;

/** Stands for a national layer's rule. */
public enum FixtureDutchRule implements FixtureRule {
    NL1;

    @Override
    public String code() {
        return name();
    }
}
