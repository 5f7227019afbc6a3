package io.github.grondslag.domain.record;

import io.github.grondslag.domain.register.Printable;
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
 *
 * @param id the insurer's id of the record; it may identify the subject and is not printed
 * @param subject the data subject the record is about
 * @param purposeId the id of the register's purpose the record is kept for
 * @param dataCategories the ids of the register's data categories the record holds
 * @param source where the data came from when the subject did not provide them (15(1)(g)), if known
 * @param providedBySubject whether the subject provided the data, which portability covers (20(1))
 * @param dossierId the dossier the record belongs to, if any, e.g. for a legal hold on the whole dossier
 * @param retentionRule the id of the retention rule that applies, when the purpose and its data
 *                      categories have several; none when only one applies
 * @param triggers the dates of the retention triggers that have happened, from which periods run
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

    /**
     * A record with the facts the law needs about it.
     *
     * @param id the insurer's id of the record
     * @param subject the data subject the record is about
     * @param purposeId the id of the purpose the record is kept for
     * @param dataCategories the ids of the data categories the record holds
     * @param source where the data came from, if known
     * @param providedBySubject whether the subject provided the data
     * @param dossierId the dossier the record belongs to, if any
     * @param retentionRule the id of the retention rule that applies, if the record names one
     * @param triggers the dates of the retention triggers that have happened
     * @throws NullPointerException if any reference component is {@code null}
     */
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
        return "PersonalRecord[id=***, subject=***, purposeId=" + Printable.of(purposeId) + ", dataCategories="
                + dataCategories.map(Printable::of)
                + ", retentionRule=" + Printable.of(retentionRule.getOrElse("-")) + ", triggers=" + triggers + "]";
    }

    /**
     * A record of a purpose with one retention rule, outside any dossier: provided by the subject,
     * with no source and no retention rule of its own.
     *
     * @param id the insurer's id of the record
     * @param subject the data subject the record is about
     * @param purposeId the id of the purpose the record is kept for
     * @param dataCategories the ids of the data categories the record holds
     * @param triggers the dates of the retention triggers that have happened
     * @return the record
     */
    public static PersonalRecord of(String id, SubjectId subject, String purposeId, List<String> dataCategories,
                                    Map<RetentionTrigger, LocalDate> triggers) {
        return new PersonalRecord(id, subject, purposeId, dataCategories, Option.none(), true, Option.none(),
                Option.none(), triggers);
    }

    /**
     * The same record with a trigger event (re)dated, e.g. a later substantive change of the dossier.
     *
     * @param trigger the retention trigger that happened
     * @param date the date it happened; replaces an earlier date of the same trigger
     * @return this record with that trigger dated, everything else unchanged
     */
    public PersonalRecord withTrigger(RetentionTrigger trigger, LocalDate date) {
        return new PersonalRecord(id, subject, purposeId, dataCategories, source, providedBySubject, dossierId,
                retentionRule, triggers.put(trigger, date));
    }
}
