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
 * them (20(1)), and the dates of the events its retention runs from. Never the data themselves.
 */
public record PersonalRecord(
        String id,
        SubjectId subject,
        String purposeId,
        List<String> dataCategories,
        Option<String> source,
        boolean providedBySubject,
        Map<RetentionTrigger, LocalDate> triggers) {

    public PersonalRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(purposeId, "purposeId");
        Objects.requireNonNull(dataCategories, "dataCategories");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(triggers, "triggers");
    }
}
