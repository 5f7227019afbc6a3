package io.github.grondslag.domain.port;

import java.util.Objects;

/**
 * A write refused because someone else changed the same aggregate first: the writer expected
 * {@code expected}, the store holds {@code actual}. Reload, decide again, write again.
 * {@code aggregate} names the kind of aggregate ("consent ledger"), never its id.
 */
public record ConcurrentChange(String aggregate, long expected, long actual) implements NotCommitted {
    public ConcurrentChange {
        Objects.requireNonNull(aggregate, "aggregate");
    }
}
