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

import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * The child JVM of {@link JournalKillTest} and {@link JournalProcessesTest}: opens the journal store in
 * a directory and, on a few threads, commits consent events for its own subjects until it is killed.
 * After a commit is acknowledged (and only then) it prints one line to stdout,
 * {@code ack <subject> <purpose> <version> <evidence>}: the ledger's version after the commit and the
 * CRC-32 of the evidence reference of the event at that version ({@code withdrawn} for a withdrawal).
 *
 * <p>Arguments: the store directory, the writer id, the number of threads. Each thread writes the
 * ledgers of subjects {@code w<writer>-t<thread>-<n>} ({@code n < }{@value #SUBJECTS_PER_THREAD}) for
 * purpose {@value #PURPOSE}, a new ledger at version 0 or one event more on the version it reads from
 * the store, so a writer started again on the same directory goes on where the stored versions are.
 *
 * <p>Exit codes: 2 when the store refuses to open (its message on stderr), 3 when a commit is refused
 * or fails (it never should: every subject has one writing thread).
 */
public final class JournalWriter {

    static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");
    static final String PURPOSE = "p";
    static final int SUBJECTS_PER_THREAD = 48;
    static final int EXIT_OPEN_REFUSED = 2;
    static final int EXIT_COMMIT_FAILED = 3;

    private JournalWriter() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int writer = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
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
        System.err.println("opened: " + store.recovery());
        System.err.flush();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread worker = new Thread(() -> write(store, writer, thread, out), "writer-" + t);
            worker.start();
        }
    }

    private static void write(JournalStore store, int writer, int thread, PrintStream out) {
        Random random = new Random(System.nanoTime() ^ (31L * writer + thread));
        try {
            while (true) {
                String subject = subject(writer, thread, random.nextInt(SUBJECTS_PER_THREAD));
                ConsentLedger before = store.ledger(SubjectId.of(subject), PURPOSE);
                Instant at = AT.plusSeconds(before.version());
                ConsentEvent event;
                String token;
                if (before.version() > 0 && random.nextInt(5) == 0) {
                    event = new ConsentEvent.Withdrawn(at, Channel.EMAIL);
                    token = "withdrawn";
                } else {
                    String evidence = evidence(random);
                    event = new ConsentEvent.Given(at, Option.none(), Channel.WEB_FORM, evidence);
                    token = crc(evidence);
                }
                ConsentLedger after = new ConsentLedger(before.subject(), PURPOSE, before.events().append(event));
                AuditEntry entry = AuditEntry.ofPurpose(at, AuditAction.CONSENT_GIVEN, Outcome.DONE,
                        InMemoryPrivacy.TEST_PSEUDONYMS.of(before.subject()), Option.some(PURPOSE),
                        List.of(Citation.avg("7(1)")));
                Either<NotCommitted, Change> done = store.commit(Change.of(new Write.Consent(after,
                        before.version()), entry));
                if (done.isLeft()) {
                    System.err.println("commit refused for " + subject + " at version " + before.version() + ": "
                            + done.getLeft());
                    System.err.flush();
                    System.exit(EXIT_COMMIT_FAILED);
                }
                String ack = "ack " + subject + " " + PURPOSE + " " + after.version() + " " + token + "\n";
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

    static String subject(int writer, int thread, int n) {
        return "w" + writer + "-t" + thread + "-" + n;
    }

    /** Mostly short, one in six a few KB, one in sixty up to 24 KB: lines of very different sizes. */
    private static String evidence(Random random) {
        int pick = random.nextInt(60);
        int length = pick == 0 ? 8_000 + random.nextInt(16_000)
                : pick < 10 ? 1_000 + random.nextInt(4_000)
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

    /** One acknowledged commit as the child printed it. */
    record Ack(String subject, String purpose, long version, String token) {
    }

    /** A running child writer, its stdout read on a thread of its own. */
    static final class Child {
        final Process process;
        final Path stderr;
        private final CopyOnWriteArrayList<Ack> acks = new CopyOnWriteArrayList<>();
        private final CopyOnWriteArrayList<String> unexpected = new CopyOnWriteArrayList<>();
        private final Thread reader;
        private volatile int partial;

        private Child(Process process, Path stderr) {
            this.process = process;
            this.stderr = stderr;
            this.reader = new Thread(this::read, "journal-writer-stdout");
            reader.setDaemon(true);
            reader.start();
        }

        /** Starts {@code java JournalWriter dir writer threads} with the classpath of this JVM. */
        static Child start(Path dir, int writer, int threads, Path stderr) throws IOException {
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
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.to(stderr.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            return new Child(builder.start(), stderr);
        }

        /** The test classpath: surefire's own when it starts the tests through a manifest-only jar. */
        private static String classpath() {
            String surefire = System.getProperty("surefire.test.class.path");
            return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        }

        /** Complete lines only: a line cut by the kill (no newline) is counted, never parsed. */
        private void read() {
            try (InputStream in = process.getInputStream()) {
                ByteArrayOutputStream line = new ByteArrayOutputStream(128);
                byte[] buffer = new byte[8192];
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            parse(line.toString(StandardCharsets.US_ASCII));
                            line.reset();
                        } else {
                            line.write(buffer[i]);
                        }
                    }
                }
                if (line.size() > 0) {
                    partial++;
                }
            } catch (IOException e) {
                unexpected.add("reading stdout failed: " + e);
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
                throw new AssertionError("the child writer's stdout was not closed within 30 s of its end");
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
