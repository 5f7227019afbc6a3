package io.github.grondslag.adapters.postgres;

import io.github.grondslag.domain.audit.AuditAction;
import io.github.grondslag.domain.port.Change;
import io.github.grondslag.domain.port.ConcurrentChange;
import io.github.grondslag.domain.port.NotCommitted;
import io.github.grondslag.domain.port.Write;
import io.github.grondslag.domain.retention.LegalHold;
import io.github.grondslag.domain.subject.RestrictionGround;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.subject.SubjectState;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two PostgresStore objects on one database, each with a pool of its own (two application servers): of
 * writers that start together from the same version, on either store, exactly one wins, in every round; the
 * others are refused with a {@link ConcurrentChange}, and the audit chain holds one entry per win.
 */
class TwoStoresTest {

    private static final int ROUNDS = 60;
    private static final int WRITERS = 8;

    /** The change of writer {@code w} in a round: what kind of aggregate depends on the round. */
    private static Change change(int round, int w, long expected) {
        String subject = "race-" + round;
        String notice = "n-" + round + "-" + w;
        Write write = switch (round % 4) {
            case 0, 1 -> new Write.Consent(Changes.ledger(subject, "p", (int) expected + 1), expected);
            case 2 -> new Write.State(SubjectState.empty(SubjectId.of(subject)).restrict("r-" + w,
                    RestrictionGround.ACCURACY_CONTESTED, Changes.AT).get(), expected);
            default -> new Write.Hold(LegalHold.onDossier("h-" + round, "dossier-" + w, LegalHold.Reason.PENDING_LAWSUIT,
                    LocalDate.of(2026, 1, 5)), expected);
        };
        return new Change(List.of(write), List.of(Changes.entry(AuditAction.CONSENT_GIVEN)),
                List.of(Changes.notice(notice, subject)));
    }

    @Test
    void ofWritersOnTwoStoresWithTheSameExpectedVersionExactlyOneWinsInEveryRound() throws Exception {
        String schema = TestPostgres.migratedSchema();
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
        try (Pool first = TestPostgres.pool(schema); Pool second = TestPostgres.pool(schema)) {
            PostgresStore[] stores = {new PostgresStore(first), new PostgresStore(second)};
            long wins = 0;
            for (int round = 0; round < ROUNDS; round++) {
                // odd consent rounds race on an existing ledger (UPDATE ... WHERE version = 1), the others on a
                // new aggregate (INSERT ... ON CONFLICT DO NOTHING)
                long expected = round % 4 == 1 ? 1 : 0;
                if (expected == 1) {
                    assertTrue(stores[0].commit(Changes.consent("race-" + round, "p", 0, "seed-" + round)).isRight());
                    wins++;
                }
                CountDownLatch start = new CountDownLatch(1);
                java.util.List<Future<Either<NotCommitted, Change>>> results = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    PostgresStore store = stores[w % 2];
                    Change change = change(round, w, expected);
                    results.add(threads.submit(() -> {
                        start.await();
                        return store.commit(change);
                    }));
                }
                start.countDown();
                int won = 0;
                for (Future<Either<NotCommitted, Change>> r : results) {
                    Either<NotCommitted, Change> result = r.get(30, TimeUnit.SECONDS);
                    if (result.isRight()) {
                        won++;
                    } else {
                        ConcurrentChange refused = (ConcurrentChange) result.getLeft();
                        assertEquals(expected, refused.expected(), "round " + round);
                        assertEquals(expected + 1, refused.actual(), "round " + round);
                    }
                }
                assertEquals(1, won, "round " + round);
                wins += won;
                final int r = round;
                assertEquals(1, stores[1].pending().count(n -> n.id().startsWith("n-" + r + "-")),
                        "the winner's notice only");
            }
            for (PostgresStore store : stores) {
                assertEquals(wins, store.verify().entries(), "one audit entry per win");
                assertTrue(store.verify().intact());
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
