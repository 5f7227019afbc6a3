package io.github.grondslag.adapters.postgres;

import java.sql.SQLException;
import java.util.Optional;

/**
 * The database failed, or holds what this library cannot use: the message says what the store was doing
 * and, for a failure of PostgreSQL, its SQLState, never a value (a server message may quote a key, so it is
 * left to the cause; set the driver's {@code logServerErrorDetail=false} to keep values out of it too,
 * docs/postgres.md).
 *
 * <p>A commit that throws this wrote nothing, unless {@link #outcomeUnknown()}: the connection was lost
 * while the commit itself was under way, and the change may or may not be durable (read it back).
 */
public final class PostgresStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** PostgreSQL's SQLState of the failure, or null when it did not come from the database. */
    private final String sqlState;
    /** Whether the connection was lost while the commit was under way. */
    private final boolean outcomeUnknown;

    PostgresStoreException(String message, String sqlState, boolean outcomeUnknown, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
        this.outcomeUnknown = outcomeUnknown;
    }

    PostgresStoreException(String message) {
        this(message, null, false, null);
    }

    static PostgresStoreException of(String doing, SQLException e) {
        return new PostgresStoreException(doing + " failed" + state(e), e.getSQLState(), false, e);
    }

    static String state(SQLException e) {
        return e.getSQLState() == null ? "" : " (SQLState " + e.getSQLState() + ")";
    }

    /** {@return PostgreSQL's SQLState of the failure, if it came from the database or the driver} */
    public Optional<String> sqlState() {
        return Optional.ofNullable(sqlState);
    }

    /**
     * {@return whether a commit failed while it was being committed, so that it may have been written
     * after all}
     */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
