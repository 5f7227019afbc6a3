package io.github.grondslag.domain.port;

import java.util.Objects;

/**
 * A write refused because someone else changed the same aggregate first: the writer expected
 * {@code expected}, the store holds {@code actual}. Reload, decide again, write again.
 * {@code aggregate} names the kind of aggregate ("consent ledger"), never its id.
 *
 * @param aggregate the kind of aggregate: {@code consent ledger}, {@code subject state},
 *                  {@code rights request} or {@code legal hold} in the library's stores
 * @param expected  the version the writer read ({@link Write#expectedVersion()})
 * @param actual    the version the store holds (0 when it holds none)
 */
public record ConcurrentChange(String aggregate, long expected, long actual) implements NotCommitted {
    /**
     * Checks that {@code aggregate} is not {@code null}.
     *
     * @param aggregate the kind of aggregate, never its id
     * @param expected  the version the writer read
     * @param actual    the version the store holds
     * @throws NullPointerException when {@code aggregate} is {@code null}
     */
    public ConcurrentChange {
        Objects.requireNonNull(aggregate, "aggregate");
    }
}
