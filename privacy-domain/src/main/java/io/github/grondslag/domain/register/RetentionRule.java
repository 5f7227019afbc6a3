package io.github.grondslag.domain.register;

import io.vavr.control.Option;

import java.time.Period;
import java.util.Objects;

/**
 * How long data is kept (AVG 5(1)(e), 13(2)(a)): from a trigger, for a duration, or inside a
 * minimum–maximum window, then erased, anonymised or archived. A legal hold may extend it.
 *
 * @param id the id by which purposes and data categories refer to this rule, unique in the register
 * @param description the rule as the statement words it
 * @param trigger the event from which the period runs, if stated
 * @param triggerDescription what the event is, for {@link RetentionTrigger#OWN_EVENT} (required then)
 * @param duration how long after the trigger the data are kept, if stated; not negative
 * @param minimum the shortest time the data are kept, if stated; not negative
 * @param maximum the longest time the data are kept, if stated; not negative
 * @param action what happens to the data when the period ends
 * @param archivePurpose for {@link RetentionAction#ARCHIVE}: the purpose of art. 89(1) the archive serves
 * @param extendedByLegalHold whether a legal hold may extend the period
 * @param source the section of the privacy statement this element comes from, if given
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

    /**
     * A retention rule as the statement describes it; the structural rules (periods not negative, an
     * own event described, an archive purpose only with archiving) are checked by
     * {@link Register#of(RegisterDraft)}.
     *
     * @param id the id by which purposes and data categories refer to this rule
     * @param description the rule as the statement words it
     * @param trigger the event from which the period runs, if stated
     * @param triggerDescription what the event is, for an own event
     * @param duration how long after the trigger the data are kept, if stated
     * @param minimum the shortest time the data are kept, if stated
     * @param maximum the longest time the data are kept, if stated
     * @param action what happens to the data when the period ends
     * @param archivePurpose the purpose of art. 89(1) an archive serves, if archived
     * @param extendedByLegalHold whether a legal hold may extend the period
     * @param source the section of the statement, if given
     * @throws NullPointerException if any reference component is {@code null}
     */
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

    /**
     * A rule with a trigger and a plain duration, erased at the end, no hold.
     *
     * @param id the id by which purposes and data categories refer to this rule
     * @param description the rule as the statement words it
     * @param trigger the event from which the period runs
     * @param duration how long after the trigger the data are kept
     * @return a rule that erases the data the given duration after the trigger
     */
    public static RetentionRule of(String id, String description, RetentionTrigger trigger, Period duration) {
        return new RetentionRule(id, description, Option.some(trigger), Option.none(), Option.some(duration),
                Option.none(), Option.none(), RetentionAction.ERASE, Option.none(), false, Option.none());
    }

    /** {@return whether the rule ends: it names a duration or a maximum} */
    public boolean isFinite() {
        return duration.isDefined() || maximum.isDefined();
    }
}
