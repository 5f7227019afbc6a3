package io.github.grondslag.domain.subject;

import io.vavr.control.Option;

import java.time.Instant;
import java.util.Objects;

/**
 * An objection (AVG 21) against processing for one purpose: when it was received, and the
 * controller's decision on it. An objection to direct marketing is upheld on receipt (21(3)).
 */
public record Objection(
        String purposeId, Instant received, boolean directMarketing, Outcome outcome) {

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

        /** Upheld: the data are no longer processed for the purpose from {@code at}. */
        record Upheld(Instant at) implements Outcome {
            public Upheld {
                Objects.requireNonNull(at, "at");
            }
        }

        /** Overridden: the controller demonstrated a ground of 21(1). */
        record Overridden(Instant at, OverrideGround ground) implements Outcome {
            public Overridden {
                Objects.requireNonNull(at, "at");
                Objects.requireNonNull(ground, "ground");
            }
        }
    }

    /** The instant from which the objection stops processing for its purpose, if it does. */
    public Option<Instant> upheldFrom() {
        return outcome instanceof Outcome.Upheld u ? Option.some(u.at()) : Option.none();
    }

    /** Whether it stops processing for its purpose at the instant; allocates nothing. */
    public boolean stopsProcessingAt(Instant instant) {
        return outcome instanceof Outcome.Upheld u && !instant.isBefore(u.at());
    }
}
