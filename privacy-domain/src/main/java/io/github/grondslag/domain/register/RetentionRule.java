package io.github.grondslag.domain.register;

import io.vavr.control.Option;

import java.time.Period;
import java.util.Objects;

/**
 * How long data is kept (AVG 5(1)(e), 13(2)(a)): from a trigger, for a duration, or inside a
 * minimum–maximum window, then erased or anonymised. A legal hold may extend it.
 */
public record RetentionRule(
        String id,
        String description,
        Option<RetentionTrigger> trigger,
        Option<Period> duration,
        Option<Period> minimum,
        Option<Period> maximum,
        RetentionAction action,
        boolean extendedByLegalHold,
        Option<String> source) {

    public RetentionRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(maximum, "maximum");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(source, "source");
    }

    /** Whether the rule ends: it names a duration or a maximum. */
    public boolean isFinite() {
        return duration.isDefined() || maximum.isDefined();
    }
}
