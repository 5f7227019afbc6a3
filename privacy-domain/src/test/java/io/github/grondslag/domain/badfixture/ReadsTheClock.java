package io.github.grondslag.domain.badfixture;

import java.time.Instant;

/** Breaks the clock rule. */
public final class ReadsTheClock {
    public Instant stamp() {
        return Instant.now();
    }
}
