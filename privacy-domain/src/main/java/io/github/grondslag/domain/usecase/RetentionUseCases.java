package io.github.grondslag.domain.usecase;

import io.github.grondslag.domain.audit.AuditAction;
import io.github.grondslag.domain.audit.AuditEntry;
import io.github.grondslag.domain.audit.Outcome;
import io.github.grondslag.domain.audit.Pseudonyms;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.Rejection;
import io.github.grondslag.domain.port.Change;
import io.github.grondslag.domain.port.LegalHolds;
import io.github.grondslag.domain.port.RecordCatalogue;
import io.github.grondslag.domain.port.RegisterSource;
import io.github.grondslag.domain.port.UnitOfWork;
import io.github.grondslag.domain.port.Write;
import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.retention.ErasureDecision;
import io.github.grondslag.domain.retention.LegalHold;
import io.github.grondslag.domain.retention.RetentionSweep;
import io.github.grondslag.domain.retention.RetentionVerdict;
import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The retention sweep over the record catalogue, erasure requests against retention, and legal holds.
 * Every verdict is audited (what, when, which rule, whose record by its pseudonym; no record id) and
 * committed before anyone acts on it.
 */
public final class RetentionUseCases {

    /** Verdicts audited per commit during a sweep: the entries of a batch share one write to disk. */
    static final int SWEEP_BATCH = 512;

    private final RegisterSource registers;
    private final RecordCatalogue catalogue;
    private final LegalHolds holds;
    private final UnitOfWork work;
    private final Pseudonyms pseudonyms;
    private final Clock clock;
    private final ZoneId zone;

