package io.github.grondslag.adapters.json.store;

import io.github.grondslag.domain.audit.ChainedEntry;
import io.github.grondslag.domain.notice.Notice;
import io.github.grondslag.domain.port.Write;
import io.github.grondslag.domain.record.PersonalRecord;
import io.vavr.collection.List;

import java.util.Objects;

/**
 * One step of a store, as it is applied to the aggregates and (in the journal store) written as one
 * line: a committed change with its chained audit entries, notices marked sent, records put into or
 * erased from the catalogue. Either all of a line takes effect, or none of it.
 *
 * @param writes  the writes of a committed change, each with its expected version
 * @param audit   the change's audit entries, chained
 * @param notices the notices the change owes
 * @param sent    the ids of notices marked sent
 * @param records the records put into the catalogue
 * @param erased  the ids of the records erased from the catalogue
 */
public record Line(List<Write> writes, List<ChainedEntry> audit, List<Notice> notices, List<String> sent,
                   List<PersonalRecord> records, List<String> erased) {

    /**
     * Checks that no part is {@code null}.
     *
     * @param writes  the writes of a committed change
     * @param audit   the change's audit entries, chained
     * @param notices the notices the change owes
     * @param sent    the ids of notices marked sent
     * @param records the records put into the catalogue
     * @param erased  the ids of the records erased from the catalogue
     * @throws NullPointerException if any part is {@code null}
     */
    public Line {
        Objects.requireNonNull(writes, "writes");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(notices, "notices");
        Objects.requireNonNull(sent, "sent");
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(erased, "erased");
    }

    static Line of(List<Write> writes, List<ChainedEntry> audit, List<Notice> notices) {
        return new Line(writes, audit, notices, List.empty(), List.empty(), List.empty());
    }

    static Line sent(String noticeId) {
        return new Line(List.empty(), List.empty(), List.empty(), List.of(noticeId), List.empty(), List.empty());
    }

    static Line records(List<PersonalRecord> put, List<String> erased) {
        return new Line(List.empty(), List.empty(), List.empty(), List.empty(), put, erased);
    }
}
