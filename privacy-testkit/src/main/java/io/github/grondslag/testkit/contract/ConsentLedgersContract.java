package io.github.grondslag.testkit.contract;

import io.github.grondslag.domain.port.ConcurrentChange;
import io.github.grondslag.domain.port.ConsentLedgers;
import io.github.grondslag.domain.subject.Channel;
import io.github.grondslag.domain.subject.ConsentEvent;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every consent store must do. Implement this interface in a test of your adapter, give
 * {@link #newStore()}, and the tests run against it.
 */
public interface ConsentLedgersContract {

    /** A new, empty store. */
    ConsentLedgers newStore();

    private static ConsentLedger withEvents(SubjectId subject, String purpose, int count) {
        List<ConsentEvent> events = List.range(0, count).map(i -> i % 2 == 0
                ? (ConsentEvent) new ConsentEvent.Given(Instant.ofEpochSecond(1_700_000_000L + i), Option.none(),
                Channel.WEB_FORM, "evidence-" + i)
                : new ConsentEvent.Withdrawn(Instant.ofEpochSecond(1_700_000_000L + i), Channel.EMAIL));
        return new ConsentLedger(subject, purpose, events);
    }

    @Test
    default void anUnknownLedgerIsEmptyAtVersionZero() {
        ConsentLedger ledger = newStore().ledger(SubjectId.of("s-1"), "p");
        assertEquals(0, ledger.version());
        assertTrue(ledger.events().isEmpty());
    }

    @Test
    default void aSavedLedgerIsReadBackEqual() {
        ConsentLedgers store = newStore();
        ConsentLedger ledger = withEvents(SubjectId.of("s-1"), "p", 1);
        assertEquals(Either.right(ledger), store.save(ledger, 0));
        assertEquals(ledger, store.ledger(SubjectId.of("s-1"), "p"));
    }

    @Test
    default void aWriteOnAStaleVersionIsRefusedAndLosesNothing() {
        ConsentLedgers store = newStore();
        SubjectId subject = SubjectId.of("s-1");
        ConsentLedger first = withEvents(subject, "p", 2);
        store.save(first, 0);
        Either<ConcurrentChange, ConsentLedger> stale = store.save(withEvents(subject, "p", 1), 0);
        assertTrue(stale.isLeft());
        assertEquals(0, stale.getLeft().expected());
        assertEquals(2, stale.getLeft().actual());
        assertEquals(first, store.ledger(subject, "p"));
    }

    @Test
    default void ledgersAreKeptPerSubjectAndPurpose() {
        ConsentLedgers store = newStore();
        store.save(withEvents(SubjectId.of("a"), "p", 1), 0);
        store.save(withEvents(SubjectId.of("a"), "q", 2), 0);
        store.save(withEvents(SubjectId.of("b"), "p", 3), 0);
        assertEquals(List.of("p", "q"), store.ledgers(SubjectId.of("a")).map(ConsentLedger::purposeId).sorted());
        assertEquals(3, store.ledger(SubjectId.of("b"), "p").version());
    }

    @Test
    default void ofManyConcurrentWritersOnTheSameVersionExactlyOneWins() throws Exception {
        ConsentLedgers store = newStore();
        SubjectId subject = SubjectId.of("s-1");
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            java.util.List<Future<Either<ConcurrentChange, ConsentLedger>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int n = i + 1;
                results.add(pool.submit(() -> {
                    start.await();
                    return store.save(withEvents(subject, "p", n), 0);
                }));
            }
            start.countDown();
            int wins = 0;
            for (Future<Either<ConcurrentChange, ConsentLedger>> r : results) {
                wins += r.get(10, TimeUnit.SECONDS).isRight() ? 1 : 0;
            }
            assertEquals(1, wins);
        } finally {
            pool.shutdownNow();
        }
    }
}
