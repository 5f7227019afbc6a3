package io.github.grondslag.adapters.postgres;

import io.github.grondslag.domain.port.Change;
import io.github.grondslag.domain.port.Write;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.subject.SubjectState;
import io.vavr.collection.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deadlocks and serialization failures, made by PostgreSQL itself: a commit that loses one is tried again
 * and lands; one that loses every try is reported, having written nothing.
 *
 * <p>A deadlock: the commit holds the row of ledger X; another transaction holds subject state Y and waits for
 * X; then, in the commit's transaction just before its COMMIT, the hook asks for Y. PostgreSQL finds the circle
 * after {@code deadlock_timeout} (200 ms here; the other transaction waits with 60 s, so the commit is the one
 * it cancels) and fails the commit's statement with SQLState 40P01.
 */
class DeadlockTest {

    private Pool pool;
    private Connection other;
    private int otherPid;
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private CompletableFuture<Void> waiting = CompletableFuture.completedFuture(null);

    @BeforeEach
    void seed() throws SQLException {
        pool = TestPostgres.pool(TestPostgres.migratedSchema());
        PostgresStore plain = new PostgresStore(pool);
        assertTrue(plain.commit(Changes.consent("x", "p", 0, "n-0")).isRight());
        assertTrue(plain.commit(new Change(List.of(new Write.State(new SubjectState(SubjectId.of("y"), List.empty(),
                List.empty(), 1), 0)), List.empty(), List.empty())).isRight());
        other = pool.getConnection();
        other.setAutoCommit(false);
        try (Statement st = other.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            otherPid = rs.getInt(1);
        }
        other.commit();
    }

    @AfterEach
    void close() throws Exception {
        waiting.get(30, TimeUnit.SECONDS);
        other.close();
        thread.shutdownNow();
        pool.close();
    }

    /** In the commit's transaction: the circle X → Y → X, which PostgreSQL breaks by failing this statement. */
    private void deadlock(Connection commit) throws SQLException {
        waiting.join();
        try (Statement st = other.createStatement()) {
            st.execute("SET LOCAL deadlock_timeout = '60s'");
            st.execute("UPDATE subject_state SET version = version WHERE subject_id = 'y'");
        }
        waiting = CompletableFuture.runAsync(() -> {
            try (Statement st = other.createStatement()) {
                st.execute("UPDATE consent_ledger SET version = version WHERE subject_id = 'x'");
                other.rollback();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }, thread);
        awaitLockWait(otherPid);
        try (Statement st = commit.createStatement()) {
            st.execute("UPDATE subject_state SET version = version WHERE subject_id = 'y'");
        }
    }

    private static void awaitLockWait(int pid) throws SQLException {
        try (Connection admin = TestPostgres.admin().getConnection();
             PreparedStatement ps = admin.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE pid = ?"
                     + " AND wait_event_type = 'Lock'")) {
            ps.setInt(1, pid);
            for (int i = 0; i < 1000; i++) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 1) {
                        return;
                    }
                }
                Thread.onSpinWait();
            }
        }
        throw new IllegalStateException("the other transaction never waited");
    }

    @Test
    void aCommitThatLosesADeadlockIsTriedAgainAndLandsOnce() throws SQLException {
        AtomicInteger attempts = new AtomicInteger();
        PostgresStore store = new PostgresStore(pool, (c, attempt) -> {
            attempts.set(attempt);
            if (attempt == 1) {
                deadlock(c);
            }
        });
        assertTrue(store.commit(Changes.consent("x", "p", 1, "n-1")).isRight());
        assertEquals(2, attempts.get(), "tried twice");
        assertEquals(2, store.ledger(SubjectId.of("x"), "p").version(), "written once");
        assertEquals(2, store.verify().entries(), "one audit entry of it");
        assertTrue(store.verify().intact());
        assertEquals(List.of("n-0", "n-1"), store.pending().map(n -> n.id()));
    }

    @Test
    void aCommitThatLosesEveryTryIsReportedAndWritesNothing() throws SQLException {
        AtomicInteger attempts = new AtomicInteger();
        PostgresStore store = new PostgresStore(pool, (c, attempt) -> {
            attempts.set(attempt);
            deadlock(c);
        });
        PostgresStoreException e = assertThrows(PostgresStoreException.class,
                () -> store.commit(Changes.consent("x", "p", 1, "n-1")));
        assertEquals(PostgresStore.MAX_ATTEMPTS, attempts.get());
        assertEquals("40P01", e.sqlState().orElseThrow());
        assertFalse(e.outcomeUnknown());
        assertTrue(e.getMessage().contains("failed " + PostgresStore.MAX_ATTEMPTS + " times"), e.getMessage());
        assertEquals(1, store.ledger(SubjectId.of("x"), "p").version(), "nothing written");
        assertEquals(1, store.verify().entries());
        assertEquals(List.of("n-0"), store.pending().map(n -> n.id()));
    }

    @Test
    void aSerializationFailureIsTriedAgain() {
        AtomicInteger attempts = new AtomicInteger();
        PostgresStore store = new PostgresStore(pool, (c, attempt) -> {
            attempts.set(attempt);
            if (attempt < 3) {
                // what PostgreSQL raises at REPEATABLE READ or SERIALIZABLE, which a DBA may make the default
                try (Statement st = c.createStatement()) {
                    st.execute("DO $$ BEGIN RAISE EXCEPTION 'could not serialize access'"
                            + " USING ERRCODE = 'serialization_failure'; END $$");
                }
            }
        });
        assertTrue(store.commit(Changes.consent("x", "p", 1, "n-1")).isRight());
        assertEquals(3, attempts.get());
        assertEquals(2, store.ledger(SubjectId.of("x"), "p").version());
        assertEquals(2, store.verify().entries());
    }
}
