package io.github.grondslag.domain.port;

import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.subject.SubjectId;

import java.util.stream.Stream;

/**
 * The insurer's records, as the facts the rules need. Streaming: a catalogue of a hundred million
 * records is read one at a time, never loaded whole. Callers close the streams they get.
 */
public interface RecordCatalogue {

    /** Every record, lazily. */
    Stream<PersonalRecord> records();

    /** The records of one subject. */
    Stream<PersonalRecord> recordsOf(SubjectId subject);
}
