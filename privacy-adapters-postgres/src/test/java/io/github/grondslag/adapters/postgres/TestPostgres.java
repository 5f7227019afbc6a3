package io.github.grondslag.adapters.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL for every test class of the module (started on first use, stopped when the JVM ends),
 * and a schema of its own for every store: {@link #migratedSchema()} creates one and applies the migrations
 * of db/migration to it with Flyway.
 */
final class TestPostgres {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestPostgres() {
    }

    static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder()
                        // a test database: durability is not under test here, speed is
                        .setServerConfig("fsync", "off")
                        .setServerConfig("full_page_writes", "off")
                        // DeadlockTest waits this long for the server to find its deadlocks
                        .setServerConfig("deadlock_timeout", "200ms")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL did not start", e);
            }
        }
        return postgres;
    }

    /** The superuser's data source on the test database, on the given schema. */
    static PGSimpleDataSource dataSource(String schema, String user) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"localhost"});
        ds.setPortNumbers(new int[] {server().getPort()});
        ds.setDatabaseName("postgres");
        ds.setUser(user);
        ds.setCurrentSchema(schema);
        ds.setApplicationName("grondslag-test-" + schema);
        return ds;
    }

    /** The superuser's data source, outside any store's schema. */
    static DataSource admin() {
        return dataSource("public", "postgres");
    }

    /** A new, empty schema. */
    static String emptySchema() {
        String schema = "store_" + SCHEMAS.incrementAndGet();
        execute("CREATE SCHEMA " + schema);
        return schema;
    }

    /** A new schema with every migration applied by Flyway. */
    static String migratedSchema() {
        String schema = emptySchema();
        Flyway.configure().dataSource(dataSource(schema, "postgres")).schemas(schema)
                .locations("classpath:db/migration").load().migrate();
        return schema;
    }

    /** A pool of the superuser's connections on the schema. */
    static Pool pool(String schema) {
        return new Pool(dataSource(schema, "postgres"));
    }

    static void execute(String... sql) {
        try (Connection c = admin().getConnection(); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
