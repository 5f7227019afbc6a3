package io.github.grondslag.adapters.postgres.bench;

import io.github.grondslag.adapters.json.register.RegisterJson;
import io.github.grondslag.adapters.postgres.PostgresStore;
import io.github.grondslag.domain.audit.Pseudonyms;
import io.github.grondslag.domain.decision.Decider;
import io.github.grondslag.domain.decision.Decision;
import io.github.grondslag.domain.decision.Operation;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.subject.Channel;
import io.github.grondslag.domain.subject.ConsentEvent;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.subject.SubjectState;
import io.github.grondslag.domain.usecase.ProcessingDecisions;
import io.github.grondslag.testkit.memory.FixedRegister;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * {@code ProcessingDecisions.decide} on {@link PostgresStore} holding {@code subjects} subjects (each one consent
 * ledger, one {@code Given}, on {@code vgz-vitality} of the VGZ register in docs/registers), for a random existing
 * subject, against the pure {@code Decider.decide} of the same operation in the same run. The setup loads the
 * rows server-side (INSERT ... SELECT generate_series), ANALYZEs, and prints the EXPLAIN (ANALYZE, BUFFERS) of the
 * subject lookup of {@code ledgers(subject)}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class PostgresDecisionBenchmark {

    static final String VITALITY = "vgz-vitality";
    static final Instant GIVEN_AT = Instant.parse("2026-06-01T10:00:00Z");
    static final Instant NOW = GIVEN_AT.plus(Duration.ofDays(1));
    static final List<String> DATA = List.of("contact-details");

    static Register vgz() {
        Path dir = Path.of(System.getProperty("bench.registers", "../docs/registers"));
        return RegisterJson.read(dir.resolve("vgz-zakelijk.json"))
                .getOrElseThrow(why -> new IllegalStateException("register: " + why));
    }

    static Operation operation(SubjectId s) {
        return Operation.use(s, "employers", VITALITY, DATA);
    }

    static SubjectId subject(long i) {
        return SubjectId.of("subject-" + i);
    }

    @State(Scope.Benchmark)
    public static class Loaded {
        @Param({"1000000"})
        public int subjects;

        BenchPostgres pg;
        PostgresStore store;
        ProcessingDecisions decisions;
        Decider decider;

        @Setup(Level.Trial)
        public void load() throws SQLException {
            pg = new BenchPostgres("bench");
            long start = System.nanoTime();
            try (Connection c = pg.pool.getConnection(); Statement st = c.createStatement()) {
                st.execute("SET synchronous_commit = off");
                st.execute("INSERT INTO consent_ledger (subject_id, purpose_id, version) SELECT 'subject-' || i, '"
                        + VITALITY + "', 1 FROM generate_series(0, " + (subjects - 1) + ") i");
                st.execute("INSERT INTO consent_event (subject_id, purpose_id, position, kind, at, at_ns, channel,"
                        + " statement_version, evidence_reference) SELECT 'subject-' || i, '" + VITALITY + "', 1,"
                        + " 'GIVEN', timestamptz '2026-06-01 10:00:00+00', 0, 'PORTAL', NULL, 'form-' || i"
                        + " FROM generate_series(0, " + (subjects - 1) + ") i");
                st.execute("ANALYZE");
                st.execute("CHECKPOINT");
            }
            System.out.printf("%n  loaded %,d subjects (INSERT ... SELECT generate_series, ANALYZE, CHECKPOINT)"
                    + " in %.1f s%n", subjects, (System.nanoTime() - start) / 1e9);
            explain();
            store = new PostgresStore(pg.pool);
            Register vgz = vgz();
            decider = Decider.of(vgz);
            decisions = new ProcessingDecisions(new FixedRegister(vgz), store, store, store,
                    Pseudonyms.withKey(new byte[32]), Clock.fixed(NOW, ZoneOffset.UTC));
            if (decisions.decide(operation(subject(1))) != Decision.PERMITTED) {
                throw new IllegalStateException("the benchmark's operation is not permitted");
            }
        }

        private void explain() throws SQLException {
            String probe = "subject-" + (subjects / 2 + 7);
            try (Connection c = pg.pool.getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("EXPLAIN (ANALYZE, BUFFERS) SELECT l.purpose_id, e.kind, e.at,"
                         + " e.at_ns, e.channel, e.statement_version, e.evidence_reference FROM consent_ledger l"
                         + " LEFT JOIN consent_event e ON e.subject_id = l.subject_id AND e.purpose_id = l.purpose_id"
                         + " WHERE l.subject_id = '" + probe + "' ORDER BY l.purpose_id, e.position")) {
                System.out.println("\n  EXPLAIN (ANALYZE, BUFFERS) of ledgers(" + probe + "):");
                while (rs.next()) {
                    System.out.println("    " + rs.getString(1));
                }
            }
        }

        SubjectId any() {
            return subject(ThreadLocalRandom.current().nextInt(subjects));
        }

        @TearDown(Level.Trial)
        public void stop() {
            pg.close();
        }
    }

    @Benchmark
    @Threads(1)
    public Decision baselinePureDecide(Loaded l) {
        SubjectId s = l.any();
        ConsentLedger ledger = new ConsentLedger(s, VITALITY, List.of(new ConsentEvent.Given(GIVEN_AT, Option.none(),
                Channel.PORTAL, "form-" + s.value().substring(8))));
        return l.decider.decide(operation(s), SubjectState.empty(s), List.of(ledger), NOW);
    }

    @Benchmark
    @Threads(1)
    public Decision decideThroughTheUseCaseOnPostgres(Loaded l) {
        return l.decisions.decide(operation(l.any()));
    }
}
