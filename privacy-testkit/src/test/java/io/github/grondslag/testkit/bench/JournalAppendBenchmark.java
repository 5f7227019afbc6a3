package io.github.grondslag.testkit.bench;

import io.github.grondslag.adapters.json.store.JournalStore;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Durable appends by 8 writer threads (docs/performance.md): a commit of one consent change through the
 * {@link JournalStore} (a new subject each time, version 0, one {@code Given} and one audit entry),
 * against the least a durable append can do, a line of the same number of bytes appended to a
 * {@link FileChannel} and forced, with the same group commit as the store (writers enqueue their
 * bytes; one of them writes and forces all that is waiting, the others wait for it), so both run at
 * the batch size that the same 8 writers reach on the same disk. For context: each line forced on its
 * own (no batching), and the same group commit with the force outside the monitor (the store forces
 * while holding the monitor its followers wait on, so a follower whose line is already durable waits
 * for the next force as well). Every file lies under {@code java.io.tmpdir}.
 *
 * <p>At the end of each iteration a line reports the appends, the {@code write} system calls
 * (/proc/self/io: one per forced batch, the store and the baseline both gather a batch into one
 * {@code writev}) and so the appends per force.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class JournalAppendBenchmark {

    /** Counts the appends and write system calls of one iteration. */
    abstract static class Counted {
        final AtomicLong appends = new AtomicLong();
        private final String label;
        private long appendsBefore;
        private long syscallsBefore;

        Counted(String label) {
            this.label = label;
        }

        @Setup(Level.Iteration)
        public void startCounting() {
            appendsBefore = appends.get();
            syscallsBefore = BenchStores.writeSyscalls();
        }

        @TearDown(Level.Iteration)
        public void report() {
            long n = appends.get() - appendsBefore;
            long calls = BenchStores.writeSyscalls() - syscallsBefore;
            System.out.printf("%n  [%s] %d appends, %d write syscalls: %.1f appends per force%n",
                    label, n, calls, calls > 0 ? (double) n / calls : Double.NaN);
        }
    }

    @State(Scope.Benchmark)
    public static class Store extends Counted {
        Path directory;

        public Store() {
            super("store");
        }

        JournalStore store;

        @Setup(Level.Trial)
        public void open() {
            directory = BenchStores.tempDirectory("bench-append-store");
            store = JournalStore.open(directory);
        }

        @TearDown(Level.Trial)
        public void close() {
            System.out.printf("%n  journal: %d lines, %.1f bytes per line%n", appends.get(),
                    (double) BenchStores.size(directory.resolve(JournalStore.JOURNAL)) / appends.get());
            store.close();
            BenchStores.delete(directory);
        }
    }

    /** A plain file with the store's group commit, and the line the store writes for one such change. */
    @State(Scope.Benchmark)
    public static class PlainFile extends Counted {
        Path directory;
        FileChannel channel;
        byte[] line;
        final Object lock = new Object();
        final Object flushLock = new Object();
        /** Guarded by {@link #lock}. */
        ArrayList<ByteBuffer> pending = new ArrayList<>();
        /** Guarded by {@link #lock}. */
        long appended;
        volatile long durable;
        /** Whether a writer is forcing, for {@link #appendDurablyForcingOutsideTheMonitor}; guarded by {@link #flushLock}. */
        boolean flushing;

        public PlainFile() {
            super("file");
        }

        @Setup(Level.Trial)
        public void open() throws IOException {
            line = new byte[storeLineBytes()];
            java.util.Arrays.fill(line, (byte) 'x');
            line[line.length - 1] = '\n';
            System.out.printf("%n  baseline line: %d bytes (the store's mean line for this change)%n", line.length);
            directory = BenchStores.tempDirectory("bench-append-file");
            channel = FileChannel.open(directory.resolve("plain.jsonl"), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        }

        /** The mean size of the store's journal line for a consent change of a new subject. */
        private static int storeLineBytes() {
            Path dir = BenchStores.scratchDirectory("bench-append-size");
            int n = 1000;
            try (JournalStore s = JournalStore.open(dir)) {
                for (int i = 0; i < n; i++) {
                    s.commit(BenchStores.consentOfANewSubject(100_000 + i));
                }
                return (int) Math.round((double) BenchStores.size(dir.resolve(JournalStore.JOURNAL)) / n);
            } finally {
                BenchStores.delete(dir);
            }
        }

        /** The store's group commit: enqueue under the lock, then write and force all that waits. */
        void appendDurably() throws IOException {
            long ticket;
            synchronized (lock) {
                pending.add(ByteBuffer.wrap(line));
                ticket = ++appended;
            }
            if (durable >= ticket) {
                return;
            }
            synchronized (flushLock) {
                if (durable >= ticket) {
                    return;
                }
                ArrayList<ByteBuffer> batch;
                long upTo;
                synchronized (lock) {
                    batch = pending;
                    pending = new ArrayList<>();
                    upTo = appended;
                }
                ByteBuffer[] buffers = batch.toArray(new ByteBuffer[0]);
                long remaining = (long) buffers.length * line.length;
                while (remaining > 0) {
                    remaining -= channel.write(buffers);
                }
                channel.force(false);
                durable = upTo;
            }
        }

        /**
         * The same group commit, but the force runs outside the monitor: a writer whose line another has
         * made durable learns it from {@code notifyAll} at once, instead of waiting for the monitor while
         * the next writer forces.
         */
        void appendDurablyForcingOutsideTheMonitor() throws IOException, InterruptedException {
            long ticket;
            synchronized (lock) {
                pending.add(ByteBuffer.wrap(line));
                ticket = ++appended;
            }
            synchronized (flushLock) {
                while (true) {
                    if (durable >= ticket) {
                        return;
                    }
                    if (!flushing) {
                        flushing = true;
                        break;
                    }
                    flushLock.wait();
                }
            }
            long upTo = durable;
            try {
                ArrayList<ByteBuffer> batch;
                synchronized (lock) {
                    batch = pending;
                    pending = new ArrayList<>();
                    upTo = appended;
                }
                ByteBuffer[] buffers = batch.toArray(new ByteBuffer[0]);
                long remaining = (long) buffers.length * line.length;
                while (remaining > 0) {
                    remaining -= channel.write(buffers);
                }
                channel.force(false);
            } finally {
                synchronized (flushLock) {
                    durable = upTo;
                    flushing = false;
                    flushLock.notifyAll();
                }
            }
        }

        /** One write and one force per line, one line at a time. */
        void appendAndForceAlone() throws IOException {
            synchronized (flushLock) {
                ByteBuffer b = ByteBuffer.wrap(line);
                while (b.hasRemaining()) {
                    channel.write(b);
                }
                channel.force(false);
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            BenchStores.delete(directory);
        }
    }

    @Benchmark
    @Threads(8)
    public Object storeCommitOfANewSubjectsConsent(Store s) {
        long i = s.appends.incrementAndGet();
        return s.store.commit(BenchStores.consentOfANewSubject(i)).getOrElseThrow(
                why -> new IllegalStateException("refused: " + why));
    }

    @Benchmark
    @Threads(8)
    public void baselineFileGroupCommit(PlainFile f) throws IOException {
        f.appends.incrementAndGet();
        f.appendDurably();
    }

    /** Not the same batching: what the same disk gives 8 writers when the force leaves the monitor. */
    @Benchmark
    @Threads(8)
    public void contextFileGroupCommitForcingOutsideTheMonitor(PlainFile f) throws IOException,
            InterruptedException {
        f.appends.incrementAndGet();
        f.appendDurablyForcingOutsideTheMonitor();
    }

    @Benchmark
    @Threads(8)
    public void contextFileForceEachLine(PlainFile f) throws IOException {
        f.appends.incrementAndGet();
        f.appendAndForceAlone();
    }
}
