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

    /**
     * The domain rejected the command, with the article.
     *
     * @param rejection the article and the reason the law or the model gives
     */
    record Rejected(Rejection rejection) implements Refusal {
        /**
         * Checks that the rejection is not {@code null}.
         *
         * @param rejection the article and the reason
         * @throws NullPointerException when {@code rejection} is {@code null}
         */
        public Rejected {
            Objects.requireNonNull(rejection, "rejection");
        }
    }

    /**
     * A concurrent write won; nothing was changed. Reload and try again.
     *
     * @param change the store's refusal: the kind of aggregate, the version read and the version held
     */
    record Conflict(ConcurrentChange change) implements Refusal {
        /**
         * Checks that the store's refusal is not {@code null}.
         *
         * @param change the store's refusal
         * @throws NullPointerException when {@code change} is {@code null}
         */
        public Conflict {
            Objects.requireNonNull(change, "change");
        }
    }

    /**
     * The store refused the change as larger than it can read back; nothing was changed.
     *
     * @param limit the store's refusal: the field (never its content), its size and the limit
     */
    record Unstorable(TooLarge limit) implements Refusal {
        /**
         * Checks that the store's refusal is not {@code null}.
         *
         * @param limit the store's refusal
         * @throws NullPointerException when {@code limit} is {@code null}
         */
        public Unstorable {
            Objects.requireNonNull(limit, "limit");
        }
    }
}
