package io.github.grondslag.testkit.contract;

import io.github.grondslag.domain.audit.AuditAction;
import io.github.grondslag.domain.audit.AuditEntry;
import io.github.grondslag.domain.audit.ChainedEntry;
import io.github.grondslag.domain.audit.Outcome;
import io.github.grondslag.domain.audit.SubjectRef;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.notice.Notice;
import io.github.grondslag.domain.port.AuditTrail;
import io.github.grondslag.domain.port.Change;
import io.github.grondslag.domain.port.ConcurrentChange;
import io.github.grondslag.domain.port.ConsentLedgers;
import io.github.grondslag.domain.port.LegalHolds;
import io.github.grondslag.domain.port.NotCommitted;
import io.github.grondslag.domain.port.NoticeOutbox;
import io.github.grondslag.domain.port.RightsRequests;
import io.github.grondslag.domain.port.SubjectStates;
import io.github.grondslag.domain.port.UnitOfWork;
import io.github.grondslag.domain.port.Write;
import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.request.RequestEvent;
import io.github.grondslag.domain.request.RightsRequest;
import io.github.grondslag.domain.retention.LegalHold;
import io.github.grondslag.domain.subject.ConsentEvent;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.RestrictionGround;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.subject.SubjectState;
import io.github.grondslag.testkit.generators.RequestGens;
import io.github.grondslag.testkit.generators.SubjectGens;
import io.github.grondslag.testkit.property.Gen;
import io.github.grondslag.testkit.property.Gens;
import io.github.grondslag.testkit.property.Property;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every store behind the domain's ports must do (docs/stores.md, "Contract suites"): the unit of
 * work all or nothing, optimistic concurrency with exactly one winner, every port reading back what
 * was committed, the audit chain intact and searchable, and a reopened store holding everything
 * acknowledged. Implement this interface in a test of your adapter with {@link #newStore()} and
 * {@link #reopen(Store)}; the properties run over generated histories.
 */
public interface StoreContract {

    /**
     * The ports of one store, and how to close it. A store of one object that implements every
     * port is made with {@link #of}; a store whose ports are separate objects passes each.
     *
     * @param work     commits a change (writes, audit entries, notices) all or nothing
     * @param ledgers  the read side of the consent ledgers
     * @param states   the read side of subjects' restrictions and objections
     * @param requests the read side of the rights requests
     * @param holds    the legal holds on records and dossiers
     * @param outbox   the notices waiting for the subject
     * @param audit    the read side of the append-only audit trail (AVG 5(2))
     * @param closer   closes the store (its connections, files, locks); the suite closes every store it makes
     */
    record Store(UnitOfWork work, ConsentLedgers ledgers, SubjectStates states, RightsRequests requests,
                 LegalHolds holds, NoticeOutbox outbox, AuditTrail audit, AutoCloseable closer) {
        /**
         * Checks that no port and no closer is {@code null}.
         *
         * @param work     commits a change all or nothing
         * @param ledgers  the read side of the consent ledgers
         * @param states   the read side of subjects' restrictions and objections
         * @param requests the read side of the rights requests
         * @param holds    the legal holds on records and dossiers
         * @param outbox   the notices waiting for the subject
         * @param audit    the read side of the audit trail
         * @param closer   closes the store
         * @throws NullPointerException if any of them is {@code null}
         */
        public Store {
            Objects.requireNonNull(work, "work");
            Objects.requireNonNull(ledgers, "ledgers");
            Objects.requireNonNull(states, "states");
            Objects.requireNonNull(requests, "requests");
            Objects.requireNonNull(holds, "holds");
            Objects.requireNonNull(outbox, "outbox");
            Objects.requireNonNull(audit, "audit");
            Objects.requireNonNull(closer, "closer");
        }

        /**
         * A store whose one object implements every port, as the library's own stores do.
         *
         * @param <S>    the type of the store, implementing every port
         * @param store  the store, used for every port
         * @param closer closes it; {@code () -> { }} for a store with nothing to close
         * @return the store, its every port the given object
         */
        public static <S extends UnitOfWork & ConsentLedgers & SubjectStates & RightsRequests & LegalHolds
                & NoticeOutbox & AuditTrail> Store of(S store, AutoCloseable closer) {
            return new Store(store, store, store, store, store, store, store, closer);
        }
    }

    /**
     * {@return a new, empty store of its own, sharing nothing with any store made before (for a
     * database: a fresh schema)}
     */
    Store newStore();

    /**
     * The same store closed and opened again, as after a restart. A store that keeps nothing across a
     * restart (in memory) returns it unchanged.
     *
     * @param store a store made by {@link #newStore()} or returned by this method
     * @return the store opened again on the same data; the suite closes it in the end
     */
    Store reopen(Store store);

    /** {@return how many generated histories each property tries; 25 by default} */
    default int tries() {
        return 25;
    }

    // --- generated histories ---

    /** The instant of the suite's audit entries, consents and restrictions. */
    Instant AT = Instant.parse("2026-01-05T09:00:00Z");
    /** The pseudonymous reference of the subject the suite's audit entries are about. */
    SubjectRef REF = new SubjectRef("ab".repeat(32));

    private static AuditEntry entry(AuditAction action, Option<SubjectRef> subject) {
        return new AuditEntry(AT, action, Outcome.DONE, subject, Option.some("p"), Option.none(),
                List.of(Citation.avg("7(1)")));
    }

    /** One step of a history: a change written against the versions the store holds. */
    private static Change step(Write write, int n) {
        SubjectRef ref = new SubjectRef(String.format("%064x", n % 7));
        return Change.of(write, entry(AuditAction.CONSENT_GIVEN, Option.some(ref)));
    }

    /** Ledgers of a few subjects and purposes, states, requests, written event by event. */
    private static Gen<List<Write>> histories() {
        return c -> {
            List<Write> writes = List.empty();
            int subjects = Gens.integers(1, 4).generate(c);
            for (int s = 0; s < subjects; s++) {
                SubjectId subject = SubjectId.of("subject-" + s);
                for (String purpose : List.of("p", "q").take(Gens.integers(1, 2).generate(c))) {
                    ConsentLedger ledger = SubjectGens.ledger(subject, purpose).generate(c);
                    for (int k = 1; k <= ledger.events().size(); k++) {
                        writes = writes.append(new Write.Consent(new ConsentLedger(subject, purpose,
                                ledger.events().take(k)), k - 1));
                    }
                }
                SubjectState state = SubjectState.empty(subject);
                for (int r = 0; r < Gens.integers(0, 3).generate(c); r++) {
                    Either<io.github.grondslag.domain.law.Rejection, SubjectState> next = state.restrict("r" + r,
                            RestrictionGround.ACCURACY_CONTESTED, AT.plusSeconds(r));
                    if (next.isRight()) {
                        writes = writes.append(new Write.State(next.get(), state.version()));
                        state = next.get();
                    }
                }
                List<RequestEvent> history = RequestGens.histories().generate(c);
                RequestEvent.Received received = (RequestEvent.Received) history.head();
                RightsRequest request = RightsRequest.received("req-" + s, subject, received.type(), received.at());
                writes = writes.append(new Write.Request(request, 0));
                for (RequestEvent e : history.tail().filter(e -> !(e instanceof RequestEvent.Extended))) {
                    Either<io.github.grondslag.domain.law.Rejection, RightsRequest> next = request.record(e);
                    if (next.isRight()) {
                        writes = writes.append(new Write.Request(next.get(), request.events().size()));
                        request = next.get();
                    }
                }
            }
            return writes;
        };
    }

    private static void commitAll(Store store, List<Write> writes) {
        writes.zipWithIndex().forEach(t -> assertTrue(store.work().commit(step(t._1, t._2)).isRight(),
                () -> "step " + t._2 + " of a legal history was refused"));
    }

    /** What a store must show after the history: the last write of every aggregate. */
    private static void assertHolds(Store store, List<Write> writes, String when) {
        for (Write w : writes) {
            if (w instanceof Write.Consent c) {
                ConsentLedger last = writes.filter(x -> x instanceof Write.Consent y
                        && y.ledger().subject().equals(c.ledger().subject())
                        && y.ledger().purposeId().equals(c.ledger().purposeId()))
                        .map(x -> ((Write.Consent) x).ledger()).last();
                assertEquals(last, store.ledgers().ledger(c.ledger().subject(), c.ledger().purposeId()), when);
            } else if (w instanceof Write.State s) {
                SubjectState last = writes.filter(x -> x instanceof Write.State y
                        && y.state().subject().equals(s.state().subject())).map(x -> ((Write.State) x).state()).last();
                assertEquals(last, store.states().state(s.state().subject()), when);
            } else if (w instanceof Write.Request r) {
                RightsRequest last = writes.filter(x -> x instanceof Write.Request y
                        && y.request().id().equals(r.request().id())).map(x -> ((Write.Request) x).request()).last();
                assertEquals(Option.some(last), store.requests().find(r.request().id()), when);
                assertTrue(store.requests().of(r.request().subject()).contains(last), when + ": by subject");
            }
        }
        assertEquals(writes.size(), store.audit().verify().entries(), when + ": one audit entry per step");
        assertTrue(store.audit().verify().intact(), when + ": the audit chain holds");
    }

    // --- the properties ---

    /**
     * After a generated history of consents, restrictions and rights requests is committed step by
     * step, every port reads back the last write of every aggregate, the audit trail holds one
     * intact entry per step, and the reopened store holds all of it.
     */
    @Test
    default void everyPortReadsBackWhatWasCommittedAndAReopenedStoreHoldsItAll() {
        Property.forAll(histories()).tries(tries()).checkThat(writes -> {
            Store store = newStore();
            try {
                commitAll(store, writes);
                assertHolds(store, writes, "after the commits");
                Store reopened = reopen(store);
                store = reopened;
                assertHolds(reopened, writes, "after reopening");
            } finally {
                close(store);
            }
        });
    }

    /**
     * The unit of work is all or nothing: a change with one write on a stale version is refused as a
     * {@link ConcurrentChange}, and none of its other writes, its audit entry or its notice is kept,
     * before or after reopening.
     */
    @Test
    default void aChangeWithOneStaleWriteLeavesNothingOfItsOtherWritesItsAuditEntryOrItsNotice() {
        Property.forAll(histories()).tries(tries()).checkThat(writes -> {
            Store store = newStore();
            try {
                commitAll(store, writes);
                SubjectId fresh = SubjectId.of("fresh");
                ConsentLedger ledger = new ConsentLedger(fresh, "p", List.of(new ConsentEvent.Given(AT,
                        Option.none(), io.github.grondslag.domain.subject.Channel.EMAIL, "evidence")));
                Write stale = new Write.State(new SubjectState(SubjectId.of("other"), List.empty(), List.empty(), 8),
                        7);
                Notice notice = new Notice("n-fresh", Notice.Kind.CONSENT_RECEIPT, fresh, Option.some(
                        LocalDate.of(2026, 1, 6)), Notice.Form.ANY, Citation.avg("7(1)"), "receipt");
                long before = store.audit().verify().entries();
                Either<NotCommitted, Change> refused = store.work().commit(new Change(List.of(
                        new Write.Consent(ledger, 0), stale), List.of(entry(AuditAction.CONSENT_GIVEN,
                        Option.some(REF))), List.of(notice)));
                assertTrue(refused.isLeft() && refused.getLeft() instanceof ConcurrentChange, "a stale write");
                assertEquals(0, store.ledgers().ledger(fresh, "p").version(), "the other write is not made");
                assertEquals(before, store.audit().verify().entries(), "no audit entry of it");
                assertTrue(store.outbox().pending().forAll(n -> !n.id().equals("n-fresh")), "no notice of it");
                store = reopen(store);
                assertEquals(0, store.ledgers().ledger(fresh, "p").version(), "nor after reopening");
                assertEquals(before, store.audit().verify().entries(), "nor after reopening");
            } finally {
                close(store);
            }
        });
    }

    /**
     * Optimistic concurrency: of eight threads that commit a consent on the same expected version at
     * once, exactly one wins, in each of 20 rounds.
     *
     * @throws Exception if a thread is interrupted, fails, or takes longer than 30 seconds
     */
    @Test
    default void ofEightThreadsWritingTheSameExpectedVersionExactlyOneWins() throws Exception {
        Store store = newStore();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 20; round++) {
                SubjectId subject = SubjectId.of("race-" + round);
                CountDownLatch start = new CountDownLatch(1);
                java.util.List<Future<Either<NotCommitted, Change>>> results = new java.util.ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    String evidence = "evidence-" + i;
                    results.add(pool.submit(() -> {
                        start.await();
                        ConsentLedger ledger = new ConsentLedger(subject, "p", List.of(new ConsentEvent.Given(AT,
                                Option.none(), io.github.grondslag.domain.subject.Channel.EMAIL, evidence)));
                        return store.work().commit(step(new Write.Consent(ledger, 0), 1));
                    }));
                }
                start.countDown();
                int wins = 0;
                for (Future<Either<NotCommitted, Change>> r : results) {
                    wins += r.get(30, TimeUnit.SECONDS).isRight() ? 1 : 0;
                }
                assertEquals(1, wins, "round " + round);
                assertEquals(1, store.ledgers().ledger(subject, "p").version());
            }
        } finally {
            pool.shutdownNow();
            close(store);
        }
    }

    /**
     * The audit trail finds a subject's entries by the subject's reference (for an access request or
     * a complaint) and the entries of a period, and its chain is intact after reopening.
     */
    @Test
    default void theAuditTrailFindsASubjectsEntriesByReferenceAndThoseOfAPeriod() {
        Store store = newStore();
        try {
            SubjectRef other = new SubjectRef("cd".repeat(32));
            for (int i = 0; i < 6; i++) {
                AuditEntry e = new AuditEntry(AT.plusSeconds(60L * i), AuditAction.PROCESSING_DECIDED,
                        Outcome.PERMITTED, Option.some(i % 2 == 0 ? REF : other), Option.some("p"), Option.none(),
                        List.of(Citation.avg("6(1)(b)")));
                assertTrue(store.work().commit(Change.audit(e)).isRight());
            }
            store = reopen(store);
            assertEquals(List.of(1L, 3L, 5L), store.audit().entriesOf(REF).map(ChainedEntry::sequence));
            assertEquals(List.of(2L, 3L), store.audit().entriesBetween(AT.plusSeconds(60), AT.plusSeconds(180))
                    .map(ChainedEntry::sequence));
            assertTrue(store.audit().verify().intact());
        } finally {
            close(store);
        }
    }

    /**
     * A notice is queued with the change that owes it, once even if the change is committed twice,
     * and once marked sent it stays sent after reopening.
     */
    @Test
    default void aNoticeIsQueuedOnceWithItsChangeAndStaysSentAfterAReopen() {
        Store store = newStore();
        try {
            SubjectId subject = SubjectId.of("s");
            Notice notice = new Notice("n-1", Notice.Kind.REQUEST_EXTENSION, subject,
                    Option.some(LocalDate.of(2026, 2, 5)), Notice.Form.ANY, Citation.avg("12(3)"), "extension");
            Change change = Change.audit(entry(AuditAction.REQUEST_EXTENDED, Option.some(REF)))
                    .owing(List.of(notice));
            assertTrue(store.work().commit(change).isRight());
            assertTrue(store.work().commit(change).isRight());
            assertEquals(List.of(notice), store.outbox().pending());
            store.outbox().markSent("n-1");
            store = reopen(store);
            assertEquals(List.empty(), store.outbox().pending());
            assertTrue(store.outbox().sent().contains("n-1"));
        } finally {
            close(store);
        }
    }

    /**
     * A legal hold is placed once (placing it again is refused), lifted once, and after reopening
     * found for a record in the dossier it covers.
     */
    @Test
    default void aLegalHoldIsPlacedOnceLiftedOnceAndFoundForTheRecordsItCovers() {
        Store store = newStore();
        try {
            LegalHold hold = LegalHold.onDossier("h-1", "dossier-9", LegalHold.Reason.PENDING_LAWSUIT,
                    LocalDate.of(2026, 1, 5));
            AuditEntry placed = entry(AuditAction.LEGAL_HOLD_PLACED, Option.none());
            assertTrue(store.work().commit(Change.of(new Write.Hold(hold, 0), placed)).isRight());
            assertTrue(store.work().commit(Change.of(new Write.Hold(hold, 0), placed)).isLeft(), "placed twice");
            LegalHold lifted = hold.liftedOn(LocalDate.of(2026, 3, 1));
            assertTrue(store.work().commit(Change.of(new Write.Hold(lifted, 1), placed)).isRight());
            store = reopen(store);
            PersonalRecord inDossier = new PersonalRecord("rec-1", SubjectId.of("s"), "p", List.of("d"),
                    Option.none(), true, Option.some("dossier-9"), Option.none(), io.vavr.collection.HashMap.empty());
            assertEquals(List.of(lifted), store.holds().covering(inDossier));
            assertEquals(Option.some(lifted), store.holds().hold("h-1"));
        } finally {
            close(store);
        }
    }

    private static void close(Store store) {
        try {
            store.closer().close();
        } catch (Exception e) {
            throw new AssertionError("closing the store failed", e);
        }
    }
}
