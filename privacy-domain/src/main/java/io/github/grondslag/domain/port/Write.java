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

    /**
     * {@return the version the writer read (0: the aggregate is new); the store writes only if it
     * still holds this version}
     */
    long expectedVersion();

    /**
     * A consent ledger: its events beyond {@code expectedVersion} are appended (7(1), 7(3)). A ledger's
     * version is its number of events.
     *
     * @param ledger          the whole ledger after the command: the events read, then the new ones
     * @param expectedVersion the number of events the writer read
     */
    record Consent(ConsentLedger ledger, long expectedVersion) implements Write {
        /**
         * Checks that the ledger adds at least one event to the version read.
         *
         * @param ledger          the whole ledger after the command
         * @param expectedVersion the number of events the writer read
         * @throws NullPointerException     when {@code ledger} is {@code null}
         * @throws IllegalArgumentException when the ledger has no more events than {@code expectedVersion}
         */
        public Consent {
            Objects.requireNonNull(ledger, "ledger");
            if (ledger.version() <= expectedVersion) {
                throw new IllegalArgumentException("a consent write adds events to the version it read");
            }
        }
    }

    /**
     * A subject's restrictions and objections (18, 21), written whole. A state's version is its change
     * counter.
     *
     * @param state           the subject's state after the command
     * @param expectedVersion the version of the state the writer read
     */
    record State(SubjectState state, long expectedVersion) implements Write {
        /**
         * Checks that the state carries a later version than the one read.
         *
         * @param state           the subject's state after the command
         * @param expectedVersion the version of the state the writer read
         * @throws NullPointerException     when {@code state} is {@code null}
         * @throws IllegalArgumentException when the state's version is not greater than {@code expectedVersion}
         */
        public State {
            Objects.requireNonNull(state, "state");
            if (state.version() <= expectedVersion) {
                throw new IllegalArgumentException("a state write carries a later version than the one it read");
            }
        }
    }

    /**
     * A rights request: its events beyond {@code expectedVersion} are appended (12, 15-22). A request's
     * version is its number of events; a new request is written on version 0.
     *
     * @param request         the whole request after the command: the events read, then the new ones
     * @param expectedVersion the number of events the writer read
     */
    record Request(RightsRequest request, long expectedVersion) implements Write {
        /**
         * Checks that the request adds at least one event to the version read.
         *
         * @param request         the whole request after the command
         * @param expectedVersion the number of events the writer read
         * @throws NullPointerException     when {@code request} is {@code null}
         * @throws IllegalArgumentException when the request has no more events than {@code expectedVersion}
         */
        public Request {
            Objects.requireNonNull(request, "request");
            if (request.events().size() <= expectedVersion) {
                throw new IllegalArgumentException("a request write adds events to the version it read");
            }
        }
    }

    /**
     * A legal hold: version 1 when placed, 2 when lifted (17(3)(b),(e)). It is placed on expected
     * version 0 (a hold with its id exists: a conflict) and lifted on expected version 1 (lifted
     * already: a conflict).
     *
     * @param hold            the hold as placed, or as lifted
     * @param expectedVersion 0 to place the hold, 1 to lift it
     */
    record Hold(LegalHold hold, long expectedVersion) implements Write {
        /**
         * Checks the expected version: 0, or 1 for a hold that carries its lifting.
         *
         * @param hold            the hold as placed, or as lifted
         * @param expectedVersion 0 to place the hold, 1 to lift it
         * @throws NullPointerException     when {@code hold} is {@code null}
         * @throws IllegalArgumentException when {@code expectedVersion} is not 0 or 1, or is 1 for a hold
         *                                  that is not lifted
         */
        public Hold {
            Objects.requireNonNull(hold, "hold");
            if (expectedVersion < 0 || expectedVersion > 1 || expectedVersion == 1 && hold.lifted().isEmpty()) {
                throw new IllegalArgumentException("a hold is placed on version 0 and lifted on version 1");
            }
        }
    }
}
