package io.github.grondslag.domain.port;

import io.github.grondslag.domain.request.RightsRequest;
import io.github.grondslag.domain.retention.LegalHold;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.SubjectState;

import java.util.Objects;

/**
 * One aggregate written by a {@link Change}, with the version the writer read: the store writes it
 * only if it still holds that version (optimistic concurrency), and otherwise refuses the whole change
 * with a {@link ConcurrentChange}.
 */
public sealed interface Write {

    /** The version the writer read (0: the aggregate is new). */
    long expectedVersion();

    /** A consent ledger: its events beyond {@code expectedVersion} are appended (7(1), 7(3)). */
    record Consent(ConsentLedger ledger, long expectedVersion) implements Write {
        public Consent {
            Objects.requireNonNull(ledger, "ledger");
            if (ledger.version() <= expectedVersion) {
                throw new IllegalArgumentException("a consent write adds events to the version it read");
            }
        }
    }

    /** A subject's restrictions and objections (18, 21). */
    record State(SubjectState state, long expectedVersion) implements Write {
        public State {
            Objects.requireNonNull(state, "state");
            if (state.version() <= expectedVersion) {
                throw new IllegalArgumentException("a state write carries a later version than the one it read");
            }
        }
    }

    /** A rights request: its events beyond {@code expectedVersion} are appended (12, 15-22). */
    record Request(RightsRequest request, long expectedVersion) implements Write {
        public Request {
            Objects.requireNonNull(request, "request");
            if (request.events().size() <= expectedVersion) {
                throw new IllegalArgumentException("a request write adds events to the version it read");
            }
        }
    }

    /** A legal hold: version 1 when placed, 2 when lifted (17(3)(b),(e)). */
    record Hold(LegalHold hold, long expectedVersion) implements Write {
        public Hold {
            Objects.requireNonNull(hold, "hold");
            if (expectedVersion < 0 || expectedVersion > 1 || expectedVersion == 1 && hold.lifted().isEmpty()) {
                throw new IllegalArgumentException("a hold is placed on version 0 and lifted on version 1");
            }
        }
    }
}
