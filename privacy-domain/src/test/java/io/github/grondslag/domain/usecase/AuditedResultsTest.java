package io.github.grondslag.domain.usecase;

import io.github.grondslag.domain.audit.AuditEntry;
import io.github.grondslag.domain.audit.Pseudonyms;
import io.github.grondslag.domain.decision.Operation;
import io.github.grondslag.domain.port.Change;
import io.github.grondslag.domain.port.LegalHolds;
import io.github.grondslag.domain.port.NotCommitted;
import io.github.grondslag.domain.port.RecordCatalogue;
import io.github.grondslag.domain.port.TooLarge;
import io.github.grondslag.domain.port.UnitOfWork;
import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.register.Drafts;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.register.RetentionTrigger;
import io.github.grondslag.domain.retention.LegalHold;
import io.github.grondslag.domain.retention.RetentionSweep;
import io.github.grondslag.domain.retention.RetentionVerdict;
import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A result whose record the audit trail refused is not given (AVG 5(2)): a decision, an erasure
 * decision, a retention verdict. The store here refuses a commit of more audit entries than it takes
 * at once, and any entry beyond its capacity, as a store refuses a change too large to read back.
 */
class AuditedResultsTest {

    private static final String SECRET_ID = "bsn-123456782";
    private static final SubjectId SUBJECT = SubjectId.of(SECRET_ID);
    private static final Register REGISTER = Drafts.decisionRegister();
    private static final Pseudonyms PSEUDONYMS = Pseudonyms.withKey(new byte[32]);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

    /** Audit entries only; refuses a commit of more than {@code perCommit} entries or past {@code capacity}. */
    private static final class RefusingTrail implements UnitOfWork {
        final java.util.List<AuditEntry> entries = new ArrayList<>();
        /** The number of entries of each commit taken. */
        final java.util.List<Integer> commits = new ArrayList<>();
        final int perCommit;
        final int capacity;

        RefusingTrail(int perCommit, int capacity) {
            this.perCommit = perCommit;
            this.capacity = capacity;
        }

        @Override
        public Either<NotCommitted, Change> commit(Change change) {
            int n = change.audit().size();
            if (n > perCommit || entries.size() + n > capacity) {
                return Either.left(new TooLarge("the change as one write", n, Math.min(perCommit, capacity)));
            }
            entries.addAll(change.audit().toJavaList());
            commits.add(n);
            return Either.right(change);
        }
    }

    private static RecordCatalogue catalogue(int records) {
        java.util.List<PersonalRecord> all = IntStream.range(0, records).mapToObj(i -> PersonalRecord.of(
                "record-" + i, SUBJECT, "p1", List.of("contact"),
                HashMap.of(RetentionTrigger.RELATIONSHIP_ENDED, LocalDate.of(2010 + i % 20, 1, 1)))).toList();
        return new RecordCatalogue() {
            @Override
            public Stream<PersonalRecord> records() {
                return all.stream();
            }

            @Override
            public Stream<PersonalRecord> recordsOf(SubjectId subject) {
                return all.stream().filter(r -> r.subject().equals(subject));
            }
        };
    }

    private static RetentionUseCases retention(RecordCatalogue catalogue, UnitOfWork work) {
        return new RetentionUseCases(() -> REGISTER, catalogue, new LegalHolds() {
            @Override
            public List<LegalHold> covering(PersonalRecord record) {
                return List.empty();
            }

            @Override
            public Option<LegalHold> hold(String id) {
                return Option.none();
            }
        }, work, PSEUDONYMS, CLOCK, ZoneOffset.UTC);
    }

    @Test
    void aDecisionWhoseAuditEntryTheStoreRefusesIsNotGivenAndTheErrorNamesNoPersonalData() {
        RefusingTrail trail = new RefusingTrail(0, 0);
        ProcessingDecisions decisions = new ProcessingDecisions(() -> REGISTER,
                new UseCasesTest.FakeStore(), new UseCasesTest.FakeStore(), trail, PSEUDONYMS, CLOCK);

        AuditNotRecorded thrown = assertThrows(AuditNotRecorded.class,
                () -> decisions.decide(Operation.use(SUBJECT, "partners", "p1", List.of("contact"))));

        assertInstanceOf(TooLarge.class, thrown.refusal().get());
        assertTrue(thrown.getMessage().contains("5(2)"), thrown.getMessage());
        assertFalse(thrown.getMessage().contains(SECRET_ID), thrown.getMessage());
    }

