package io.github.grondslag.domain.law;

import io.github.grondslag.domain.register.Fact;

/** Test-only fixture: a vocabulary that reaches up into the register package. */
final class BadLawFixture {
    static final Fact STATED = Fact.YES;
}
