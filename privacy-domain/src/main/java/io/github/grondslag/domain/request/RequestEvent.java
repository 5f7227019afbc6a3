package io.github.grondslag.domain.request;

import java.time.Instant;
import java.util.Objects;

/** Every change of a rights request, with its instant. The request's state is their fold. */
public sealed interface RequestEvent {

    /** {@return when it happened; a request's events are in time order} */
    Instant at();

    /** {@return which kind of event this is: the column of the state machine's table ({@link Transitions})} */
    Kind kind();

    /** The kinds of event, one for each record below; {@link Transitions} says which may follow which status. */
    enum Kind {
        /** {@link Received}: the request arrived; only ever its first event. */
        RECEIVED,
        /** {@link InformationRequested}: the controller asked for identity or clarification. */
        INFORMATION_REQUESTED,
        /** {@link InformationReceived}: the information asked for arrived. */
        INFORMATION_RECEIVED,
        /** {@link Started}: the controller started acting on the request. */
        STARTED,
        /** {@link Extended}: the period was extended (12(3)). */
        EXTENDED,
        /** {@link Completed}: the request was acted on in full. */
        COMPLETED,
        /** {@link PartlyGranted}: acted on in part, refused for the rest (12(4)). */
        PARTLY_GRANTED,
        /** {@link Refused}: not acted on, on a ground (12(4)). */
        REFUSED,
        /** {@link Withdrawn}: the subject withdrew the request. */
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
        /** The request is complex. */
        COMPLEXITY,
        /** The controller has received a number of requests. */
        NUMBER_OF_REQUESTS
    }

    /**
     * The request was received: the first event of every request, and only the first. The day of
     * receipt is not counted in its period (Regulation 1182/71 3(1)).
     *
     * @param at when it was received
     * @param type which right the subject exercises
     */
    record Received(Instant at, RequestType type) implements RequestEvent {
        /**
         * Checks that no component is {@code null}.
         *
         * @param at when it was received
         * @param type which right the subject exercises
         * @throws NullPointerException when a component is {@code null}
         */
        public Received {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(type, "type");
        }

        @Override
        public Kind kind() {
            return Kind.RECEIVED;
        }
    }

    /**
     * The controller asked the subject for information (12(6); recital 63): the period waits until it
     * arrives ({@link Deadlines.Suspension}).
     *
     * @param at when it was asked for
     * @param what what was asked for
     */
    record InformationRequested(Instant at, Information what) implements RequestEvent {
        /**
         * Checks that no component is {@code null}.
         *
         * @param at when it was asked for
         * @param what what was asked for
         * @throws NullPointerException when a component is {@code null}
         */
        public InformationRequested {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(what, "what");
        }

        @Override
        public Kind kind() {
            return Kind.INFORMATION_REQUESTED;
        }
    }

    /**
     * The information the controller asked for arrived: the period runs on, or starts again
     * ({@link Deadlines.Suspension}).
     *
     * @param at when it arrived
     */
    record InformationReceived(Instant at) implements RequestEvent {
        /**
         * Checks that the instant is not {@code null}.
         *
         * @param at when it arrived
         * @throws NullPointerException when {@code at} is {@code null}
         */
        public InformationReceived {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public Kind kind() {
            return Kind.INFORMATION_RECEIVED;
        }
    }

    /**
     * The controller started acting on the request.
     *
     * @param at when it started
     */
    record Started(Instant at) implements RequestEvent {
        /**
         * Checks that the instant is not {@code null}.
         *
         * @param at when it started
         * @throws NullPointerException when {@code at} is {@code null}
         */
        public Started {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public Kind kind() {
            return Kind.STARTED;
        }
    }

    /**
     * Extended by {@code months} further months, decided and notified to the subject at {@code at}.
     * Its limits are checked by {@link RightsRequest#extend}.
     *
     * @param at when the extension was decided and notified to the subject
     * @param months the further months: one or two (12(3)), and at most what the controller's policy allows
     * @param reason why the period was extended
     */
    record Extended(Instant at, int months, ExtensionReason reason) implements RequestEvent {
        /**
         * Checks that the instant and the reason are not {@code null}; the number of months is checked
         * by {@link RightsRequest}.
         *
         * @param at when the extension was decided and notified to the subject
         * @param months the further months
         * @param reason why the period was extended
         * @throws NullPointerException when {@code at} or {@code reason} is {@code null}
         */
        public Extended {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Kind kind() {
            return Kind.EXTENDED;
        }
    }

    /**
     * The request was acted on in full: it is closed.
     *
     * @param at when it was completed
     */
    record Completed(Instant at) implements RequestEvent {
        /**
         * Checks that the instant is not {@code null}.
         *
         * @param at when it was completed
         * @throws NullPointerException when {@code at} is {@code null}
         */
        public Completed {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public Kind kind() {
            return Kind.COMPLETED;
        }
    }

    /**
     * The request was acted on in part and refused for the rest, on a ground (12(4)): it is closed.
     *
     * @param at when it was answered
     * @param ground why the rest was refused
     */
    record PartlyGranted(Instant at, RefusalGround ground) implements RequestEvent {
        /**
         * Checks that no component is {@code null}.
         *
         * @param at when it was answered
         * @param ground why the rest was refused
         * @throws NullPointerException when a component is {@code null}
         */
        public PartlyGranted {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(ground, "ground");
        }

        @Override
        public Kind kind() {
            return Kind.PARTLY_GRANTED;
        }
    }

    /**
     * The request was not acted on, on a ground (12(4)): it is closed. Which grounds may follow which
     * status is in {@link Transitions#TABLE}.
     *
     * @param at when it was refused
     * @param ground why it was refused
     */
    record Refused(Instant at, RefusalGround ground) implements RequestEvent {
        /**
         * Checks that no component is {@code null}.
         *
         * @param at when it was refused
         * @param ground why it was refused
         * @throws NullPointerException when a component is {@code null}
         */
        public Refused {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(ground, "ground");
        }

        @Override
        public Kind kind() {
            return Kind.REFUSED;
        }
    }

    /**
     * The subject withdrew the request: it is closed, and no deadline runs any more.
     *
     * @param at when it was withdrawn
     */
    record Withdrawn(Instant at) implements RequestEvent {
        /**
         * Checks that the instant is not {@code null}.
         *
         * @param at when it was withdrawn
         * @throws NullPointerException when {@code at} is {@code null}
         */
        public Withdrawn {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public Kind kind() {
            return Kind.WITHDRAWN;
        }
    }
}
