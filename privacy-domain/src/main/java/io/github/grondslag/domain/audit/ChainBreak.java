package io.github.grondslag.domain.audit;

import java.util.Objects;

/** The first place where an audit chain does not hold, and what happened there. */
public record ChainBreak(long sequence, Kind kind) {

    public enum Kind {
        /** The entry's content or hash is not what was written, or the entry before it was changed. */
        CHANGED,
        /** The entry with this sequence number is missing. */
        REMOVED,
        /** The entry with this sequence number is present, but not in its place. */
        REORDERED
    }

    public ChainBreak {
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String toString() {
        return "entry " + sequence + " " + kind.name().toLowerCase();
    }
}
