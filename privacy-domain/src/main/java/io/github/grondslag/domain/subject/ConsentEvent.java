package io.github.grondslag.domain.subject;

import io.vavr.control.Option;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** What happened to one subject's consent for one purpose (AVG 7): given, or withdrawn. */
public sealed interface ConsentEvent {

    /** When it happened. */
    Instant at();

    /**
     * Consent given (AVG 4(11), 7(1)): when, under which version of the statement, through which
     * channel, and a reference to the evidence the controller keeps (a form id, a recording id).
     */
    record Given(Instant at, Option<LocalDate> statementVersion, Channel channel, String evidenceReference)
            implements ConsentEvent {
        public Given {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(statementVersion, "statementVersion");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(evidenceReference, "evidenceReference");
        }

        /** The evidence reference may hold a name or a phone number: never printed. */
        @Override
        public String toString() {
            return "Given[at=" + at + ", statementVersion=" + statementVersion.map(LocalDate::toString).getOrElse("-")
                    + ", channel=" + channel + ", evidenceReference=***]";
        }
    }

    /** Consent withdrawn (AVG 7(3)): from this instant on, not before. */
    record Withdrawn(Instant at, Channel channel) implements ConsentEvent {
        public Withdrawn {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(channel, "channel");
        }
    }
}
