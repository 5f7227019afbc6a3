package io.github.grondslag.domain.usecase;

import io.github.grondslag.domain.law.Rejection;
import io.github.grondslag.domain.port.ConcurrentChange;

import java.util.Objects;

/** Why a use case did not do what it was asked: the law refused it, or someone else wrote first. */
public sealed interface Refusal {

    /** The domain rejected the command, with the article. */
    record Rejected(Rejection rejection) implements Refusal {
        public Rejected {
            Objects.requireNonNull(rejection, "rejection");
        }
    }

    /** A concurrent write won; nothing was changed. Reload and try again. */
    record Conflict(ConcurrentChange change) implements Refusal {
        public Conflict {
            Objects.requireNonNull(change, "change");
        }
    }
}
