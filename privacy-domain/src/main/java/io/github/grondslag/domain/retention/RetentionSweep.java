package io.github.grondslag.domain.retention;

import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.register.Register;
import io.vavr.collection.List;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The retention sweep (docs/retention.md): over a stream of records, on a date, the verdict for each, one
 * at a time. It holds nothing but the counts, so its memory does not grow with the number of
 * records; each verdict goes to the consumer as soon as it is made (to act on it and to audit it).
 */
public final class RetentionSweep {

    private RetentionSweep() {
    }

    /**
     * How many records got which verdict.
     *
     * @param retain the records to keep
     * @param mayErase the records that may be erased now
     * @param mustErase the records that must be gone
     * @param onHold the records a legal hold keeps
     */
    public record Summary(long retain, long mayErase, long mustErase, long onHold) {
        /** {@return the number of records swept} */
        public long total() {
            return retain + mayErase + mustErase + onHold;
        }

        Summary plus(RetentionVerdict.Verdict v) {
            return switch (v) {
                case RETAIN -> new Summary(retain + 1, mayErase, mustErase, onHold);
                case MAY_ERASE -> new Summary(retain, mayErase + 1, mustErase, onHold);
                case MUST_ERASE -> new Summary(retain, mayErase, mustErase + 1, onHold);
                case ON_HOLD -> new Summary(retain, mayErase, mustErase, onHold + 1);
            };
        }
    }

    /**
     * Sweeps the records: for each, the holds covering it are asked for, its verdict computed and
     * handed to {@code onVerdict}. Returns the counts.
     *
     * @param register the controller's register of processing, with the purposes and retention rules
     * @param records the records, read once, one at a time
     * @param holds the legal holds that may cover a record, asked for each record
     * @param on the date to judge on
     * @param onVerdict receives each verdict as soon as it is made
     * @return how many records got which verdict
     * @throws NullPointerException when {@code onVerdict} is {@code null}
     */
    public static Summary sweep(Register register, Iterator<PersonalRecord> records,
                                Function<PersonalRecord, List<LegalHold>> holds, LocalDate on,
                                Consumer<RetentionVerdict> onVerdict) {
        Objects.requireNonNull(onVerdict, "onVerdict");
        Summary summary = new Summary(0, 0, 0, 0);
        while (records.hasNext()) {
            PersonalRecord record = records.next();
            RetentionVerdict verdict = Retention.evaluate(register, record, holds.apply(record), on);
            onVerdict.accept(verdict);
            summary = summary.plus(verdict.verdict());
        }
        return summary;
    }
}
