package io.github.grondslag.testkit.memory;

import io.github.grondslag.domain.port.RecordCatalogue;
import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.subject.SubjectId;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** A record catalogue in memory (for tests; a real one streams from the insurer's stores). */
public final class InMemoryRecordCatalogue implements RecordCatalogue {

    private final CopyOnWriteArrayList<PersonalRecord> records = new CopyOnWriteArrayList<>();

    public InMemoryRecordCatalogue add(PersonalRecord record) {
        records.add(record);
        return this;
    }

    @Override
    public Stream<PersonalRecord> records() {
        return records.stream();
    }

    @Override
    public Stream<PersonalRecord> recordsOf(SubjectId subject) {
        return records.stream().filter(r -> r.subject().equals(subject));
    }
}
