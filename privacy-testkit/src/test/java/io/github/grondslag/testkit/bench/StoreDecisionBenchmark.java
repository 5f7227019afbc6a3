package io.github.grondslag.testkit.bench;

import io.github.grondslag.adapters.json.store.JournalStore;
import io.github.grondslag.domain.decision.Decider;
import io.github.grondslag.domain.decision.Decision;
import io.github.grondslag.domain.decision.Operation;
import io.github.grondslag.domain.port.UnitOfWork;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.subject.SubjectState;
import io.github.grondslag.domain.usecase.ProcessingDecisions;
import io.github.grondslag.testkit.memory.FixedRegister;
import io.github.grondslag.testkit.memory.InMemoryPrivacy;
import io.github.grondslag.testkit.seeds.SeedRegistersAccess;
import io.vavr.collection.List;
import io.vavr.control.Either;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * {@code ProcessingDecisions.decide} through the use cases on the {@link JournalStore} holding
 * 1,000,000 subjects, against the pure {@code Decider.decide} of the same operation on the same state
 * and ledgers, in the same run (docs/performance.md). The operation is VGZ's permitted one of
 * {@link DecisionBenchmark} (an employer's contact details for {@code vgz-vitality}, consent in force),
 * for a random subject.
 *
 * <p>Every decision through the use case commits its audit entry before it answers, durably: with one
 * thread each decision waits for its own force of the journal; with 8 threads the forces are shared
 * (group commit). Two steps in between show where the time goes: the store's reads and the decision
 * (what the use case does before its commit), and the whole use case with a unit of work that
 * discards the change (the pseudonym, the audit entry, no commit).
 *
 * <p>The fork runs with {@code -Xmx4g}; the store is loaded once per trial (about 25 s) and thrown
 * away without closing it (closing would compact 1,000,000 subjects into a snapshot, about 12 s, which
 * {@link StoreReadBenchmark} reports).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class StoreDecisionBenchmark {

    static final Register VGZ = SeedRegistersAccess.vgz();
    static final Instant NOW = BenchStores.GIVEN_AT.plus(Duration.ofDays(1));
    static final List<String> DATA = List.of("contact-details");

    static Operation operation(SubjectId subject) {
        return Operation.use(subject, "employers", BenchStores.VITALITY, DATA);
    }

    @State(Scope.Benchmark)
    public static class Loaded {
        @Param({"1000000"})
        public int subjects;

        Path directory;
        JournalStore store;
        SubjectId[] ids;
        Decider decider;
        ProcessingDecisions onJournal;
        ProcessingDecisions withoutCommit;

        @Setup(Level.Trial)
        public void load() {
            ids = BenchStores.subjects(subjects);
            directory = BenchStores.tempDirectory("bench-decide");
            long start = System.nanoTime();
            store = JournalStore.open(directory);
            BenchStores.load(store, ids, StoreReadBenchmark.BATCH);
            System.out.printf("%n  loaded %,d subjects in %.1f s%n", subjects, (System.nanoTime() - start) / 1e9);
            decider = Decider.of(VGZ);
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            FixedRegister register = new FixedRegister(VGZ);
            onJournal = new ProcessingDecisions(register, store, store, store, InMemoryPrivacy.TEST_PSEUDONYMS, clock);
            UnitOfWork discard = Either::right;
            withoutCommit = new ProcessingDecisions(register, store, store, discard, InMemoryPrivacy.TEST_PSEUDONYMS,
                    clock);
            if (onJournal.decide(operation(ids[1])) != Decision.PERMITTED) {
                throw new IllegalStateException("the benchmark's operation is not permitted");
            }
        }

        SubjectId any() {
            return ids[ThreadLocalRandom.current().nextInt(ids.length)];
        }

        @TearDown(Level.Trial)
        public void discard() {
            // not closed: see the class comment; the fork ends here
            BenchStores.delete(directory);
        }
    }

    /** The pure decision's inputs for 4,096 random subjects, as the store holds them. */
    @State(Scope.Benchmark)
    public static class Inputs {
        static final int SAMPLE = 4096;
        Decider decider;
        Operation[] operations = new Operation[SAMPLE];
        SubjectState[] states = new SubjectState[SAMPLE];
        List<ConsentLedger>[] ledgers;

        @Setup(Level.Trial)
        @SuppressWarnings("unchecked")
        public void build() {
            decider = Decider.of(VGZ);
            ledgers = new List[SAMPLE];
            for (int k = 0; k < SAMPLE; k++) {
                long i = ThreadLocalRandom.current().nextInt(1_000_000);
                SubjectId s = BenchStores.subject(i);
                operations[k] = operation(s);
                states[k] = SubjectState.empty(s);
                ledgers[k] = BenchStores.ledgersOf(i);
                if (decider.decide(operations[k], states[k], ledgers[k], NOW) != Decision.PERMITTED) {
                    throw new IllegalStateException("the benchmark's operation is not permitted");
                }
            }
        }
    }

    @Benchmark
    public Decision baselinePureDecide(Inputs in) {
        int k = ThreadLocalRandom.current().nextInt(Inputs.SAMPLE);
        return in.decider.decide(in.operations[k], in.states[k], in.ledgers[k], NOW);
    }

    @Benchmark
    public Decision storeReadsThenPureDecide(Loaded l) {
        SubjectId s = l.any();
        return l.decider.decide(operation(s), l.store.state(s), l.store.ledgers(s), NOW);
    }

    @Benchmark
    public Decision useCaseWithoutCommit(Loaded l) {
        return l.withoutCommit.decide(operation(l.any()));
    }

    @Benchmark
    @Threads(1)
    public Decision useCaseOnJournal1Thread(Loaded l) {
        return l.onJournal.decide(operation(l.any()));
    }

    @Benchmark
    @Threads(8)
    public Decision useCaseOnJournal8Threads(Loaded l) {
        return l.onJournal.decide(operation(l.any()));
    }
}
