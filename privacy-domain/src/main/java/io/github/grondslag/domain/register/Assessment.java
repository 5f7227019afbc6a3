package io.github.grondslag.domain.register;

import io.vavr.control.Option;

import java.util.Objects;

/**
 * Whether an assessment the law asks for was made, and where it is recorded: the balancing test of
 * legitimate interests (AVG 6(1)(f)) or a data protection impact assessment (35).
 *
 * @param made whether the statement says the assessment was made, says it was not, or is silent
 * @param reference where the assessment is recorded, if the statement says
 */
public record Assessment(Fact made, Option<String> reference) {
    /**
     * An assessment as the statement describes it.
     *
     * @param made whether the assessment was made, as stated
     * @param reference where it is recorded, if stated
     * @throws NullPointerException if either is {@code null}
     */
    public Assessment {
        Objects.requireNonNull(made, "made");
        Objects.requireNonNull(reference, "reference");
    }

    /** {@return an assessment the statement says nothing about: not stated, no reference} */
    public static Assessment notStated() {
        return new Assessment(Fact.NOT_STATED, Option.none());
    }

    /**
     * Made, and recorded where the reference says.
     *
     * @param reference where the assessment is recorded, e.g. a document number
     * @return an assessment stated as made, with its reference
     */
    public static Assessment made(String reference) {
        return new Assessment(Fact.YES, Option.some(reference));
    }
}
