package io.github.grondslag.domain.badfixture;

/** Breaks the clock rule through System. */
public final class ReadsSystemMillis {
    public long stamp() {
        return System.currentTimeMillis();
    }
}
