package io.github.grondslag.adapters.postgres;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A store opens only on the schema version it knows, and the migrations need no Flyway. */
class SchemaVersionTest {

    @Test
    void aSchemaNewerThanTheLibraryIsRefusedWithAClearMessageAndLeftAlone() throws SQLException {
        String schema = TestPostgres.migratedSchema();
        TestPostgres.execute("INSERT INTO " + schema + ".schema_version (version, description) VALUES (2, 'from a newer"
                + " library')");
        try (Pool pool = TestPostgres.pool(schema)) {
            PostgresStoreException e = assertThrows(PostgresStoreException.class, () -> new PostgresStore(pool));
            assertTrue(e.getMessage().contains("schema version 2, newer than this privacy-adapters-postgres knows (1)"),
                    e.getMessage());
            try (Connection c = pool.getConnection()) {
                assertEquals(2, Changes.count(c, "SELECT max(version) FROM schema_version"), "nothing was changed");
            }
        }
    }

    @Test
    void aDatabaseWithoutTheSchemaIsRefusedWithWhatToDo() {
        try (Pool pool = TestPostgres.pool(TestPostgres.emptySchema())) {
            PostgresStoreException e = assertThrows(PostgresStoreException.class, () -> new PostgresStore(pool));
            assertTrue(e.getMessage().startsWith("no Grondslag schema") && e.getMessage().contains("db/migration"),
                    e.getMessage());
        }
    }

    @Test
    void theMigrationIsPlainSqlThatAnyToolCanApply() throws IOException, SQLException {
        String schema = TestPostgres.emptySchema();
        String sql;
        try (InputStream in = PostgresStore.class.getResourceAsStream("/db/migration/V1__grondslag_store.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Pool pool = TestPostgres.pool(schema)) {
            try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
                st.execute(sql); // as psql -f would: the whole file, no Flyway, no history table
            }
            PostgresStore store = new PostgresStore(pool);
            assertTrue(store.commit(Changes.consent("s", "p", 0, "n")).isRight());
            assertEquals(1, store.verify().entries());
        }
    }
}
