package io.github.grondslag.domain.register;

import io.vavr.control.Option;

import java.time.Period;
import java.util.Objects;

/**
 * How long data is kept (AVG 5(1)(e), 13(2)(a)): from a trigger, for a duration, or inside a
 * minimum–maximum window, then erased, anonymised or archived. A legal hold may extend it.
 *
 * @param triggerDescription what the event is, for {@link RetentionTrigger#OWN_EVENT} (required then)
 * @param archivePurpose for {@link RetentionAction#ARCHIVE}: the purpose of art. 89(1) the archive serves
 */
public record RetentionRule(
        String id,
        String description,
        Option<RetentionTrigger> trigger,
        Option<String> triggerDescription,
        Option<Period> duration,
        Option<Period> minimum,
        Option<Period> maximum,
        RetentionAction action,
        Option<ArchivePurpose> archivePurpose,
        boolean extendedByLegalHold,
        Option<String> source) {

    public RetentionRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(triggerDescription, "triggerDescription");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(maximum, "maximum");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(archivePurpose, "archivePurpose");
        Objects.requireNonNull(source, "source");
    }

    /** A rule with a trigger and a plain duration, erased at the end, no hold. */
    public static RetentionRule of(String id, String description, RetentionTrigger trigger, Period duration) {
        return new RetentionRule(id, description, Option.some(trigger), Option.none(), Option.some(duration),
                Option.none(), Option.none(), RetentionAction.ERASE, Option.none(), false, Option.none());
    }

    /** Whether the rule ends: it names a duration or a maximum. */
    public boolean isFinite() {
        return duration.isDefined() || maximum.isDefined();
    }
}