    /**
     * Wires the retention commands to their ports.
     *
     * @param registers  the register in force, with the purposes and their retention rules
     * @param catalogue  the insurer's records, streamed by the sweep and read per subject for erasure
     * @param holds      the legal holds, asked for each record and read before a hold is placed or lifted
     * @param work       commits the audit entries of verdicts and decisions, and the holds
     * @param pseudonyms the controller's keyed pseudonyms, for the subject reference of each audit entry
     * @param clock      the clock that gives "now" for every command and its audit entries
     * @param zone       the zone in which "today" is taken from the clock, for the retention periods
     * @throws NullPointerException when any argument is {@code null}
     */
    public RetentionUseCases(RegisterSource registers, RecordCatalogue catalogue, LegalHolds holds, UnitOfWork work,
                             Pseudonyms pseudonyms, Clock clock, ZoneId zone) {
        this.registers = Objects.requireNonNull(registers, "registers");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.holds = Objects.requireNonNull(holds, "holds");
        this.work = Objects.requireNonNull(work, "work");
        this.pseudonyms = Objects.requireNonNull(pseudonyms, "pseudonyms");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Sweeps every record today. Verdicts are audited in batches of {@value #SWEEP_BATCH}; each goes to
     * {@code onVerdict} (to erase, anonymise, or keep) only after its audit entry is committed.
     * The catalogue's stream is read once, one record at a time, and closed before this returns.
     *
     * @param onVerdict what the insurer does with each verdict (erase, anonymise, or keep the record),
     *                  called in the order the catalogue gives the records
     * @return how many records got which verdict
     * @throws AuditNotRecorded when the store refuses a verdict's audit entry even on its own (a batch
     *         refused as a whole is committed entry by entry first); the verdicts before it have been
     *         recorded and handed to {@code onVerdict}, that one and the rest have not
     */
    public RetentionSweep.Summary sweep(Consumer<RetentionVerdict> onVerdict) {
        Objects.requireNonNull(onVerdict, "onVerdict");
        Instant now = clock.instant();
        Register register = registers.register();
        LocalDate today = now.atZone(zone).toLocalDate();
        java.util.List<RetentionVerdict> verdicts = new ArrayList<>(SWEEP_BATCH);
        java.util.List<AuditEntry> entries = new ArrayList<>(SWEEP_BATCH);
        try (Stream<PersonalRecord> records = catalogue.records()) {
            Current current = new Current(records.iterator());
            RetentionSweep.Summary summary = RetentionSweep.sweep(register, current, holds::covering, today, v -> {
                verdicts.add(v);
                entries.add(AuditEntry.ofPurpose(now, AuditAction.RETENTION_SWEPT, outcome(v.verdict()),
                        pseudonyms.of(current.subjectOf(v.recordId())), Audited.declared(register, v.purposeId()),
                        List.of(v.citation())));
                if (verdicts.size() == SWEEP_BATCH) {
                    flush(verdicts, entries, onVerdict);
                }
            });
            flush(verdicts, entries, onVerdict);
            return summary;
        }
    }

    private void flush(java.util.List<RetentionVerdict> verdicts, java.util.List<AuditEntry> entries,
                       Consumer<RetentionVerdict> onVerdict) {
        if (entries.isEmpty()) {
            return;
        }
        // a verdict goes out only once its own entry is in (the batch as one write, or entry by entry)
        Audited.recorded(work, List.ofAll(entries), i -> onVerdict.accept(verdicts.get(i)));
        verdicts.clear();
        entries.clear();
    }

    /** The records as the sweep reads them, remembering the last one's subject for its verdict's entry. */
    private static final class Current implements Iterator<PersonalRecord> {
        private final Iterator<PersonalRecord> records;
        private final PersonalRecord[] last = new PersonalRecord[1];

        Current(Iterator<PersonalRecord> records) {
            this.records = records;
        }

        @Override
        public boolean hasNext() {
            return records.hasNext();
        }

        @Override
        public PersonalRecord next() {
            last[0] = records.next();
            return last[0];
        }

        SubjectId subjectOf(String recordId) {
            if (last[0] == null || !last[0].id().equals(recordId)) {
                throw new IllegalStateException("a retention verdict follows the record it is about");
            }
            return last[0].subject();
        }
    }

    private static Outcome outcome(RetentionVerdict.Verdict verdict) {
        return switch (verdict) {
            case RETAIN -> Outcome.KEEP;
            case MAY_ERASE -> Outcome.MAY_ERASE;
            case MUST_ERASE -> Outcome.ERASE;
            case ON_HOLD -> Outcome.ON_HOLD;
        };
    }

    /**
     * What an erasure request of a subject meets today: per record, erase or keep with ground and date.
     * The decisions are audited before they are returned (AVG 17(1), or the ground a record is kept on),
     * in one commit unless the store refuses that as too large.
     *
     * @param subject the data subject who asked for erasure
     * @return one decision per record of the subject in the catalogue, in the catalogue's order; an
     *         empty list when the catalogue holds none
     * @throws AuditNotRecorded when the store refuses a decision's audit entry even on its own (entries
     *         refused as one write are committed one by one); then no decision is given
     */
    public List<ErasureDecision> erasure(SubjectId subject) {
        Instant now = clock.instant();
        Register register = registers.register();
        List<PersonalRecord> records;
        try (Stream<PersonalRecord> stream = catalogue.recordsOf(subject)) {
            records = List.ofAll(stream);
        }
        List<ErasureDecision> decisions = ErasureDecision.decide(register, records, holds::covering,
                now.atZone(zone).toLocalDate());
        Audited.recorded(work, decisions.zip(records).map(t -> AuditEntry.ofPurpose(now,
                AuditAction.ERASURE_DECIDED, t._1.erase() ? Outcome.ERASE : Outcome.KEEP, pseudonyms.of(subject),
                Audited.declared(register, t._2.purposeId()), t._1.keptOn().map(g -> List.of(g.citation()))
                        .getOrElse(List.of(Citation.avg("17(1)"))))), i -> { });
        return decisions;
    }

    /**
     * Places a legal hold (a new id); the records it covers are kept whatever their period (17(3)(b),(e)).
     *
     * @param hold the hold to place, on a record or on a dossier
     * @return the hold as placed, or the refusal: a hold with its id exists, another write came first,
     *         or the store could not keep it
     */
    public Either<Refusal, LegalHold> placeHold(LegalHold hold) {
        AuditEntry done = holdEntry(AuditAction.LEGAL_HOLD_PLACED, hold.reason().citation());
        Either<Rejection, LegalHold> command = holds.hold(hold.id()).isDefined()
                ? Either.left(new Rejection(hold.reason().citation(), "a legal hold with this id exists"))
                : Either.right(hold);
        return Audited.change(work, done, command, h -> Change.of(new Write.Hold(h, 0), done));
    }

    /**
     * Lifts a placed hold on the date; the records' own periods apply again, and a record whose period
     * ended while the hold held must be gone from the day after the lifting.
     *
     * @param holdId the id of the hold
     * @param on     the day from which the hold no longer holds; not before the day it was placed
     * @return the hold as lifted, or the refusal: no hold with the id, the hold is lifted already, the
     *         date is before the day it was placed, another write came first, or the store could not
     *         keep it
     */
    public Either<Refusal, LegalHold> liftHold(String holdId, LocalDate on) {
        Option<LegalHold> found = holds.hold(holdId);
        Citation rule = found.map(h -> h.reason().citation()).getOrElse(Citation.avg("17(3)"));
        AuditEntry done = holdEntry(AuditAction.LEGAL_HOLD_LIFTED, rule);
        Either<Rejection, LegalHold> command = found
                .toEither(() -> new Rejection(rule, "no legal hold with this id"))
                .flatMap(h -> h.lifted().isDefined() ? Either.left(new Rejection(rule, "the hold is lifted already"))
                        : on.isBefore(h.placed()) ? Either.left(new Rejection(rule, "a hold is lifted after it is placed"))
                        : Either.right(h.liftedOn(on)));
        return Audited.change(work, done, command, h -> Change.of(new Write.Hold(h, 1), done));
    }

    private AuditEntry holdEntry(AuditAction action, Citation rule) {
        return new AuditEntry(clock.instant(), action, Outcome.DONE, Option.none(), Option.none(), Option.none(),
                List.of(rule));
    }
}
