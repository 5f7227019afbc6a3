package io.github.grondslag.adapters.postgres;

import io.github.grondslag.domain.subject.SubjectId;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * db/grants/application_role.sql, applied to a role: the application appends to the audit trail and reads
 * it, and cannot change or remove an entry (AVG 5(2)); the triggers of the migration refuse it to the owner.
 */
class GrantsTest {

    /** The script as psql would run it with {@code -v app_role=... -v schema=...}. */
    static void grant(String schema, String role) throws IOException {
        String script;
        try (InputStream in = PostgresStore.class.getResourceAsStream("/db/grants/application_role.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String sql = Arrays.stream(script.split("\n")).filter(l -> !l.startsWith("--"))
                .collect(Collectors.joining("\n"))
                .replace(":\"app_role\"", '"' + role + '"').replace(":\"schema\"", '"' + schema + '"');
        TestPostgres.execute(Arrays.stream(sql.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .toArray(String[]::new));
    }

    @Test
    void theApplicationRoleAppendsAndReadsTheAuditTrailButCannotUpdateDeleteOrTruncateIt() throws Exception {
        String schema = TestPostgres.migratedSchema();
        String role = "app_" + schema;
        TestPostgres.execute("CREATE ROLE " + role + " LOGIN");
        grant(schema, role);
        PGSimpleDataSource asApplication = TestPostgres.dataSource(schema, role);

        PostgresStore store = new PostgresStore(asApplication);
        assertTrue(store.commit(Changes.consent("s", "p", 0, "n-1")).isRight(), "the role inserts");
        assertTrue(store.commit(Changes.consent("s", "p", 1, "n-2")).isRight());
        store.markSent("n-1");
        store.put(io.vavr.collection.List.empty());
        assertEquals(2, store.ledger(SubjectId.of("s"), "p").version());
        assertEquals(2, store.entriesOf(Changes.REF).size(), "the role reads");
        assertTrue(store.verify().intact());

        try (Connection c = asApplication.getConnection(); Statement st = c.createStatement()) {
            assertEquals(2, Changes.count(c, "SELECT count(*) FROM audit_entry"));
            for (String forbidden : new String[] {
                    "UPDATE audit_entry SET outcome = 'REJECTED' WHERE sequence = 1",
                    "DELETE FROM audit_entry WHERE sequence = 2",
                    "TRUNCATE audit_entry CASCADE",
                    "UPDATE audit_citation SET provision = '6(1)(f)'",
                    "DELETE FROM audit_citation",
                    "TRUNCATE audit_citation",
                    "DELETE FROM audit_head",
                    "INSERT INTO audit_head (only_row, sequence, hash) VALUES (false, 0, repeat('0', 64))",
                    "CREATE TABLE my_own (x int)",
                    "DROP TABLE audit_entry"}) {
                SQLException e = assertThrows(SQLException.class, () -> st.execute(forbidden), forbidden);
                assertTrue(e.getSQLState().equals("42501"), forbidden + ": " + e.getSQLState());
            }
        }
        assertTrue(store.verify().intact(), "the trail is as it was");
        assertEquals(2, store.verify().entries());
    }

    @Test
    void evenTheOwnerCannotChangeAnAuditEntryWhileTheTriggersStand() {
        String schema = TestPostgres.migratedSchema();
        try (Pool pool = TestPostgres.pool(schema)) {
            PostgresStore store = new PostgresStore(pool);
            assertTrue(store.commit(Changes.consent("s", "p", 0, "n")).isRight());
            try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
                for (String forbidden : new String[] {"UPDATE audit_entry SET outcome = 'REJECTED'",
                        "DELETE FROM audit_entry", "TRUNCATE audit_entry CASCADE", "DELETE FROM audit_citation"}) {
                    SQLException e = assertThrows(SQLException.class, () -> st.execute(forbidden), forbidden);
                    assertEquals("42501", e.getSQLState(), forbidden);
                }
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
            assertTrue(store.verify().intact());
        }
    }
}
