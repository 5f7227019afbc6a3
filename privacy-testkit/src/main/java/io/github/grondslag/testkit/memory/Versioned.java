package io.github.grondslag.testkit.memory;

import io.github.grondslag.domain.port.ConcurrentChange;
import io.vavr.control.Either;

import java.util.concurrent.ConcurrentMap;
import java.util.function.ToLongFunction;

/** Compare-and-set on a concurrent map: the one optimistic write of the in-memory stores. */
final class Versioned {

    private Versioned() {
    }

    static <K, V> Either<ConcurrentChange, V> save(ConcurrentMap<K, V> map, K key, V value, long expected,
                                                   ToLongFunction<V> version, String aggregate) {
        long[] actual = {0};
        boolean[] stored = {false};
        map.compute(key, (k, current) -> {
            actual[0] = current == null ? 0 : version.applyAsLong(current);
            if (actual[0] != expected) {
                return current;
            }
            stored[0] = true;
            return value;
        });
        return stored[0] ? Either.right(value) : Either.left(new ConcurrentChange(aggregate, expected, actual[0]));
    }
}
