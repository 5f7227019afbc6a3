package io.github.grondslag.testkit.bench;

import io.github.grondslag.adapters.json.store.JournalStore;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.collection.List;
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
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A subject's consent ledgers read from the {@link JournalStore} at 10,000 and at 1,000,000 subjects
 * (docs/performance.md; the target is a flat read), for a random subject the store holds, against a
 * {@link java.util.HashMap} lookup among as many subjects in the same run: what any in-memory index
 * costs at that size, cache misses included. The store is loaded once per trial by commits of 2,000
 * subjects each (1.5 ledgers and 1.5 audit entries per subject); at 1,000,000 the setup reports the
 * heap the store holds per subject and the teardown how long closing (a compaction) takes.
 *
 * <p>The fork runs with {@code -Xmx4g}: the store at 1,000,000 subjects holds about 0.9 GiB.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class StoreReadBenchmark {

    /** Subjects loaded per commit. */
    static final int BATCH = 2000;

    @State(Scope.Benchmark)
    public static class Loaded {
        @Param({"10000", "1000000"})
        public int subjects;

        Path directory;
        JournalStore store;
        SubjectId[] ids;

        @Setup(Level.Trial)
        public void load() {
            ids = BenchStores.subjects(subjects);
            directory = BenchStores.tempDirectory("bench-read");
            long before = BenchStores.usedHeapAfterGc();
            long start = System.nanoTime();
            store = JournalStore.open(directory);
            BenchStores.load(store, ids, BATCH);
            long took = System.nanoTime() - start;
            long heap = BenchStores.usedHeapAfterGc() - before;
            System.out.printf("%n  loaded %,d subjects in %.1f s (journal %,d MiB); heap held by the store: %,d MiB,"
                            + " %,d bytes per subject (1.5 ledgers, 1.5 audit entries)%n", subjects, took / 1e9,
                    BenchStores.size(directory.resolve(JournalStore.JOURNAL)) >> 20, heap >> 20, heap / subjects);
        }

        @TearDown(Level.Trial)
        public void close() {
            long start = System.nanoTime();
            store.close();
            System.out.printf("%n  closing the store of %,d subjects took %.1f s (compaction when the journal"
                    + " exceeds 64 MiB)%n", subjects, (System.nanoTime() - start) / 1e9);
            BenchStores.delete(directory);
        }
    }

    @State(Scope.Benchmark)
    public static class Indexed {
        @Param({"10000", "1000000"})
        public int subjects;

        SubjectId[] ids;
        HashMap<String, Object> index;

        @Setup(Level.Trial)
        public void build() {
            ids = BenchStores.subjects(subjects);
            index = new HashMap<>(subjects * 2);
            for (SubjectId id : ids) {
                index.put(id.value(), id);
            }
        }
    }

    @Benchmark
    public List<ConsentLedger> ledgersOfARandomSubject(Loaded l) {
        return l.store.ledgers(l.ids[ThreadLocalRandom.current().nextInt(l.ids.length)]);
    }

    @Benchmark
    public Object baselineHashMapLookupOfARandomSubject(Indexed x) {
        return x.index.get(x.ids[ThreadLocalRandom.current().nextInt(x.ids.length)].value());
    }
}
