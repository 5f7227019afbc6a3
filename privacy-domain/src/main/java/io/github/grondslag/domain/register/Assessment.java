package io.github.grondslag.domain.register;

import io.vavr.control.Option;

import java.util.Objects;

/**
 * Whether an assessment the law asks for was made, and where it is recorded: the balancing test of
 * legitimate interests (AVG 6(1)(f)) or a data protection impact assessment (35).
 */
public record Assessment(Fact made, Option<String> reference) {
    public Assessment {
        Objects.requireNonNull(made, "made");
        Objects.requireNonNull(reference, "reference");
    }

    /** The statement says nothing about it. */
    public static Assessment notStated() {
        return new Assessment(Fact.NOT_STATED, Option.none());
    }

    /** Made, and recorded where the reference says. */
    public static Assessment made(String reference) {
        return new Assessment(Fact.YES, Option.some(reference));
    }
}
