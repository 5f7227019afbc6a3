package io.github.grondslag.domain.port;

import java.util.Objects;

/**
 * A change refused because the store could not read it back: a value or a record longer than the
 * store's limit. A store never acknowledges what it cannot read (docs/stores.md). {@code what} names
 * the field, never its content.
 */
public record TooLarge(String what, long size, long limit) implements NotCommitted {
    public TooLarge {
        Objects.requireNonNull(what, "what");
    }
}
