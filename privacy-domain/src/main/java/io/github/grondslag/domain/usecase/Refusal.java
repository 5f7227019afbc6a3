package io.github.grondslag.domain.usecase;

import io.github.grondslag.domain.law.Rejection;
import io.github.grondslag.domain.port.ConcurrentChange;
import io.github.grondslag.domain.port.TooLarge;

import java.util.Objects;

/**
 * Why a use case did not do what it was asked: the law refused it, someone else wrote first, or the
 * store could not keep it. In every case nothing was changed, and the refusal is in the audit trail.
 */
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

    /** The store refused the change as larger than it can read back; nothing was changed. */
    record Unstorable(TooLarge limit) implements Refusal {
        public Unstorable {
            Objects.requireNonNull(limit, "limit");
        }
    }
}
