package io.github.grondslag.domain.audit;

import java.util.Objects;

/**
 * The first place where an audit chain does not hold, and what happened there.
 *
 * @param sequence the sequence number of the entry named
 * @param kind what happened to it
 */
public record ChainBreak(long sequence, Kind kind) {

    /** What broke the chain at an entry. */
    public enum Kind {
        /** The entry's content or hash is not what was written, or the entry before it was changed. */
        CHANGED,
        /** The entry with this sequence number is missing. */
        REMOVED,
        /** The entry with this sequence number is present, but not in its place. */
        REORDERED
    }

    /**
     * Checks that the kind is given.
     *
     * @param sequence the sequence number of the entry named
     * @param kind what happened to it
     * @throws NullPointerException when {@code kind} is {@code null}
     */
    public ChainBreak {
        Objects.requireNonNull(kind, "kind");
    }

    /** {@return the break as "entry N kind", such as "entry 7 removed"} */
    @Override
    public String toString() {
        return "entry " + sequence + " " + kind.name().toLowerCase();
    }
}
