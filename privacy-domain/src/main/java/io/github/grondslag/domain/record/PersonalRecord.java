package io.github.grondslag.domain.record;

import io.github.grondslag.domain.register.RetentionTrigger;
import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The facts the law needs about a record the insurer keeps on a subject: for which purpose, with
 * which categories of data, where the data came from (15(1)(g)), whether the subject provided
 * them (20(1)), the dossier it belongs to, the retention rule that applies to it when its purpose
 * has several, and the dates of the events its retention runs from. Never the data themselves.
 */
public record PersonalRecord(
        String id,
        SubjectId subject,
        String purposeId,
        List<String> dataCategories,
        Option<String> source,
        boolean providedBySubject,
        Option<String> dossierId,
        Option<String> retentionRule,
        Map<RetentionTrigger, LocalDate> triggers) {

    public PersonalRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(purposeId, "purposeId");
        Objects.requireNonNull(dataCategories, "dataCategories");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(retentionRule, "retentionRule");
        Objects.requireNonNull(triggers, "triggers");
    }

    /** Ids, dossier and source are the insurer's and may identify the subject: not printed. */
    @Override
    public String toString() {
        return "PersonalRecord[id=***, subject=***, purposeId=" + purposeId + ", dataCategories=" + dataCategories
                + ", retentionRule=" + retentionRule.getOrElse("-") + ", triggers=" + triggers + "]";
    }

    /** A record of a purpose with one retention rule, outside any dossier. */
    public static PersonalRecord of(String id, SubjectId subject, String purposeId, List<String> dataCategories,
                                    Map<RetentionTrigger, LocalDate> triggers) {
        return new PersonalRecord(id, subject, purposeId, dataCategories, Option.none(), true, Option.none(),
                Option.none(), triggers);
    }

    /** The same record with a trigger event (re)dated, e.g. a later substantive change of the dossier. */
    public PersonalRecord withTrigger(RetentionTrigger trigger, LocalDate date) {
        return new PersonalRecord(id, subject, purposeId, dataCategories, source, providedBySubject, dossierId,
                retentionRule, triggers.put(trigger, date));
    }
}
