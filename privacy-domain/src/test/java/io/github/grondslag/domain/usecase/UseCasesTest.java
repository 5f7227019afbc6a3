package io.github.grondslag.domain.usecase;

import io.github.grondslag.domain.decision.Decision;
import io.github.grondslag.domain.decision.Operation;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.Rejection;
import io.github.grondslag.domain.audit.AuditAction;
import io.github.grondslag.domain.audit.AuditEntry;
import io.github.grondslag.domain.audit.Outcome;
import io.github.grondslag.domain.audit.Pseudonyms;
import io.github.grondslag.domain.port.Change;
import io.github.grondslag.domain.port.ConcurrentChange;
import io.github.grondslag.domain.port.NotCommitted;
import io.github.grondslag.domain.port.UnitOfWork;
import io.github.grondslag.domain.port.Write;
import io.github.grondslag.domain.port.ConsentLedgers;
import io.github.grondslag.domain.port.SubjectStates;
import io.github.grondslag.domain.register.Drafts;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.subject.Channel;
import io.github.grondslag.domain.subject.ConsentEvent;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.OverrideGround;
import io.github.grondslag.domain.subject.RestrictionException;
import io.github.grondslag.domain.subject.RestrictionGround;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.subject.SubjectState;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Named examples of the use cases over small in-test fakes of the ports. */
class UseCasesTest {

    private static final Register REGISTER = Drafts.decisionRegister();
    /** An id that would be personal data if it leaked; it must not appear in the audit trail. */
    private static final String SECRET_ID = "bsn-123456782";
    private static final SubjectId SUBJECT = SubjectId.of(SECRET_ID);
    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    // --- fakes of the ports ---

    /** A clock the test moves forward. */
    static final class TestClock extends Clock {
        private Instant now;

        TestClock(Instant start) {
            this.now = start;
        }