    @Test
    void aDecisionIsGivenWithItsOneEntryWhenTheStoreTakesIt() {
        RefusingTrail trail = new RefusingTrail(1, 1);
        ProcessingDecisions decisions = new ProcessingDecisions(() -> REGISTER,
                new UseCasesTest.FakeStore(), new UseCasesTest.FakeStore(), trail, PSEUDONYMS, CLOCK);

        assertTrue(decisions.decide(Operation.use(SUBJECT, "partners", "p1", List.of("contact"))).isPermitted());
        assertEquals(1, trail.entries.size());
    }

    @Test
    void aSweepCommitsItsVerdictsEntriesInBatchesEachOnceAndTheLastOneShort() {
        int batch = RetentionUseCases.SWEEP_BATCH;
        RefusingTrail trail = new RefusingTrail(Integer.MAX_VALUE, Integer.MAX_VALUE);

        retention(catalogue(2 * batch + 1), trail).sweep(v -> { });

        assertEquals(java.util.List.of(batch, batch, 1), trail.commits);
        assertEquals(2 * batch + 1, trail.entries.size());
    }

    @Test
    void aSweepBatchTooLargeForOneCommitIsRecordedEntryByEntryAndEachVerdictFollowsItsEntry() {
        int records = RetentionUseCases.SWEEP_BATCH + 88;
        RefusingTrail trail = new RefusingTrail(100, Integer.MAX_VALUE);
        java.util.List<Integer> recordedAtHandOver = new ArrayList<>();

        RetentionSweep.Summary summary = retention(catalogue(records), trail)
                .sweep(v -> recordedAtHandOver.add(trail.entries.size()));

        assertEquals(records, summary.total());
        assertEquals(records, trail.entries.size(), "every verdict's entry is in the trail");
        java.util.List<Integer> oneByOne = new ArrayList<>(java.util.Collections.nCopies(RetentionUseCases.SWEEP_BATCH, 1));
        oneByOne.add(88);
        assertEquals(oneByOne, trail.commits, "the refused batch entry by entry, the last batch (88) at once");
        assertEquals(records, recordedAtHandOver.size(), "every verdict is handed over");
        for (int i = 0; i < records; i++) {
            assertTrue(recordedAtHandOver.get(i) >= i + 1, "verdict " + i + " went out before its entry was in");
        }
    }

    @Test
    void aSweepStopsAtTheFirstVerdictWhoseEntryIsRefusedAndHandsOverOnlyTheRecordedOnes() {
        int capacity = RetentionUseCases.SWEEP_BATCH + 8;
        RefusingTrail trail = new RefusingTrail(Integer.MAX_VALUE, capacity);
        java.util.List<RetentionVerdict> handedOver = new ArrayList<>();

        assertThrows(AuditNotRecorded.class,
                () -> retention(catalogue(RetentionUseCases.SWEEP_BATCH + 88), trail).sweep(handedOver::add));

        assertEquals(capacity, trail.entries.size());
        assertEquals(capacity, handedOver.size(), "exactly the verdicts whose entries were recorded");
        for (int i = 0; i < capacity; i++) {
            assertEquals("record-" + i, handedOver.get(i).recordId(), "in the catalogue's order");
        }
    }

    @Test
    void anErasureDecisionWhoseAuditEntryTheStoreRefusesEvenOnItsOwnIsNotGiven() {
        RefusingTrail trail = new RefusingTrail(2, 1);

        assertThrows(AuditNotRecorded.class, () -> retention(catalogue(3), trail).erasure(SUBJECT));
        assertEquals(1, trail.entries.size(), "the first entry alone was taken, the second refused");
    }

    @Test
    void erasureDecisionsTooManyForOneWriteAreRecordedOneByOneAndGiven() {
        RefusingTrail trail = new RefusingTrail(2, Integer.MAX_VALUE);

        assertEquals(3, retention(catalogue(3), trail).erasure(SUBJECT).size());
        assertEquals(java.util.List.of(1, 1, 1), trail.commits);
        RefusingTrail roomy = new RefusingTrail(3, 3);
        retention(catalogue(3), roomy).erasure(SUBJECT);
        assertEquals(java.util.List.of(3), roomy.commits, "one commit when the store takes them at once");
    }
}
