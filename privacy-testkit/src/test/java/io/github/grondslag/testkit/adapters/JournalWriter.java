package io.github.grondslag.testkit.adapters;

import io.github.grondslag.adapters.json.store.JournalStore;
import io.github.grondslag.adapters.json.store.StoreError;
import io.github.grondslag.domain.audit.AuditAction;
import io.github.grondslag.domain.audit.AuditEntry;
import io.github.grondslag.domain.audit.Outcome;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.port.Change;
import io.github.grondslag.domain.port.NotCommitted;
import io.github.grondslag.domain.port.Write;
import io.github.grondslag.domain.subject.Channel;
import io.github.grondslag.domain.subject.ConsentEvent;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.testkit.memory.InMemoryPrivacy;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * The child JVM of {@link JournalKillTest} and {@link JournalProcessesTest}: opens the journal store in
 * a directory and, on a few threads, commits consent events for its own subjects until it is killed.
 * After a commit is acknowledged (and only then) it prints one line to stdout per ledger it wrote,
 * {@code ack <subject> <purpose> <version> <evidence>}: the ledger's version after the commit and the
 * CRC-32 of the evidence reference of the event at that version ({@code withdrawn} for a withdrawal).
 * The evidence is mostly short, sometimes some KB, so lines differ in size; one change in
 * {@value #LARGE_CHANGE_ONE_IN} of thread 0 writes {@value #WRITES_OF_A_LARGE_CHANGE} ledgers at once.
 *
 * <p>Arguments: the store directory, the writer id, the number of threads, and optionally a scratch
 * directory to warm up in (see {@link #warmUp}). It opens the store only when the line {@code go}
 * arrives on stdin, so that its parent can start it early. Each thread writes the
 * ledgers of subjects {@code w<writer>-t<thread>-<n>} ({@code n < }{@value #SUBJECTS_PER_THREAD}) for
 * purpose {@value #PURPOSE}, a new ledger at version 0 or one event more on the version it reads from
 * the store, so a writer started again on the same directory goes on where the stored versions are.
 *
 * <p>Exit codes: 2 when the store refuses to open (its message on stderr), 3 when a commit is refused
 * or fails (it never should: every subject has one writing thread), 4 when stdin ends without a go.
 */
public final class JournalWriter {

    static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");
    static final String PURPOSE = "p";
    static final int SUBJECTS_PER_THREAD = 48;
    static final int LARGE_CHANGE_ONE_IN = 4;
    static final int WRITES_OF_A_LARGE_CHANGE = 3;
    static final int EXIT_OPEN_REFUSED = 2;
    static final int EXIT_COMMIT_FAILED = 3;
    static final int EXIT_NO_GO = 4;

    private JournalWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int writer = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        long start = System.nanoTime();
        if (args.length > 3) {
            warmUp(Path.of(args[3]));
        }
        long ready = System.nanoTime();
        // the parent says when: it starts the next writer while it checks the store after a kill
        String go = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII)).readLine();
        if (!"go".equals(go)) {
            System.err.println("no go from the parent (" + go + ")");
            System.exit(EXIT_NO_GO);
        }
        long going = System.nanoTime();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.US_ASCII);
        JournalStore store;
        try {
            store = JournalStore.open(dir);
        } catch (StoreError e) {
            System.err.println("open refused: " + e.getMessage());
            System.err.flush();
            System.exit(EXIT_OPEN_REFUSED);
            return;
        }
        System.err.println("warmed up in " + (ready - start) / 1_000_000 + " ms, waited " + (going - ready) / 1_000_000
                + " ms for the go, opened the store in " + (System.nanoTime() - going) / 1_000_000 + " ms: "
                + store.recovery());
        System.err.flush();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread worker = new Thread(() -> write(store, writer, thread, out), "writer-" + t);
            worker.start();
        }
    }

    /**
     * Writes and reads a store of its own in {@code scratch} (then deletes it), so that the classes of
     * the store and its JSON mapper are loaded before the parent says go: the time between the go and
     * the kill is spent on the store under test.
     */
    private static void warmUp(Path scratch) throws IOException {
        Random random = new Random(1);
        try (JournalStore store = JournalStore.open(scratch)) {
            for (int i = 0; i < 8; i++) {
                commit(store, java.util.List.of("warm-" + (i % 4)), random);
            }
        }
        try (JournalStore store = JournalStore.open(scratch)) {
            store.verify();
        }
        try (var files = Files.list(scratch)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.delete(f);
            }
        }
        Files.delete(scratch);
    }

    private static void write(JournalStore store, int writer, int thread, PrintStream out) {
        Random random = new Random(System.nanoTime() ^ (31L * writer + thread));
        try {
            while (true) {
                java.util.List<String> subjects = new ArrayList<>();
                int count = thread == 0 && random.nextInt(LARGE_CHANGE_ONE_IN) == 0 ? WRITES_OF_A_LARGE_CHANGE : 1;
                while (subjects.size() < count) {
                    String subject = subject(writer, thread, random.nextInt(SUBJECTS_PER_THREAD));
                    if (!subjects.contains(subject)) {
                        subjects.add(subject);
                    }
                }
                String ack = commit(store, subjects, random);
                synchronized (out) {
                    out.print(ack);
                    out.flush();
                }
            }
        } catch (Throwable e) {
            System.err.println("writer thread " + thread + " failed: " + e);
            e.printStackTrace();
            System.err.flush();
            System.exit(EXIT_COMMIT_FAILED);
        }
    }

    /**
     * One event more on each subject's ledger, on the version read from the store, each with its audit
     * entry, in one change; returns the lines that acknowledge them once the store has, and throws when
     * it refuses the change.
     */
    static String commit(JournalStore store, java.util.List<String> subjects, Random random) {
        List<Write> writes = List.empty();
        List<AuditEntry> entries = List.empty();
        StringBuilder acks = new StringBuilder();
        for (String subject : subjects) {
            ConsentLedger before = store.ledger(SubjectId.of(subject), PURPOSE);
            Instant at = AT.plusSeconds(before.version());
            ConsentEvent event;
            String token;
            AuditAction action;
            if (before.version() > 0 && random.nextInt(5) == 0) {
                event = new ConsentEvent.Withdrawn(at, Channel.EMAIL);
                token = "withdrawn";
                action = AuditAction.CONSENT_WITHDRAWN;
            } else {
                String evidence = evidence(random);
                event = new ConsentEvent.Given(at, Option.none(), Channel.WEB_FORM, evidence);
                token = crc(evidence);
                action = AuditAction.CONSENT_GIVEN;
            }
            ConsentLedger after = new ConsentLedger(before.subject(), PURPOSE, before.events().append(event));
            writes = writes.append(new Write.Consent(after, before.version()));
            entries = entries.append(AuditEntry.ofPurpose(at, action, Outcome.DONE,
                    InMemoryPrivacy.TEST_PSEUDONYMS.of(before.subject()), Option.some(PURPOSE),
                    List.of(Citation.avg("7(1)"))));
            acks.append("ack ").append(subject).append(' ').append(PURPOSE).append(' ').append(after.version())
                    .append(' ').append(token).append('\n');
        }
        Either<NotCommitted, Change> done = store.commit(new Change(writes, entries, List.empty()));
        if (done.isLeft()) {
            throw new IllegalStateException("a change of " + subjects + " was refused: " + done.getLeft());
        }
        return acks.toString();
    }

    static String subject(int writer, int thread, int n) {
        return "w" + writer + "-t" + thread + "-" + n;
    }

    /** Mostly short, one in twenty 1 to 4 KB, one in two hundred 8 to 16 KB: lines of very different sizes. */
    private static String evidence(Random random) {
        int pick = random.nextInt(200);
        int length = pick == 0 ? 8_000 + random.nextInt(8_000)
                : pick < 10 ? 1_000 + random.nextInt(3_000)
                : 8 + random.nextInt(120);
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    static String crc(String evidence) {
        CRC32 crc = new CRC32();
        crc.update(evidence.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }

    // --- the parent's side ---

    /** One acknowledged write as the child printed it. */
    record Ack(String subject, String purpose, long version, String token) {
    }

    /** A running child writer, its stdout read on a thread of its own. */
    static final class Child {
        final Process process;
        final Path stdout;
        final Path stderr;
        private final CopyOnWriteArrayList<Ack> acks = new CopyOnWriteArrayList<>();
        private final CopyOnWriteArrayList<String> unexpected = new CopyOnWriteArrayList<>();
        private final Thread reader;
        private volatile int partial;

        private Child(Process process, Path stdout, Path stderr) {
            this.process = process;
            this.stdout = stdout;
            this.stderr = stderr;
            this.reader = new Thread(this::read, "journal-writer-stdout");
            reader.setDaemon(true);
            reader.start();
        }

        /**
         * Starts {@code java JournalWriter dir writer threads} with the classpath of this JVM. Its stdout
         * goes to the file {@code <files>.out}, which a thread of this JVM follows (the pipe of a
         * {@link Process} may fail with "Stream closed" when the process dies while it is read), its
         * stderr to {@code <files>.err}.
         */
        static Child start(Path dir, int writer, int threads, Path files) throws IOException {
            java.util.List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-XX:TieredStopAtLevel=1");
            command.add("-Xshare:auto");
            command.add("-XX:+UseSerialGC");
            command.add("-Xmx256m");
            command.add("-Dslf4j.provider=org.slf4j.nop.NOPServiceProvider");
            command.add("-cp");
            command.add(classpath());
            command.add(JournalWriter.class.getName());
            command.add(dir.toString());
            command.add(Integer.toString(writer));
            command.add(Integer.toString(threads));
            command.add(files.resolveSibling(files.getFileName() + ".warm-up").toString());
            Path stdout = files.resolveSibling(files.getFileName() + ".out");
            Path stderr = files.resolveSibling(files.getFileName() + ".err");
            Files.deleteIfExists(stdout);
            Files.createFile(stdout);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.to(stdout.toFile()))
                    .redirectError(ProcessBuilder.Redirect.to(stderr.toFile()));
            return new Child(builder.start(), stdout, stderr);
        }

        /** The test classpath: surefire's own when it starts the tests through a manifest-only jar. */
        private static String classpath() {
            String surefire = System.getProperty("surefire.test.class.path");
            return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        }

        /**
         * Follows the stdout file until the process has ended and the file is read to its end. Complete
         * lines only: a line cut by the kill (no newline) is counted, never parsed.
         */
        private void read() {
            try (FileChannel in = FileChannel.open(stdout, StandardOpenOption.READ)) {
                ByteArrayOutputStream line = new ByteArrayOutputStream(128);
                ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
                boolean ended = false;
                while (true) {
                    buffer.clear();
                    int n = in.read(buffer);
                    if (n <= 0) {
                        if (ended) {
                            break;
                        }
                        // read once more after the end: what it wrote before it died is in the file
                        ended = !process.isAlive();
                        if (!ended) {
                            Thread.sleep(1);
                        }
                        continue;
                    }
                    byte[] bytes = buffer.array();
                    for (int i = 0; i < n; i++) {
                        if (bytes[i] == '\n') {
                            parse(line.toString(StandardCharsets.US_ASCII));
                            line.reset();
                        } else {
                            line.write(bytes[i]);
                        }
                    }
                }
                if (line.size() > 0) {
                    partial++;
                }
            } catch (IOException e) {
                unexpected.add("reading stdout failed: " + e);
            } catch (InterruptedException e) {
                unexpected.add("interrupted while reading stdout");
            }
        }

        private void parse(String line) {
            String[] parts = line.split(" ");
            if (parts.length == 5 && parts[0].equals("ack")) {
                try {
                    acks.add(new Ack(parts[1], parts[2], Long.parseLong(parts[3]), parts[4]));
                    return;
                } catch (NumberFormatException e) {
                    // falls through
                }
            }
            unexpected.add(line);
        }

        /** Lets the writer open the store and write (it has warmed up, or does so first). */
        void go() {
            try {
                OutputStream in = process.getOutputStream();
                in.write("go\n".getBytes(StandardCharsets.US_ASCII));
                in.close();
            } catch (IOException e) {
                throw new AssertionError("the writer did not take its go (alive " + process.isAlive() + "): "
                        + stderrText(), e);
            }
        }

        int ackCount() {
            return acks.size();
        }

        /** Waits until at least {@code n} commits are acknowledged; false on time-out or when the child ends. */
        boolean awaitAcks(int n, long timeoutMillis) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            while (acks.size() < n) {
                if (System.nanoTime() > end || !process.isAlive() && !reader.isAlive()) {
                    return acks.size() >= n;
                }
                Thread.sleep(2);
            }
            return true;
        }

        /** SIGKILL (on Linux), then everything it printed before it died. Returns the exit code. */
        int kill() throws InterruptedException {
            process.destroyForcibly();
            return finish();
        }

        /** Waits for the child to end and its stdout to be read to the end. Returns the exit code. */
        int finish() throws InterruptedException {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new AssertionError("the child writer did not end within 60 s");
            }
            reader.join(TimeUnit.SECONDS.toMillis(30));
            if (reader.isAlive()) {
                throw new AssertionError("the child writer's stdout was not read to its end within 30 s");
            }
            return process.exitValue();
        }

        java.util.List<Ack> acks() {
            return java.util.List.copyOf(acks);
        }

        java.util.List<String> unexpected() {
            return java.util.List.copyOf(unexpected);
        }

        int partialLines() {
            return partial;
        }

        String stderrText() {
            try {
                String text = Files.readString(stderr, StandardCharsets.UTF_8);
                return text.length() > 4000 ? text.substring(0, 4000) + "..." : text;
            } catch (IOException e) {
                return "(stderr unreadable: " + e + ")";
            }
        }
    }
}
