package io.github.grondslag.adapters.postgres;

import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.collection.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The connection lost in the middle of a commit (its backend ended by pg_terminate_backend, as when a server
 * restarts or a firewall cuts it): nothing of the change is written, the audit chain is intact, and the store
 * goes on with a new connection.
 */
class LostConnectionTest {

    private Pool pool;

    @BeforeEach
    void open() {
        pool = TestPostgres.pool(TestPostgres.migratedSchema());
        assertTrue(new PostgresStore(pool).commit(Changes.consent("s", "p", 0, "n-0")).isRight());
    }

    @AfterEach
    void close() {
        pool.close();
    }

    /** Ends the session of the connection from another one, and waits until it is gone. */
    static void terminate(Connection c) throws SQLException {
        int pid;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            pid = rs.getInt(1);
        }
        try (Connection admin = TestPostgres.admin().getConnection();
             PreparedStatement kill = admin.prepareStatement("SELECT pg_terminate_backend(?)");
             PreparedStatement gone = admin.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE pid = ?")) {
            kill.setInt(1, pid);
            kill.execute();
            gone.setInt(1, pid);
            for (int i = 0; i < 1000; i++) {
                try (ResultSet rs = gone.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        return;
                    }
                }
                Thread.onSpinWait();
            }
        }
        throw new IllegalStateException("the session did not end");
    }

    private void assertNothingOfTheSecondChange(PostgresStore store) {
        assertEquals(1, store.ledger(SubjectId.of("s"), "p").version(), "the write is not there");
        assertEquals(1, store.ledger(SubjectId.of("s"), "p").events().size());
        assertEquals(1, store.verify().entries(), "nor its audit entry");
        assertTrue(store.verify().intact());
        assertEquals(List.of("n-0"), store.pending().map(n -> n.id()), "nor its notice");
    }

    @Test
    void lostBetweenTheWritesAndTheCommitNothingIsWrittenAndTheStoreSaysSo() {
        PostgresStore store = new PostgresStore(pool, (c, attempt) -> {
            terminate(c);
            try (Statement st = c.createStatement()) {
                st.execute("SELECT 1"); // the next statement of the transaction
            }
        });
        PostgresStoreException e = assertThrows(PostgresStoreException.class,
                () -> store.commit(Changes.consent("s", "p", 1, "n-1")));
        assertFalse(e.outcomeUnknown(), e.getMessage());
        assertTrue(e.getMessage().contains("lost before the commit") && e.getMessage().endsWith("nothing of it was written"),
                e.getMessage());
        assertNothingOfTheSecondChange(store);

        PostgresStore again = new PostgresStore(pool);
        assertTrue(again.commit(Changes.consent("s", "p", 1, "n-1")).isRight(), "a new connection, the same change");
        assertEquals(2, again.ledger(SubjectId.of("s"), "p").version());
        assertEquals(2, again.verify().entries());
        assertTrue(again.verify().intact());
    }

    @Test
    void lostAtTheCommitTheOutcomeIsReportedUnknownAndHereNothingWasWritten() {
        PostgresStore store = new PostgresStore(pool, (c, attempt) -> terminate(c));
        PostgresStoreException e = assertThrows(PostgresStoreException.class,
                () -> store.commit(Changes.consent("s", "p", 1, "n-1")));
        assertTrue(e.outcomeUnknown(), e.getMessage());
        assertNothingOfTheSecondChange(store);
    }
}