        Instant advance(Duration by) {
            now = now.plus(by);
            return now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /**
     * The ports in HashMaps: one unit of work with optimistic writes, all of a change or nothing; a hook
     * runs another writer just before a commit.
     */
    static final class FakeStore implements UnitOfWork, ConsentLedgers, SubjectStates {
        record Key(SubjectId subject, String purposeId) {
        }

        final Map<Key, ConsentLedger> storedLedgers = new HashMap<>();
        final Map<SubjectId, SubjectState> storedStates = new HashMap<>();
        final java.util.List<AuditEntry> entries = new ArrayList<>();
        /** Commits that carried a write, whether they won or not. */
        int writeCommits;
        Runnable concurrentWriter = () -> { };

        @Override
        public ConsentLedger ledger(SubjectId subject, String purposeId) {
            return storedLedgers.getOrDefault(new Key(subject, purposeId), ConsentLedger.empty(subject, purposeId));
        }

        @Override
        public List<ConsentLedger> ledgers(SubjectId subject) {
            return List.ofAll(storedLedgers.values()).filter(l -> l.subject().equals(subject));
        }

        @Override
        public SubjectState state(SubjectId subject) {
            return storedStates.getOrDefault(subject, SubjectState.empty(subject));
        }

        @Override
        public Either<NotCommitted, Change> commit(Change change) {
            if (change.writes().nonEmpty()) {
                writeCommits++;
                Runnable other = concurrentWriter;
                concurrentWriter = () -> { };
                other.run();
            }
            for (Write w : change.writes()) {
                long actual = w instanceof Write.Consent c ? ledger(c.ledger().subject(), c.ledger().purposeId()).version()
                        : state(((Write.State) w).state().subject()).version();
                if (actual != w.expectedVersion()) {
                    return Either.left(new ConcurrentChange(w instanceof Write.Consent ? "consent ledger"
                            : "subject state", w.expectedVersion(), actual));
                }
            }
            for (Write w : change.writes()) {
                if (w instanceof Write.Consent c) {
                    storedLedgers.put(new Key(c.ledger().subject(), c.ledger().purposeId()), c.ledger());
                } else {
                    SubjectState st = ((Write.State) w).state();
                    storedStates.put(st.subject(), st);
                }
            }
            entries.addAll(change.audit().toJavaList());
            return Either.right(change);
        }

        AuditEntry last() {
            return entries.get(entries.size() - 1);
        }
    }

    private static final Pseudonyms PSEUDONYMS = Pseudonyms.withKey(new byte[32]);

    private final TestClock clock = new TestClock(START);
    private final FakeStore store = new FakeStore();
    private final ConsentUseCases consent = new ConsentUseCases(() -> REGISTER, store, store, PSEUDONYMS, clock);
    private final SubjectRightsUseCases rights = new SubjectRightsUseCases(() -> REGISTER, store, store, PSEUDONYMS,
            clock);
    private final ProcessingDecisions decisions =
            new ProcessingDecisions(() -> REGISTER, store, store, store, PSEUDONYMS, clock);

    // --- helpers ---

    private static Operation use(String purposeId) {
        return Operation.use(SUBJECT, "partners", purposeId, List.of("contact"));
    }

    private static <T> T done(Either<Refusal, T> result) {
        assertTrue(result.isRight(), () -> "expected success, got " + result);
        return result.get();
    }

    private static Rejection rejected(Either<Refusal, ?> result) {
        assertTrue(result.isLeft(), () -> "expected a refusal, got " + result);
        return assertInstanceOf(Refusal.Rejected.class, result.getLeft()).rejection();
    }

    private static ConcurrentChange conflict(Either<Refusal, ?> result) {
        assertTrue(result.isLeft(), () -> "expected a refusal, got " + result);
        return assertInstanceOf(Refusal.Conflict.class, result.getLeft()).change();
    }

    private static List<Citation> citations(Decision decision) {
        return assertInstanceOf(Decision.Denied.class, decision).reasons().map(Rejection::citation);
    }

    /** The entry a use case writes: the action and outcome as spelled in the test, the subject by its pseudonym. */
    private AuditEntry entry(String action, String purposeId, String outcome, Citation... rules) {
        Option<String> purpose = REGISTER.purpose(purposeId).map(p -> p.id());
        return new AuditEntry(clock.instant(), AuditAction.valueOf(action.toUpperCase().replace('.', '_')),
                Outcome.valueOf(outcome.toUpperCase()), Option.some(PSEUDONYMS.of(SUBJECT)), purpose, Option.none(),
                List.of(rules));
    }

    /** Runs a use case call and checks that it appended exactly one audit entry, which it returns. */
    private AuditEntry audited(Supplier<?> call) {
        int before = store.entries.size();
        call.get();
        assertEquals(before + 1, store.entries.size(), "one audit entry per use case call");
        return store.last();
    }

    // --- consent and decision together ---

    @Test
    void consentGivenPermitsProcessingAndItsWithdrawalDeniesIt() {
        ConsentLedger given = done(consent.give(SUBJECT, "newsletter", Channel.WEB_FORM, "form-81"));
        assertEquals(List.of(new ConsentEvent.Given(START, REGISTER.statementVersion(), Channel.WEB_FORM, "form-81")),
                given.events());
        assertEquals(entry("consent.given", "newsletter", "done", Citation.avg("7(1)")), store.last());

        clock.advance(Duration.ofDays(30));
        assertSame(Decision.PERMITTED, decisions.decide(use("newsletter")));
        assertEquals(entry("processing.decided", "newsletter", "permitted", Citation.avg("6(1)(a)")), store.last());

        Instant withdrawnAt = clock.advance(Duration.ofDays(1));
        ConsentLedger withdrawn = done(consent.withdraw(SUBJECT, "newsletter", Channel.EMAIL_LINK));
        assertEquals(2, withdrawn.version());
        assertEquals(withdrawn, store.ledger(SUBJECT, "newsletter"));
        assertEquals(entry("consent.withdrawn", "newsletter", "done", Citation.avg("7(3)")), store.last());

        clock.advance(Duration.ofSeconds(1));
        Decision after = decisions.decide(use("newsletter"));
        assertEquals(List.of(Citation.avg("6(1)(a)")), citations(after));
        assertEquals(entry("processing.decided", "newsletter", "denied", Citation.avg("6(1)(a)")), store.last());

        // the withdrawal is not retroactive: the ledger still shows consent just before it
        assertTrue(store.ledger(SUBJECT, "newsletter").validAt(withdrawnAt.minusNanos(1)));
        assertEquals(4, store.entries.size());
    }

    @Test
    void aPermittedDecisionIsAuditedWithThePurposesLawfulBasis() {
        assertSame(Decision.PERMITTED, decisions.decide(use("p1")));
        assertEquals(entry("processing.decided", "p1", "permitted", Citation.avg("6(1)(b)")), store.last());
    }

    @Test
    void aDenialIsAuditedWithEveryReasonsCitation() {
        Operation op = Operation.use(SUBJECT, "customers", "newsletter", List.of("contact", "bank"));
        Decision d = decisions.decide(op);
        assertEquals(List.of(Citation.avg("5(1)(b)"), Citation.avg("5(1)(c)"), Citation.avg("6(1)(a)")),
                citations(d));
        assertEquals(entry("processing.decided", "newsletter", "denied",
                Citation.avg("5(1)(b)"), Citation.avg("5(1)(c)"), Citation.avg("6(1)(a)")), store.last());
    }

    @Test
    void aProcessingForAnUnknownPurposeIsDeniedAndAudited() {
        assertEquals(List.of(Citation.avg("5(1)(b)")), citations(decisions.decide(use("profiling"))));
        assertEquals(entry("processing.decided", "profiling", "denied", Citation.avg("5(1)(b)")), store.last());
    }

    // --- restriction and objection together with the decision ---

    @Test
    void aRestrictionDeniesProcessingUntilItIsLifted() {
        SubjectState restricted = done(rights.restrict(SUBJECT, "r1", RestrictionGround.ACCURACY_CONTESTED));
        assertEquals(1, restricted.version());
        assertEquals(entry("restriction.placed", "*", "done", Citation.avg("18(1)(a)")), store.last());

        clock.advance(Duration.ofHours(1));
        assertEquals(List.of(Citation.avg("18(1)(a)")), citations(decisions.decide(use("p1"))));
        assertSame(Decision.PERMITTED, decisions.decide(use("p1").asStorage()));

        clock.advance(Duration.ofDays(7));
        SubjectState lifted = done(rights.lift(SUBJECT, "r1"));
        assertEquals(2, lifted.version());
        assertEquals(entry("restriction.lifted", "*", "done", Citation.avg("18(3)")), store.last());
        assertSame(Decision.PERMITTED, decisions.decide(use("p1")));
    }

    @Test
    void consentDespiteARestrictionIsRecordedAndAudited() {
        done(rights.restrict(SUBJECT, "r1", RestrictionGround.UNLAWFUL_PROCESSING));
        clock.advance(Duration.ofMinutes(5));
        SubjectState consented = done(rights.consentDespiteRestriction(SUBJECT, "r1", "p1"));
        assertTrue(consented.restrictions().single().consentedPurposes().contains("p1"));
        assertEquals(entry("restriction.consented", "p1", "done", Citation.avg("18(2)")), store.last());
        assertSame(Decision.PERMITTED, decisions.decide(
                use("p1").relyingOn(RestrictionException.SUBJECT_CONSENT)));
    }

    @Test
    void anUpheldObjectionDeniesProcessingForItsPurpose() {
        done(rights.object(SUBJECT, "analytics"));
        assertEquals(entry("objection.received", "analytics", "done", Citation.avg("21(1)")), store.last());
        clock.advance(Duration.ofDays(10));
        assertSame(Decision.PERMITTED, decisions.decide(use("analytics")));

        done(rights.uphold(SUBJECT, "analytics"));
        assertEquals(entry("objection.upheld", "analytics", "done", Citation.avg("21(1)")), store.last());
        assertEquals(List.of(Citation.avg("21(1)")), citations(decisions.decide(use("analytics"))));
    }

    @Test
    void anOverriddenObjectionLetsProcessingGoOn() {
        done(rights.object(SUBJECT, "analytics"));
        clock.advance(Duration.ofDays(10));
        done(rights.override(SUBJECT, "analytics", OverrideGround.LEGAL_CLAIMS));
        assertEquals(entry("objection.overridden", "analytics", "done", Citation.avg("21(1)")), store.last());
        assertSame(Decision.PERMITTED, decisions.decide(use("analytics")));
    }

    @Test
    void anObjectionToDirectMarketingDeniesAtOnceAndCannotBeOverridden() {
        done(rights.object(SUBJECT, "marketing"));
        assertEquals(List.of(Citation.avg("21(3)")), citations(decisions.decide(use("marketing"))));
        clock.advance(Duration.ofDays(1));
        Rejection r = rejected(rights.override(SUBJECT, "marketing", OverrideGround.COMPELLING_LEGITIMATE_GROUNDS));
        assertEquals(Citation.avg("21(3)"), r.citation());
        assertEquals(entry("objection.overridden", "marketing", "rejected", Citation.avg("21(3)")), store.last());
    }

    // --- the audit trail ---

    @Test
    void everyUseCaseCallAppendsOneAuditEntryWithoutTheSubjectId() {
        java.util.List<AuditEntry> seen = new ArrayList<>();
        seen.add(audited(() -> consent.give(SUBJECT, "newsletter", Channel.WEB_FORM, SECRET_ID)));
        seen.add(audited(() -> consent.give(SUBJECT, "p1", Channel.WEB_FORM, "form-1")));
        seen.add(audited(() -> decisions.decide(use("newsletter"))));
        seen.add(audited(() -> rights.restrict(SUBJECT, "r1", RestrictionGround.ACCURACY_CONTESTED)));
        seen.add(audited(() -> decisions.decide(use("newsletter"))));
        seen.add(audited(() -> rights.consentDespiteRestriction(SUBJECT, "r1", "newsletter")));
        clock.advance(Duration.ofMinutes(1));
        seen.add(audited(() -> rights.lift(SUBJECT, "r1")));
        seen.add(audited(() -> rights.lift(SUBJECT, "r1")));
        seen.add(audited(() -> rights.object(SUBJECT, "analytics")));
        seen.add(audited(() -> rights.uphold(SUBJECT, "analytics")));
        seen.add(audited(() -> rights.object(SUBJECT, "marketing")));
        seen.add(audited(() -> rights.object(SUBJECT, "newsletter")));
        seen.add(audited(() -> rights.override(SUBJECT, "analytics", OverrideGround.LEGAL_CLAIMS)));
        // another writer withdraws the consent between this withdrawal's load and its save
        ConsentLedger withdrawnByOther = store.ledger(SUBJECT, "newsletter")
                .withdraw(clock.instant(), Channel.PHONE).get();
        store.concurrentWriter = () -> store.storedLedgers.put(new FakeStore.Key(SUBJECT, "newsletter"),
                withdrawnByOther);
        seen.add(audited(() -> consent.withdraw(SUBJECT, "newsletter", Channel.EMAIL)));
        seen.add(audited(() -> consent.withdraw(SUBJECT, "newsletter", Channel.EMAIL)));

        assertEquals(List.of(
                        "consent.given done [AVG 7(1)]",
                        "consent.given rejected [AVG 6(1)(a)]",
                        "processing.decided permitted [AVG 6(1)(a)]",
                        "restriction.placed done [AVG 18(1)(a)]",
                        "processing.decided denied [AVG 18(1)(a)]",
                        "restriction.consented done [AVG 18(2)]",
                        "restriction.lifted done [AVG 18(3)]",
                        "restriction.lifted rejected [AVG 18(3)]",
                        "objection.received done [AVG 21(1)]",
                        "objection.upheld done [AVG 21(1)]",
                        "objection.received done [AVG 21(1)]",
                        "objection.received rejected [AVG 21(1)]",
                        "objection.overridden rejected [AVG 21(1)]",
                        "consent.withdrawn conflict [AVG 7(3)]",
                        "consent.withdrawn rejected [AVG 7(3)]"),
                List.ofAll(seen).map(e -> e.action().name().toLowerCase().replaceFirst("_", ".") + " "
                        + e.outcome().name().toLowerCase() + " " + e.rules().mkString("[", ", ", "]")));
        for (AuditEntry e : store.entries) {
            assertFalse(e.toString().contains(SECRET_ID), e::toString);
            assertFalse(e.toString().contains("123456782"), e::toString);
        }
        assertEquals(seen, store.entries);
    }

    @Test
    void auditEntriesCarryTheClocksInstant() {
        Instant t1 = clock.advance(Duration.ofHours(2));
        done(consent.give(SUBJECT, "newsletter", Channel.WEB_FORM, "form-81"));
        Instant t2 = clock.advance(Duration.ofHours(3));
        decisions.decide(use("newsletter"));
        assertEquals(List.of(t1, t2), List.ofAll(store.entries).map(AuditEntry::at));
        assertEquals(t1, store.ledger(SUBJECT, "newsletter").events().head().at());
    }

    // --- optimistic writes ---

    @Test
    void aStaleConsentWriteIsAConflictAndChangesNothing() {
        // another writer records a consent between this use case's load and its save
        ConsentLedger theirs = ConsentLedger.empty(SUBJECT, "newsletter")
                .give(REGISTER.purpose("newsletter").get(), START.minusSeconds(60), REGISTER.statementVersion(),
                        Channel.PHONE, "call-7").get();
        store.concurrentWriter = () -> store.storedLedgers.put(new FakeStore.Key(SUBJECT, "newsletter"), theirs);

        ConcurrentChange change = conflict(consent.give(SUBJECT, "newsletter", Channel.WEB_FORM, "form-81"));
        assertEquals(new ConcurrentChange("consent ledger", 0, 1), change);
        assertEquals(Map.of(new FakeStore.Key(SUBJECT, "newsletter"), theirs), store.storedLedgers);
        assertEquals(entry("consent.given", "newsletter", "conflict", Citation.avg("7(1)")), store.last());
        assertEquals(1, store.entries.size());
    }

    @Test
    void aStaleSubjectStateWriteIsAConflictAndChangesNothing() {
        SubjectState first = done(rights.restrict(SUBJECT, "r1", RestrictionGround.ACCURACY_CONTESTED));
        SubjectState theirs = first.object(REGISTER.purpose("analytics").get(), START).get();
        store.concurrentWriter = () -> store.storedStates.put(SUBJECT, theirs);
        clock.advance(Duration.ofMinutes(1));

        ConcurrentChange change = conflict(rights.lift(SUBJECT, "r1"));
        assertEquals(new ConcurrentChange("subject state", 1, 2), change);
        assertEquals(Map.of(SUBJECT, theirs), store.storedStates);
        assertTrue(store.state(SUBJECT).restrictions().single().liftedAt().isEmpty(), "the lifting was not written");
        assertEquals(entry("restriction.lifted", "*", "conflict", Citation.avg("18(3)")), store.last());
    }

    @Test
    void theStoreRefusesAWriteBasedOnAnOutdatedVersion() {
        ConsentLedger given = done(consent.give(SUBJECT, "newsletter", Channel.WEB_FORM, "form-81"));
        ConsentLedger stale = ConsentLedger.empty(SUBJECT, "newsletter")
                .give(REGISTER.purpose("newsletter").get(), START, REGISTER.statementVersion(), Channel.POST, "x")
                .get();
        assertEquals(Either.left(new ConcurrentChange("consent ledger", 0, 1)),
                store.commit(Change.of(new Write.Consent(stale, 0), store.last())));
        assertEquals(given, store.ledger(SUBJECT, "newsletter"));
    }

    // --- rejections write nothing ---

    @Test
    void withdrawingConsentNeverGivenIsRejectedAndWritesNothing() {
        Rejection r = rejected(consent.withdraw(SUBJECT, "newsletter", Channel.EMAIL));
        assertEquals(Citation.avg("7(3)"), r.citation());
        assertEquals(0, store.writeCommits);
        assertTrue(store.storedLedgers.isEmpty());
        assertEquals(entry("consent.withdrawn", "newsletter", "rejected", Citation.avg("7(3)")), store.last());
    }

    @Test
    void givingConsentForAContractPurposeIsRejectedAndWritesNothing() {
        Rejection r = rejected(consent.give(SUBJECT, "p1", Channel.WEB_FORM, "form-1"));
        assertEquals(Citation.avg("6(1)(a)"), r.citation());
        assertEquals(0, store.writeCommits);
        assertTrue(store.storedLedgers.isEmpty());
        assertEquals(entry("consent.given", "p1", "rejected", Citation.avg("6(1)(a)")), store.last());
    }

    @Test
    void givingConsentForAnUnknownPurposeIsRejectedCitingTheRegister() {
        Rejection r = rejected(consent.give(SUBJECT, "lottery", Channel.WEB_FORM, "form-1"));
        assertEquals(Citation.avg("30(1)(b)"), r.citation());
        assertEquals(0, store.writeCommits);
        assertEquals(entry("consent.given", "lottery", "rejected", Citation.avg("30(1)(b)")), store.last());
    }

    @Test
    void rejectedSubjectRightsCommandsWriteNothing() {
        SubjectState before = done(rights.restrict(SUBJECT, "r1", RestrictionGround.ACCURACY_CONTESTED));
        int saves = store.writeCommits;

        assertEquals(Citation.avg("18(1)"), rejected(rights.lift(SUBJECT, "r9")).citation());
        assertEquals(Citation.avg("18(1)(a)"),
                rejected(rights.restrict(SUBJECT, "r1", RestrictionGround.ACCURACY_CONTESTED)).citation());
        assertEquals(Citation.avg("21(1)"), rejected(rights.object(SUBJECT, "newsletter")).citation());
        assertEquals(Citation.avg("30(1)(b)"), rejected(rights.object(SUBJECT, "lottery")).citation());
        assertEquals(Citation.avg("21(1)"), rejected(rights.uphold(SUBJECT, "analytics")).citation());

        assertEquals(saves, store.writeCommits);
        assertEquals(Map.of(SUBJECT, before), store.storedStates);
        assertEquals(List.of("done", "rejected", "rejected", "rejected", "rejected", "rejected"),
                List.ofAll(store.entries).map(e -> e.outcome().name().toLowerCase()));
    }

    @Test
    void consentDespiteARestrictionForAPurposeNotInTheRegisterIsRejectedAndNotWritten() {
        done(rights.restrict(SUBJECT, "r1", RestrictionGround.UNLAWFUL_PROCESSING));
        assertEquals(Citation.avg("30(1)(b)"), rejected(rights.consentDespiteRestriction(SUBJECT, "r1",
                "j.jansen@example.nl")).citation());
        assertTrue(store.state(SUBJECT).restrictions().single().consentedPurposes().isEmpty());
        assertTrue(store.last().purposeId().isEmpty(), "the unknown id is not written to the audit trail");
    }
}
