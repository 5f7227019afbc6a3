package io.github.grondslag.domain.register;

/**
 * A fact a privacy statement can state or leave unsaid: whether a processor agreement exists,
 * whether consent can be withdrawn as easily as it was given, whether a balancing test was made.
 * Silence is neither yes nor no: the register check turns {@link #NOT_STATED} into a warning that
 * says what to find out, and only a stated {@link #NO} into an error (docs/register-check.md,
 * "Severity policy").
 */
public enum Fact {
    YES,
    NO,
    NOT_STATED;

    /** The fact for a plain boolean, as format version 1 recorded it. */
    public static Fact of(boolean value) {
        return value ? YES : NO;
    }

    public boolean isYes() {
        return this == YES;
    }

    public boolean isNo() {
        return this == NO;
    }

    public boolean isNotStated() {
        return this == NOT_STATED;
    }
}
