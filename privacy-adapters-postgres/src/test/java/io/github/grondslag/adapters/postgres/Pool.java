package io.github.grondslag.adapters.postgres;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * A small connection pool for the tests, in the way of HikariCP (docs/postgres.md): a connection given back
 * goes to the idle list with its transaction rolled back and auto-commit on; a closed (lost) one is dropped.
 * Unbounded: the tests open at most a few dozen connections at once.
 */
public final class Pool implements DataSource, AutoCloseable {

    private final DataSource physical;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger lent = new AtomicInteger();
    private volatile Connection last;
    private volatile boolean closed;

    public Pool(DataSource physical) {
        this.physical = physical;
    }

    /** The same database and schema, a pool of its own (as after a restart). */
    Pool again() {
        return new Pool(physical);
    }

    /** How many connections are lent out now. */
    int lent() {
        return lent.get();
    }

    /** The physical connection lent last (to look at its session in a test). */
    Connection lastLent() {
        return last;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (closed) {
            throw new SQLException("the pool is closed", "08003");
        }
        Connection c;
        while ((c = idle.pollFirst()) != null && c.isClosed()) {
            // dropped: lost while idle
        }
        if (c == null) {
            c = physical.getConnection();
        }
        lent.incrementAndGet();
        last = c;
        return lend(c);
    }

    private Connection lend(Connection c) {
        boolean[] returned = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close":
                            if (!returned[0]) {
                                returned[0] = true;
                                lent.decrementAndGet();
                                giveBack(c);
                            }
                            return null;
                        case "isClosed":
                            return returned[0] || c.isClosed();
                        default:
                            if (returned[0]) {
                                throw new SQLException("the connection was given back", "08003");
                            }
                            try {
                                return method.invoke(c, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
    }

    private void giveBack(Connection c) {
        try {
            if (c.isClosed()) {
                return;
            }
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
            if (closed) {
                c.close();
            } else {
                idle.addFirst(c);
            }
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // dropped
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        Connection c;
        while ((c = idle.pollFirst()) != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // dropped
            }
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
