package io.github.grondslag.domain.subject;

import io.vavr.control.Option;

import java.time.Instant;
import java.util.Objects;

/**
 * An objection (AVG 21) against processing for one purpose: when it was received, and the
 * controller's decision on it. An objection to direct marketing is upheld on receipt (21(3)).
 *
 * @param purposeId the id of the purpose objected to
 * @param received when the objection was received
 * @param directMarketing whether the purpose is direct marketing, where the objection is absolute (21(3))
 * @param outcome the controller's decision on it so far
 */
public record Objection(
        String purposeId, Instant received, boolean directMarketing, Outcome outcome) {

    /**
     * Checks that no component is {@code null}.
     *
     * @param purposeId the id of the purpose objected to
     * @param received when the objection was received
     * @param directMarketing whether the purpose is direct marketing, where the objection is absolute (21(3))
     * @param outcome the controller's decision on it so far
     * @throws NullPointerException when a component is {@code null}
     */
    public Objection {
        Objects.requireNonNull(purposeId, "purposeId");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** What became of the objection. */
    public sealed interface Outcome {
        /** Not decided yet; processing goes on unless the subject also had it restricted (18(1)(d)). */
        record Pending() implements Outcome {
        }

        /**
         * Upheld: the data are no longer processed for the purpose from {@code at}.
         *
         * @param at from when the objection stops processing for the purpose
         */
        record Upheld(Instant at) implements Outcome {
            /**
             * Checks that the instant is given.
             *
             * @param at from when the objection stops processing for the purpose
             * @throws NullPointerException when {@code at} is {@code null}
             */
            public Upheld {
                Objects.requireNonNull(at, "at");
            }
        }

        /**
         * Overridden: the controller demonstrated a ground of 21(1).
         *
         * @param at when the controller decided
         * @param ground the ground shown
         */
        record Overridden(Instant at, OverrideGround ground) implements Outcome {
            /**
             * Checks that no component is {@code null}.
             *
             * @param at when the controller decided
             * @param ground the ground shown
             * @throws NullPointerException when a component is {@code null}
             */
            public Overridden {
                Objects.requireNonNull(at, "at");
                Objects.requireNonNull(ground, "ground");
            }
        }
    }

    /**
     * {@return the instant from which the objection stops processing for its purpose, or none when it is
     * not upheld}
     */
    public Option<Instant> upheldFrom() {
        return outcome instanceof Outcome.Upheld u ? Option.some(u.at()) : Option.none();
    }

    /**
     * Whether it stops processing for its purpose at the instant; allocates nothing.
     *
     * @param instant the instant
     * @return whether the objection is upheld at or before that instant
     */
    public boolean stopsProcessingAt(Instant instant) {
        return outcome instanceof Outcome.Upheld u && !instant.isBefore(u.at());
    }
}
