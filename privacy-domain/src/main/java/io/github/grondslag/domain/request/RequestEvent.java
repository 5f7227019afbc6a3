package io.github.grondslag.domain.request;

import java.time.Instant;
import java.util.Objects;

/** Every change of a rights request, with its instant. The request's state is their fold. */
public sealed interface RequestEvent {

    Instant at();

    /** Which kind of event this is: the column of the state machine's table ({@link Transitions}). */
    Kind kind();

    /** The kinds of event, one for each record below; {@link Transitions} says which may follow which status. */
    enum Kind {
        RECEIVED,
        INFORMATION_REQUESTED,
        INFORMATION_RECEIVED,
        STARTED,
        EXTENDED,
        COMPLETED,
        PARTLY_GRANTED,
        REFUSED,
        WITHDRAWN
    }

    /** What the controller asked for while the period waits (docs/deadlines.md). */
    enum Information {
        /** 12(6): information to confirm the subject's identity. */
        IDENTITY,
        /** Recital 63: the subject should specify what the request relates to. */
        CLARIFICATION
    }

    /** Why the period was extended; 12(3) allows only these. */
    enum ExtensionReason {
        COMPLEXITY,
        NUMBER_OF_REQUESTS
    }

    record Received(Instant at, RequestType type) implements RequestEvent {
        public Received {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(type, "type");
        }

        @Override
        public Kind kind() {
            return Kind.RECEIVED;
        }
    }

    record InformationRequested(Instant at, Information what) implements RequestEvent {
        public InformationRequested {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(what, "what");
        }

        @Override
        public Kind kind() {
            return Kind.INFORMATION_REQUESTED;
        }
    }

    record InformationReceived(Instant at) implements RequestEvent {
        public InformationReceived {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public Kind kind() {
            return Kind.INFORMATION_RECEIVED;
        }
    }

    record Started(Instant at) implements RequestEvent {
        public Started {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public Kind kind() {
            return Kind.STARTED;
        }
    }

    /** Extended by {@code months} further months, decided and notified to the subject at {@code at}. */
    record Extended(Instant at, int months, ExtensionReason reason) implements RequestEvent {
        public Extended {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Kind kind() {
            return Kind.EXTENDED;
        }
    }

    record Completed(Instant at) implements RequestEvent {
        public Completed {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public Kind kind() {
            return Kind.COMPLETED;
        }
    }

    record PartlyGranted(Instant at, RefusalGround ground) implements RequestEvent {
        public PartlyGranted {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(ground, "ground");
        }

        @Override
        public Kind kind() {
            return Kind.PARTLY_GRANTED;
        }
    }

    record Refused(Instant at, RefusalGround ground) implements RequestEvent {
        public Refused {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(ground, "ground");
        }

        @Override
        public Kind kind() {
            return Kind.REFUSED;
        }
    }

    record Withdrawn(Instant at) implements RequestEvent {
        public Withdrawn {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public Kind kind() {
            return Kind.WITHDRAWN;
        }
    }
}
