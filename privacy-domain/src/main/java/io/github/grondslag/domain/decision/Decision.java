package io.github.grondslag.domain.decision;

import io.github.grondslag.domain.law.Rejection;
import io.vavr.collection.List;

import java.util.Objects;

/** Whether a processing may happen now: permitted, or denied with every reason and its article. */
public sealed interface Decision {

    /** The one permitted decision; the hot path returns it without allocating. */
    Permitted PERMITTED = new Permitted();

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

    /** The processing may not happen, for these reasons (never empty). */
    record Denied(List<Rejection> reasons) implements Decision {
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
