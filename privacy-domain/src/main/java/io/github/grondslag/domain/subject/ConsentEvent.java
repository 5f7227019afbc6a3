package io.github.grondslag.domain.subject;

import io.vavr.control.Option;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** What happened to one subject's consent for one purpose (AVG 7): given, or withdrawn. */
public sealed interface ConsentEvent {

    /** {@return when it happened: the event takes effect from this instant} */
    Instant at();

    /**
     * Consent given (AVG 4(11), 7(1)): when, under which version of the statement, through which
     * channel, and a reference to the evidence the controller keeps (a form id, a recording id).
     *
     * @param at when consent was given
     * @param statementVersion the date of the privacy statement's version the subject consented under, if known
     * @param channel how the consent reached the controller
     * @param evidenceReference where the controller keeps the evidence; may hold personal data, never printed
     */
    record Given(Instant at, Option<LocalDate> statementVersion, Channel channel, String evidenceReference)
            implements ConsentEvent {
        /**
         * Checks that no component is {@code null}.
         *
         * @param at when consent was given
         * @param statementVersion the date of the privacy statement's version the subject consented under, if known
         * @param channel how the consent reached the controller
         * @param evidenceReference where the controller keeps the evidence; may hold personal data, never printed
         * @throws NullPointerException when a component is {@code null}
         */
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

    /**
     * Consent withdrawn (AVG 7(3)): from this instant on, not before.
     *
     * @param at when consent was withdrawn
     * @param channel how the withdrawal reached the controller
     */
    record Withdrawn(Instant at, Channel channel) implements ConsentEvent {
        /**
         * Checks that no component is {@code null}.
         *
         * @param at when consent was withdrawn
         * @param channel how the withdrawal reached the controller
         * @throws NullPointerException when a component is {@code null}
         */
        public Withdrawn {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(channel, "channel");
        }
    }
}
