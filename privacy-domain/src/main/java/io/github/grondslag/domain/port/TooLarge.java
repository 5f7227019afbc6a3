package io.github.grondslag.domain.port;

import java.util.Objects;

/**
 * A change refused because the store could not read it back: a value or a record longer than the
 * store's limit. A store never acknowledges what it cannot read (docs/stores.md). {@code what} names
 * the field, never its content.
 *
 * @param what  the field or value refused (such as "the change as one journal line"), with its unit
 *              where the store gives one; never the content
 * @param size  the size found, in the store's unit (characters, bytes)
 * @param limit the most the store accepts, in the same unit
 */
public record TooLarge(String what, long size, long limit) implements NotCommitted {
    /**
     * Checks that {@code what} is not {@code null}.
     *
     * @param what  the field or value refused, never its content
     * @param size  the size found
     * @param limit the most the store accepts
     * @throws NullPointerException when {@code what} is {@code null}
     */
    public TooLarge {
        Objects.requireNonNull(what, "what");
    }
}
