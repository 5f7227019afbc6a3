package io.github.grondslag.domain.port;

import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.subject.SubjectId;

import java.util.stream.Stream;

/**
 * The insurer's records, as the facts the rules need. Streaming: a catalogue of a hundred million
 * records is read one at a time, never loaded whole. Callers close the streams they get.
 */
public interface RecordCatalogue {

    /**
     * Every record, lazily, for the retention sweep. The library's stores give them by record id.
     *
     * @return a stream of every record in the catalogue, each once; the caller closes it (it may hold a
     *         database cursor)
     */
    Stream<PersonalRecord> records();

    /**
     * The records of one subject, for an erasure request (17); found without a scan of other subjects.
     *
     * @param subject the data subject
     * @return a stream of the subject's records, each once; an empty stream when the catalogue holds
     *         none. The caller closes it
     */
    Stream<PersonalRecord> recordsOf(SubjectId subject);
}
