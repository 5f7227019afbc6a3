package io.github.grondslag.domain.port;

/** Why a store did not commit a {@link Change}: nothing of it was written. */
public sealed interface NotCommitted permits ConcurrentChange, TooLarge {
}
