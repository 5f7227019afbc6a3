package io.github.grondslag.testkit.bench;

import io.github.grondslag.adapters.json.JsonMappers;
import io.github.grondslag.adapters.json.store.JournalStore;
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

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * Recovery: {@code JournalStore.open} on a directory whose journal holds 250,000, 500,000 and 1,000,000
 * events, one commit each (a new subject's consent and its audit entry, about 670 bytes a line), and
 * no snapshot (docs/performance.md). Single shots: each invocation opens a fresh copy of the journal.
 *
 * <p>Every one of these journals is larger than the 64 MiB after which the store compacts on opening,
 * so {@link #openJournal} measures what a restart costs as the store stands: the replay of the journal
 * and then the compaction into a snapshot. The replay alone ({@code recovery().took()}) is printed after
 * each invocation.
 *
 * <p>Against it, in the same run: {@link #baselineReadCheckAndParse}, the least any recovery of this
 * file must do (read every byte, check every line's CRC-32, parse every line's JSON into a tree).
 *
 * <p>The journal is generated in setup through a store on {@code /dev/shm} (its forces cost nothing
 * there; the bytes are the same) and copied under {@code java.io.tmpdir}, where it is measured, and
 * forced before each shot. The page cache holds it: this is a restart, not a cold boot. After each
 * shot the CPU time of the benchmark's thread is printed as well: on a shared machine it varies less
 * than the wall time.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class RecoveryBenchmark {

    /** The journal of {@code events} commits, under {@code java.io.tmpdir}. */
    @State(Scope.Benchmark)
    public static class Source {
        @Param({"250000", "500000", "1000000"})
        public int events;

        Path directory;
        Path journal;
        /** The CPU time of the benchmark thread in the last shot of a benchmark that reads {@link #journal}. */
        long cpuNanos = -1;

        @Setup(Level.Trial)
        public void generate() {
            Path scratch = BenchStores.scratchDirectory("bench-recovery-gen");
            long start = System.nanoTime();
            JournalStore writer = JournalStore.open(scratch);
            for (int i = 0; i < events; i++) {
                writer.commit(BenchStores.consentOfANewSubject(i)).getOrElseThrow(
                        why -> new IllegalStateException("refused: " + why));
            }
            directory = BenchStores.tempDirectory("bench-recovery-source");
            journal = directory.resolve(JournalStore.JOURNAL);
            BenchStores.copyAndForce(scratch.resolve(JournalStore.JOURNAL), journal);
            // the writer is dropped without closing it: closing would compact its journal for nothing
            BenchStores.delete(scratch);
            System.out.printf("%n  generated a journal of %,d events in %.1f s: %,d MiB, %.0f bytes per line%n",
                    events, (System.nanoTime() - start) / 1e9, BenchStores.size(journal) >> 20,
                    (double) BenchStores.size(journal) / events);
        }

        @TearDown(Level.Invocation)
        public void report() {
            if (cpuNanos >= 0) {
                System.out.printf("%n  CPU time of the reading thread: %.2f s (%.2f us a line)%n", cpuNanos / 1e9,
                        cpuNanos / 1e3 / events);
                cpuNanos = -1;
            }
        }

        @TearDown(Level.Trial)
        public void delete() {
            BenchStores.delete(directory);
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** A fresh copy of the journal for each shot (opening compacts it). */
    @State(Scope.Benchmark)
    public static class Copy {
        Path directory;
        JournalStore opened;
        long started;
        long cpuNanos;

        @Setup(Level.Invocation)
        public void copy(Source source) {
            directory = BenchStores.tempDirectory("bench-recovery-open");
            BenchStores.copyAndForce(source.journal, directory.resolve(JournalStore.JOURNAL));
            started = System.nanoTime();
        }

        @TearDown(Level.Invocation)
        public void close() {
            if (opened != null) {
                double open = (System.nanoTime() - started) / 1e9;
                double replay = opened.recovery().took().toNanos() / 1e9;
                System.out.printf("%n  open: %.2f s = replay %.2f s (%,d journal lines, %.1f us a line)"
                                + " + compaction %.2f s; CPU time of the opening thread %.2f s%n", open, replay,
                        opened.recovery().journalLines(), replay * 1e6 / opened.recovery().journalLines(),
                        open - replay, cpuNanos / 1e9);
                opened.close();
                opened = null;
            }
            BenchStores.delete(directory);
        }
    }

    @Benchmark
    public JournalStore openJournal(Copy copy) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        copy.opened = JournalStore.open(copy.directory);
        copy.cpuNanos = THREADS.getCurrentThreadCpuTime() - cpu;
        return copy.opened;
    }

    @Benchmark
    public long baselineReadCheckAndParse(Source source) throws IOException {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long lines = 0;
        try (FileChannel in = FileChannel.open(source.journal, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(8 * 1024 * 1024);
            byte[] bytes = buffer.array();
            CRC32 crc = new CRC32();
            while (in.read(buffer) > 0 || buffer.position() > 0) {
                int filled = buffer.position();
                int start = 0;
                for (int i = 0; i < filled; i++) {
                    if (bytes[i] == '\n') {
                        long expected = Long.parseLong(new String(bytes, start, 8, StandardCharsets.US_ASCII), 16);
                        crc.reset();
                        crc.update(bytes, start + 9, i - start - 9);
                        if (crc.getValue() != expected) {
                            throw new IllegalStateException("checksum mismatch at line " + (lines + 1));
                        }
                        if (JsonMappers.LINES.readTree(bytes, start + 9, i - start - 9).isEmpty()) {
                            throw new IllegalStateException("an empty line");
                        }
                        lines++;
                        start = i + 1;
                    }
                }
                if (start == 0 && filled > 0 && in.position() == in.size()) {
                    throw new IllegalStateException("a last line without its newline");
                }
                buffer.limit(filled).position(start);
                buffer.compact();
            }
        }
        if (lines != source.events) {
            throw new IllegalStateException(lines + " lines where " + source.events + " were written");
        }
        source.cpuNanos = THREADS.getCurrentThreadCpuTime() - cpu;
        return lines;
    }
}
