package io.github.grondslag.domain.decision;

import io.github.grondslag.domain.law.Rejection;
import io.vavr.collection.List;

import java.util.Objects;

/** Whether a processing may happen now: permitted, or denied with every reason and its article. */
public sealed interface Decision {

    /** The one permitted decision; the hot path returns it without allocating. */
    Permitted PERMITTED = new Permitted();

    /** {@return whether the processing may happen: true only for {@link #PERMITTED}} */
    boolean isPermitted();

    /** The processing may happen. */
    final class Permitted implements Decision {
        private Permitted() {
        }

        @Override
        public boolean isPermitted() {
            return true;
        }

        @Override
        public String toString() {
            return "Permitted";
        }
    }

    /**
     * The processing may not happen, for these reasons (never empty).
     *
     * @param reasons every failing reason, each with its article, in the order of docs/decision.md
     */
    record Denied(List<Rejection> reasons) implements Decision {
        /**
         * Checks that there is at least one reason.
         *
         * @param reasons every failing reason, each with its article, in the order of docs/decision.md
         * @throws NullPointerException when {@code reasons} is {@code null}
         * @throws IllegalArgumentException when {@code reasons} is empty
         */
        public Denied {
            Objects.requireNonNull(reasons, "reasons");
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a denial has at least one reason");
            }
        }

        @Override
        public boolean isPermitted() {
            return false;
        }
    }
}
