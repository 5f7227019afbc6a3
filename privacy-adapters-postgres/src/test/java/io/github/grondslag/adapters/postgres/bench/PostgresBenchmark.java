package io.github.grondslag.adapters.postgres.bench;

import io.github.grondslag.adapters.postgres.PostgresStore;
import io.github.grondslag.domain.audit.AuditAction;
import io.github.grondslag.domain.audit.AuditEntry;
import io.github.grondslag.domain.audit.Outcome;
import io.github.grondslag.domain.audit.SubjectRef;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.port.Change;
import io.github.grondslag.domain.port.Write;
import io.github.grondslag.domain.subject.Channel;
import io.github.grondslag.domain.subject.ConsentEvent;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A consent save through {@link PostgresStore#commit} (a new subject, version 0, one {@code Given}, one audit
 * entry) against a plain JDBC transaction inserting the same consent rows (consent_ledger, consent_event) on the
 * same pool and server, same durability (fsync and synchronous_commit on, the defaults). Target: store ≥ 0.5× the
 * baseline's throughput.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class PostgresBenchmark {

    static final Instant AT = Instant.parse("2026-06-01T10:00:00Z");
    static final String PURPOSE = "vgz-vitality";
    static final String ZEROS = "0".repeat(64);

    @State(Scope.Benchmark)
    public static class Db {
        BenchPostgres pg;
        PostgresStore store;
        final AtomicLong next = new AtomicLong();

        @Setup(Level.Trial)
        public void start() {
            pg = new BenchPostgres("bench");
            store = new PostgresStore(pg.pool);
        }

        @TearDown(Level.Trial)
        public void stop() {
            pg.close();
        }
    }

    static Change consentOfANewSubject(long i) {
        String hex = Long.toHexString(i);
        ConsentLedger ledger = new ConsentLedger(SubjectId.of("subject-" + i), PURPOSE,
                List.of(new ConsentEvent.Given(AT, Option.none(), Channel.PORTAL, "form-" + i)));
        AuditEntry entry = AuditEntry.ofPurpose(AT, AuditAction.CONSENT_GIVEN, Outcome.DONE,
                new SubjectRef(ZEROS.substring(hex.length()) + hex), Option.some(PURPOSE),
                List.of(Citation.avg("7(1)")));
        return Change.of(new Write.Consent(ledger, 0), entry);
    }

    static void plainInsert(Db db, long i) throws SQLException {
        String subject = "plain-" + i;
        try (Connection c = db.pg.pool.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement l = c.prepareStatement(
                    "INSERT INTO consent_ledger (subject_id, purpose_id, version) VALUES (?, ?, 1)");
                 PreparedStatement e = c.prepareStatement("INSERT INTO consent_event (subject_id, purpose_id,"
                         + " position, kind, at, at_ns, channel, statement_version, evidence_reference)"
                         + " VALUES (?, ?, 1, 'GIVEN', ?, 0, 'PORTAL', NULL, ?)")) {
                l.setString(1, subject);
                l.setString(2, PURPOSE);
                l.executeUpdate();
                e.setString(1, subject);
                e.setString(2, PURPOSE);
                e.setObject(3, OffsetDateTime.ofInstant(AT, ZoneOffset.UTC));
                e.setString(4, "form-" + i);
                e.executeUpdate();
            }
            c.commit();
        }
    }

    @Benchmark
    @Threads(1)
    public Object consentSaveThroughTheStore(Db db) {
        return db.store.commit(consentOfANewSubject(db.next.incrementAndGet()))
                .getOrElseThrow(why -> new IllegalStateException("refused: " + why));
    }

    @Benchmark
    @Threads(1)
    public void baselinePlainJdbcInsert(Db db) throws SQLException {
        plainInsert(db, db.next.incrementAndGet());
    }

    @Benchmark
    @Threads(8)
    public Object consentSaveThroughTheStore8Threads(Db db) {
        return consentSaveThroughTheStore(db);
    }

    @Benchmark
    @Threads(8)
    public void baselinePlainJdbcInsert8Threads(Db db) throws SQLException {
        plainInsert(db, db.next.incrementAndGet());
    }
}
