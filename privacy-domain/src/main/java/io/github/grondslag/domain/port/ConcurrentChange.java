package io.github.grondslag.domain.port;

import java.util.Objects;

/**
 * A write refused because someone else changed the same aggregate first: the writer expected
 * {@code expected}, the store holds {@code actual}. Reload, decide again, write again.
 */
public record ConcurrentChange(String aggregate, long expected, long actual) {
    public ConcurrentChange {
        Objects.requireNonNull(aggregate, "aggregate");
    }
}
