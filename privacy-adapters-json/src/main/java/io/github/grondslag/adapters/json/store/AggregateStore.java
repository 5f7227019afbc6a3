package io.github.grondslag.adapters.json.store;

import io.github.grondslag.domain.audit.AuditChain;
import io.github.grondslag.domain.audit.AuditEntry;
import io.github.grondslag.domain.audit.ChainedEntry;
import io.github.grondslag.domain.audit.SubjectRef;
import io.github.grondslag.domain.audit.Verification;
import io.github.grondslag.domain.notice.Notice;
import io.github.grondslag.domain.port.AuditTrail;
import io.github.grondslag.domain.port.Change;
import io.github.grondslag.domain.port.ConcurrentChange;
import io.github.grondslag.domain.port.ConsentLedgers;
import io.github.grondslag.domain.port.LegalHolds;
import io.github.grondslag.domain.port.NotCommitted;
import io.github.grondslag.domain.port.NoticeOutbox;
import io.github.grondslag.domain.port.RecordCatalogue;
import io.github.grondslag.domain.port.RightsRequests;
import io.github.grondslag.domain.port.SubjectStates;
import io.github.grondslag.domain.port.UnitOfWork;
import io.github.grondslag.domain.port.Write;
import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.request.RightsRequest;
import io.github.grondslag.domain.retention.LegalHold;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.subject.SubjectState;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Every port of the domain over one set of aggregates held in memory, with the unit of work: a
 * commit checks every expected version, chains the audit entries, hands the step to
 * {@link #write} (the journal, or nothing), applies it, and acknowledges it once {@link #awaitDurable}
 * returns. Commits are serialised; reads never wait for them. Indexes find a subject's ledgers, state,
 * requests, records and audit entries without a scan.
 *
 * <p>Subclasses decide durability: the journal store writes every step as a line and forces it to
 * disk, the in-memory store of the testkit keeps nothing.
 */
public abstract class AggregateStore implements UnitOfWork, ConsentLedgers, SubjectStates, RightsRequests,
        LegalHolds, NoticeOutbox, AuditTrail, RecordCatalogue {

    /** Requests by their receipt instant, then id. */
    private static final java.util.Comparator<RightsRequest> BY_RECEIPT = java.util.Comparator
            .comparing(RightsRequest::receivedAt).thenComparing(RightsRequest::id);

    /** Serialises commits and everything else that writes. */
    protected final Object lock = new Object();

    /** A subject's ledgers, sorted by purpose id: a read hands out the stored list, allocating nothing. */
    private final ConcurrentHashMap<String, List<ConsentLedger>> ledgers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, SubjectState> states = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, RightsRequest> requests = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<String>> requestsBySubject = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, LegalHold> holds = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<String>> holdsByTarget = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Notice> notices = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Long> noticeOrder = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Boolean> sent = new ConcurrentHashMap<>();
    /** By record id: a sweep reads the catalogue in a stable order. */
    private final java.util.concurrent.ConcurrentSkipListMap<String, PersonalRecord> records =
            new java.util.concurrent.ConcurrentSkipListMap<>();
    private final ConcurrentHashMap<String, Set<String>> recordsBySubject = new ConcurrentHashMap<>();
    /** The audit chain, in order; guarded by itself. */
    private final ArrayList<ChainedEntry> audit = new ArrayList<>();
    /** A subject's entries by their index in {@link #audit}, newest first. */
    private final ConcurrentHashMap<String, List<Integer>> auditBySubject = new ConcurrentHashMap<>();

    /**
     * Makes the step durable, or starts to (called under {@link #lock}, before the step is applied):
     * returns a ticket to wait on, or the limit it breaks, in which case nothing is applied.
     *
     * @param line the step to write: a committed change, notices marked sent, or records put or erased
     * @return a ticket for {@link #awaitDurable}, increasing with every step; or why the step cannot be
     *         written (e.g. {@link io.github.grondslag.domain.port.TooLarge}), in which case the commit is refused
     */
    protected abstract Either<NotCommitted, Long> write(Line line);

    /**
     * Returns once the step of {@code ticket} is durable (called outside the lock); only then is the
     * commit acknowledged.
     *
     * @param ticket the ticket {@link #write} returned for the step
     */
    protected abstract void awaitDurable(long ticket);

    // --- the unit of work ---

    @Override
    public final Either<NotCommitted, Change> commit(Change change) {
        long ticket;
        synchronized (lock) {
            Option<ConcurrentChange> conflict = change.writes().map(this::conflict).find(Option::isDefined)
                    .map(Option::get);
            if (conflict.isDefined()) {
                return Either.left(conflict.get());
            }
            List<ChainedEntry> chained = chain(change.audit());
            Line line = Line.of(change.writes(), chained, change.notices());
            Either<NotCommitted, Long> written = write(line);
            if (written.isLeft()) {
                return Either.left(written.getLeft());
            }
            apply(line);
            ticket = written.get();
        }
        awaitDurable(ticket);
        return Either.right(change);
    }

    private Option<ConcurrentChange> conflict(Write w) {
        long actual = currentVersion(w);
        return actual == w.expectedVersion() ? Option.none()
                : Option.some(new ConcurrentChange(kind(w), w.expectedVersion(), actual));
    }

    /**
     * The version the store holds of the aggregate a write is about, to compare with the write's
     * expected version (optimistic concurrency).
     *
     * @param w the write whose aggregate is looked up
     * @return the aggregate's version now: the ledger's or state's version, the number of a request's
     *         events, or 1 for a placed and 2 for a lifted hold; 0 when the store does not hold it
     */
    protected final long currentVersion(Write w) {
        if (w instanceof Write.Consent c) {
            return ledger(c.ledger().subject(), c.ledger().purposeId()).version();
        }
        if (w instanceof Write.State s) {
            return state(s.state().subject()).version();
        }
        if (w instanceof Write.Request r) {
            return find(r.request().id()).map(x -> (long) x.events().size()).getOrElse(0L);
        }
        return hold(((Write.Hold) w).hold().id()).map(AggregateStore::holdVersion).getOrElse(0L);
    }

    /** A hold's version: 1 placed, 2 lifted. */
    static long holdVersion(LegalHold h) {
        return h.lifted().isDefined() ? 2 : 1;
    }

    private static String kind(Write w) {
        return w instanceof Write.Consent ? "consent ledger" : w instanceof Write.State ? "subject state"
                : w instanceof Write.Request ? "rights request" : "legal hold";
    }

    private List<ChainedEntry> chain(List<AuditEntry> entries) {
        Option<ChainedEntry> last;
        synchronized (audit) {
            last = audit.isEmpty() ? Option.none() : Option.some(audit.get(audit.size() - 1));
        }
        java.util.List<ChainedEntry> chained = new ArrayList<>(entries.size());
        for (AuditEntry e : entries) {
            ChainedEntry c = AuditChain.link(last, e);
            chained.add(c);
            last = Option.some(c);
        }
        return List.ofAll(chained);
    }

    /**
     * Applies a step to the aggregates and their indexes (under {@link #lock}: a commit, or a line
     * read back on opening).
     *
     * @param line the step to apply, already written by {@link #write} or read back from disk
     */
    protected final void apply(Line line) {
        for (Write w : line.writes()) {
            if (w instanceof Write.Consent c) {
                ConsentLedger l = c.ledger();
                ledgers.merge(l.subject().value(), List.of(l), (old, one) -> old
                        .filter(x -> !x.purposeId().equals(l.purposeId())).append(l).sortBy(ConsentLedger::purposeId));
            } else if (w instanceof Write.State s) {
                states.put(s.state().subject().value(), s.state());
            } else if (w instanceof Write.Request r) {
                if (requests.put(r.request().id(), r.request()) == null) {
                    requestsBySubject.merge(r.request().subject().value(), List.of(r.request().id()), List::appendAll);
                }
            } else {
                LegalHold h = ((Write.Hold) w).hold();
                if (holds.put(h.id(), h) == null) {
                    holdsByTarget.merge(h.targetId(), List.of(h.id()), List::appendAll);
                }
            }
        }
        if (line.audit().nonEmpty()) {
            synchronized (audit) {
                for (ChainedEntry c : line.audit()) {
                    audit.add(c);
                    int index = audit.size() - 1;
                    // newest first, so that adding one is O(1) however many a subject has
                    c.entry().subject().forEach(s -> auditBySubject.merge(s.value(), List.of(index),
                            (old, one) -> old.prepend(index)));
                }
            }
        }
        for (Notice n : line.notices()) {
            if (notices.putIfAbsent(n.id(), n) == null) {
                noticeOrder.put(n.id(), (long) noticeOrder.size());
            }
        }
        line.sent().forEach(id -> {
            if (notices.containsKey(id)) {
                sent.put(id, Boolean.TRUE);
            }
        });
        for (PersonalRecord r : line.records()) {
            records.put(r.id(), r);
            recordsBySubject.merge(r.subject().value(), LinkedHashSet.of(r.id()), Set::addAll);
        }
        for (String id : line.erased()) {
            PersonalRecord r = records.remove(id);
            if (r != null) {
                recordsBySubject.computeIfPresent(r.subject().value(), (k, ids) -> {
                    Set<String> rest = ids.remove(id);
                    return rest.isEmpty() ? null : rest;
                });
            }
        }
    }

    // --- consent ledgers, subject states, requests, holds ---

    @Override
    public ConsentLedger ledger(SubjectId subject, String purposeId) {
        List<ConsentLedger> of = ledgers.get(subject.value());
        if (of != null) {
            for (ConsentLedger l : of) {
                if (l.purposeId().equals(purposeId)) {
                    return l;
                }
            }
        }
        return ConsentLedger.empty(subject, purposeId);
    }

    @Override
    public List<ConsentLedger> ledgers(SubjectId subject) {
        List<ConsentLedger> of = ledgers.get(subject.value());
        return of == null ? List.empty() : of;
    }

    @Override
    public SubjectState state(SubjectId subject) {
        SubjectState s = states.get(subject.value());
        return s == null ? SubjectState.empty(subject) : s;
    }

    @Override
    public Option<RightsRequest> find(String id) {
        return Option.of(requests.get(id));
    }

    @Override
    public List<RightsRequest> open() {
        return List.ofAll(requests.values()).filter(r -> !r.status().isClosed())
                .sorted(BY_RECEIPT);
    }

    @Override
    public List<RightsRequest> of(SubjectId subject) {
        return Option.of(requestsBySubject.get(subject.value())).getOrElse(List.empty()).map(requests::get)
                .sorted(BY_RECEIPT);
    }

    @Override
    public List<LegalHold> covering(PersonalRecord record) {
        List<String> ids = Option.of(holdsByTarget.get(record.id())).getOrElse(List.empty())
                .appendAll(record.dossierId().flatMap(d -> Option.of(holdsByTarget.get(d))).getOrElse(List.empty()));
        return ids.distinct().map(holds::get).filter(h -> h.covers(record));
    }

    @Override
    public Option<LegalHold> hold(String id) {
        return Option.of(holds.get(id));
    }

    // --- notices ---

    @Override
    public List<Notice> pending() {
        return List.ofAll(notices.values()).filter(n -> !sent.containsKey(n.id()))
                .sortBy(n -> noticeOrder.getOrDefault(n.id(), 0L));
    }

    @Override
    public void markSent(String noticeId) {
        long ticket;
        synchronized (lock) {
            if (!notices.containsKey(noticeId) || sent.containsKey(noticeId)) {
                return;
            }
            Line line = Line.sent(noticeId);
            ticket = write(line).getOrElseThrow(why -> new IllegalStateException("a notice id the store holds"
                    + " is always writable"));
            apply(line);
        }
        awaitDurable(ticket);
    }

    @Override
    public Set<String> sent() {
        return io.vavr.collection.HashSet.ofAll(sent.keySet());
    }

    // --- the audit trail ---

    @Override
    public List<ChainedEntry> entriesOf(SubjectRef subject) {
        List<Integer> at = Option.of(auditBySubject.get(subject.value())).getOrElse(List.empty()).reverse();
        synchronized (audit) {
            return at.map(audit::get);
        }
    }

    @Override
    public List<ChainedEntry> entriesBetween(Instant from, Instant to) {
        synchronized (audit) {
            return List.ofAll(audit).filter(c -> !c.entry().at().isBefore(from) && c.entry().at().isBefore(to));
        }
    }

    @Override
    public Verification verify() {
        List<ChainedEntry> all;
        synchronized (audit) {
            all = List.ofAll(audit);
        }
        return AuditChain.verify(all.iterator());
    }

    /** {@return every audit entry in order, with its place in the chain, for a snapshot} */
    protected final List<ChainedEntry> auditEntries() {
        synchronized (audit) {
            return List.ofAll(audit);
        }
    }

    // --- the record catalogue ---

    /**
     * Puts records into the catalogue (an insurer's own records, or test data), durably; a record
     * with the id of one already held replaces it.
     *
     * @param added the records to put
     * @throws IllegalArgumentException if the records are larger than the store can read back
     */
    public void put(List<PersonalRecord> added) {
        change(Line.records(added, List.empty()));
    }

    /**
     * Erases records from the catalogue, durably (what a sweep's {@code MUST_ERASE} leads to); ids the
     * catalogue does not hold are ignored.
     *
     * @param recordIds the ids of the records to erase
     * @throws IllegalArgumentException if the step is larger than the store can read back
     */
    public void erase(List<String> recordIds) {
        change(Line.records(List.empty(), recordIds));
    }

    private void change(Line line) {
        long ticket;
        synchronized (lock) {
            Either<NotCommitted, Long> written = write(line);
            if (written.isLeft()) {
                throw new IllegalArgumentException("the records are larger than the store can read back: "
                        + written.getLeft());
            }
            apply(line);
            ticket = written.get();
        }
        awaitDurable(ticket);
    }

    @Override
    public Stream<PersonalRecord> records() {
        return records.values().stream();
    }

    @Override
    public Stream<PersonalRecord> recordsOf(SubjectId subject) {
        return Option.of(recordsBySubject.get(subject.value())).getOrElse(LinkedHashSet.empty()).toJavaStream()
                .map(records::get).filter(java.util.Objects::nonNull);
    }

    // --- what a snapshot holds ---

    /**
     * The whole state as steps that rebuild it (for a snapshot), the audit entries last.
     *
     * @param chunk the most events of one aggregate, notices, records or audit entries per step
     * @return the steps, which applied in order to an empty store give this store's state
     */
    protected final Stream<Line> asLines(int chunk) {
        Stream<Line> consent = ledgers.values().stream().flatMap(List::toJavaStream)
                .flatMap(l -> List.ofAll(l.events()).grouped(chunk).zipWithIndex().map(t -> Line.of(List.of(
                        new Write.Consent(new ConsentLedger(l.subject(), l.purposeId(),
                                l.events().take((t._2 + 1) * chunk)), (long) t._2 * chunk)), List.empty(),
                        List.empty())).toJavaStream());
        Stream<Line> state = states.values().stream().map(s -> Line.of(List.of(new Write.State(s, 0)),
                List.empty(), List.empty()));
        Stream<Line> request = requests.values().stream()
                .flatMap(r -> List.ofAll(r.events()).grouped(chunk).zipWithIndex().map(t -> Line.of(List.of(
                        new Write.Request(new RightsRequest(r.id(), r.subject(), r.events().take((t._2 + 1) * chunk)),
                                (long) t._2 * chunk)), List.empty(), List.empty())).toJavaStream());
        Stream<Line> hold = holds.values().stream().map(h -> Line.of(List.of(new Write.Hold(h, 0)),
                List.empty(),
                List.empty()));
        Stream<Line> notice = pending().appendAll(List.ofAll(notices.values()).filter(n -> sent.containsKey(n.id())))
                .grouped(chunk).map(ns -> new Line(List.empty(), List.empty(), ns, ns.map(Notice::id)
                        .filter(sent::containsKey), List.empty(), List.empty())).toJavaStream();
        Stream<Line> record = List.ofAll(records.values()).grouped(chunk).map(rs -> Line.records(rs, List.empty()))
                .toJavaStream();
        Stream<Line> entries = auditEntries().grouped(chunk).map(es -> Line.of(List.empty(), es, List.empty()))
                .toJavaStream();
        return Stream.of(consent, state, request, hold, notice, record, entries).flatMap(s -> s);
    }
}
