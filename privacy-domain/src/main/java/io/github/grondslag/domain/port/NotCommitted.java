package io.github.grondslag.domain.port;

/**
 * Why a store did not commit a {@link Change}: nothing of it was written, no write, no audit entry
 * and no notice. One of {@link ConcurrentChange} (a stale version) or {@link TooLarge} (a value the
 * store could not read back).
 */
public sealed interface NotCommitted permits ConcurrentChange, TooLarge {
}
