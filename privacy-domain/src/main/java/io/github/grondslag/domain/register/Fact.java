package io.github.grondslag.domain.register;

/**
 * A fact a privacy statement can state or leave unsaid: whether a processor agreement exists,
 * whether consent can be withdrawn as easily as it was given, whether a balancing test was made.
 * Silence is neither yes nor no: the register check turns {@link #NOT_STATED} into a warning that
 * says what to find out, and only a stated {@link #NO} into an error (docs/register-check.md,
 * "Severity policy").
 */
public enum Fact {
    /** The statement says so. */
    YES,
    /** The statement says it is not so. */
    NO,
    /** The statement does not say. */
    NOT_STATED;

    /**
     * The fact for a plain boolean, as format version 1 recorded it.
     *
     * @param value the boolean as recorded
     * @return {@link #YES} for {@code true}, {@link #NO} for {@code false}
     */
    public static Fact of(boolean value) {
        return value ? YES : NO;
    }

    /** {@return whether the statement says so} */
    public boolean isYes() {
        return this == YES;
    }

    /** {@return whether the statement says it is not so} */
    public boolean isNo() {
        return this == NO;
    }

    /** {@return whether the statement is silent about it} */
    public boolean isNotStated() {
        return this == NOT_STATED;
    }
}
