package io.github.grondslag.testkit.adapters;

import io.github.grondslag.adapters.json.store.JournalStore;
import io.github.grondslag.adapters.json.store.Recovery;
import io.github.grondslag.adapters.json.store.StoreError;
import io.github.grondslag.domain.audit.ChainedEntry;
import io.github.grondslag.domain.audit.Verification;
import io.github.grondslag.domain.subject.ConsentEvent;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.testkit.adapters.JournalWriter.Ack;
import io.github.grondslag.testkit.adapters.JournalWriter.Child;
import io.vavr.control.Option;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Crash safety of the journal store (docs/stores.md, "Recovery"): a child JVM ({@link JournalWriter})
 * writes through the journal on four threads and is killed with SIGKILL at a random moment; after each
 * kill the store is opened again in this JVM. No acknowledged write may be lost, nothing may be
 * unreadable, and a torn last line (found here by reading the journal independently, before the store
 * opens it) must be reported by {@link JournalStore#recovery()}, and no line that is not torn.
 *
 * <p>One directory serves every round, so recovery runs on a journal that keeps growing, and every
 * writer goes on from the versions it reads. Each round also checks that every ledger is at least at
 * the version acknowledged in any round, that the event at an acknowledged version is the one
 * acknowledged, that the audit chain is intact with one entry per event (a change is all or nothing) and
 * that the entries of earlier rounds are unchanged.
 *
 * <p>{@code -Dgrondslag.kills=N} sets the number of kills (100 by default: 50 to 85 s on two cores, with
 * the load of other builds),
 * {@code -Dgrondslag.kills.seed=S} replays the random moments of a run (the seed is in every failure
 * message; the writer's own timing is not replayed).
 *
 * <p>A SIGKILL tears a line only when it lands inside the {@code write} of a line (the kernel keeps
 * what a killed process wrote before), so torn tails are rare here; the bytes a power cut can leave are
 * the subject of {@code JournalStoreTest}. This test checks that what recovery reports matches what is
 * on disk, whichever it is.
 */
@Tag("crash")
class JournalKillTest {

    private static final int THREADS = 4;
    private static final int WRITERS = 3;
    /** Writers started ahead: each starts its JVM and warms up while the rounds before it run. */
    private static final int AHEAD = 2;
    /**
     * A writer is killed at a random moment up to this long after its first acknowledgement. It commits
     * some thousands of changes a second here (four threads, group commit), so a short window still
     * kills it while it writes, and keeps the journal small enough to be opened 200 times in a minute.
     */
    private static final int KILL_WINDOW_MICROS = 60_000;
    /** In one round of eight: a random moment up to this long after the go, mostly while it opens the store. */
    private static final int OPEN_WINDOW_MICROS = 400_000;

    @TempDir
    Path root;

    private final List<Ack> everyAck = new ArrayList<>();
    private final Map<String, Long> ackedVersion = new HashMap<>();
    private final Map<String, Long> seenVersion = new HashMap<>();
    private long auditEntries;
    private String auditHead;
    private int tornTails;
    private long openMillis;
    private long slowestOpenMillis;

    @Test
    void aWriterKilledAtRandomMomentsLosesNoAcknowledgedWriteAndEveryTornTailIsReported() throws Exception {
        int kills = Integer.getInteger("grondslag.kills", 100);
        long seed = Long.getLong("grondslag.kills.seed", System.nanoTime());
        Random random = new Random(seed);
        Path dir = root.resolve("store");
        long started = System.nanoTime();
        int roundsWithoutAck = 0;
        int cutAckLines = 0;
        long firstAckMillis = 0;
        int waitedForAck = 0;

        List<Child> children = new ArrayList<>();
        ArrayDeque<Child> ahead = new ArrayDeque<>();
        try {
            for (int round = 0; round < kills; round++) {
                while (ahead.size() < AHEAD && round + ahead.size() < kills) {
                    int r = round + ahead.size();
                    Child c = Child.start(dir, r % WRITERS, THREADS, root.resolve("writer-" + r));
                    children.add(c);
                    ahead.add(c);
                }
                String where = "round " + (round + 1) + " of " + kills + ", seed " + seed
                        + " (replay with -Dgrondslag.kills.seed=" + seed + ")";
                Child child = ahead.poll();
                long go = System.nanoTime();
                child.go();
                if (random.nextInt(8) == 0) {
                    // anywhere from the go on: while it opens the store (reads the journal), or writes
                    LockSupport.parkNanos(random.nextInt(OPEN_WINDOW_MICROS) * 1000L);
                } else {
                    if (!child.awaitAcks(1, 60_000)) {
                        fail(where + ": the writer acknowledged nothing within 60 s (alive "
                                + child.process.isAlive() + "); its stderr: " + child.stderrText());
                    }
                    firstAckMillis += (System.nanoTime() - go) / 1_000_000;
                    waitedForAck++;
                    LockSupport.parkNanos(random.nextInt(KILL_WINDOW_MICROS) * 1000L);
                }
                if (!child.process.isAlive()) {
                    fail(where + ": the writer ended by itself with exit code " + child.process.exitValue()
                            + "; its stderr: " + child.stderrText());
                }
                int exit = child.kill();
                assertEquals(137, exit, where + ": the writer was killed with SIGKILL");
                assertEquals(List.of(), child.unexpected(), where + ": the writer printed only acknowledgements");
                List<Ack> acks = child.acks();
                roundsWithoutAck += acks.isEmpty() ? 1 : 0;
                cutAckLines += child.partialLines();
                reopenAndCheck(dir, acks, where);
            }
        } finally {
            for (Child c : children) {
                c.process.destroyForcibly();
            }
        }

        // once more at the end: every acknowledged event of every round
        try (JournalStore store = JournalStore.open(dir)) {
            assertEquals(Option.none(), store.recovery().tornTail(), "nothing torn after a clean close");
            for (Ack ack : everyAck) {
                assertHolds(store, ack, "at the end, seed " + seed);
            }
            assertTrue(store.verify().intact(), "at the end: the audit chain holds");
        }
        long seconds = Math.round((System.nanoTime() - started) / 1e9);
        System.out.printf("JournalKillTest: %d kills in %d s (seed %d): %d acknowledged writes, none lost; %d torn"
                        + " tails found, each reported and cut; %d rounds killed before their first ack; %d ack lines"
                        + " cut by the kill; journal %d bytes, %d audit entries; opening took %d ms on average, %d ms"
                        + " at most; a writer's first ack came %d ms after its go on average%n", kills, seconds, seed,
                everyAck.size(), tornTails, roundsWithoutAck, cutAckLines,
                Files.size(dir.resolve(JournalStore.JOURNAL)), auditEntries, kills == 0 ? 0 : openMillis / kills,
                slowestOpenMillis, waitedForAck == 0 ? 0 : firstAckMillis / waitedForAck);
    }

    /** Opens the store after a kill and checks it against what the writers acknowledged, then closes it. */
    private void reopenAndCheck(Path dir, List<Ack> acks, String where) throws IOException {
        Path journal = dir.resolve(JournalStore.JOURNAL);
        Scan before = Scan.of(journal);
        if (before.damagedLine > 0) {
            fail(where + ": the killed writer left a damaged line " + before.damagedLine
                    + " with lines after it (a kill can only cut the end)");
        }
        JournalStore store;
        try {
            store = JournalStore.open(dir);
        } catch (StoreError e) {
            throw new AssertionError(where + ": the store did not open after the kill: " + e.getMessage(), e);
        }
        try {
            Recovery recovery = store.recovery();
            long took = recovery.took().toMillis();
            openMillis += took;
            slowestOpenMillis = Math.max(slowestOpenMillis, took);
            Option<Recovery.TornTail> expected = before.tornLine > 0
                    ? Option.some(new Recovery.TornTail(before.tornLine, before.tornBytes)) : Option.none();
            assertEquals(expected, recovery.tornTail(), where + ": the torn tail reported on open (" + journal
                    + " held " + before.size + " bytes, " + before.lines + " complete lines)");
            tornTails += recovery.tornTail().isDefined() ? 1 : 0;
            assertEquals(before.lines, recovery.journalLines(), where + ": every complete line was read");

            // every acknowledgement of this round, to the event
            for (Ack ack : acks) {
                assertHolds(store, ack, where);
                everyAck.add(ack);
                ackedVersion.merge(ack.subject(), ack.version(), Math::max);
            }
            // every ledger at least at what any round acknowledged, never below what was read before
            long events = 0;
            for (int w = 0; w < WRITERS; w++) {
                for (int t = 0; t < THREADS; t++) {
                    for (int n = 0; n < JournalWriter.SUBJECTS_PER_THREAD; n++) {
                        String subject = JournalWriter.subject(w, t, n);
                        long version = store.ledger(SubjectId.of(subject), JournalWriter.PURPOSE).version();
                        long acked = ackedVersion.getOrDefault(subject, 0L);
                        long seen = seenVersion.getOrDefault(subject, 0L);
                        if (version < acked || version < seen) {
                            fail(where + ": the ledger of " + subject + " is at version " + version
                                    + ", acknowledged up to " + acked + ", read at " + seen + " before");
                        }
                        seenVersion.put(subject, version);
                        events += version;
                    }
                }
            }
            // the audit chain: intact, one entry per event (all or nothing), and what was there stays
            Verification verification = store.verify();
            assertTrue(verification.intact(), () -> where + ": the audit chain breaks at "
                    + verification.firstBreak());
            assertEquals(events, verification.entries(), where + ": one audit entry per consent event");
            assertTrue(verification.entries() >= auditEntries + acks.size(), where + ": "
                    + verification.entries() + " audit entries after " + auditEntries + " and " + acks.size()
                    + " acknowledged writes");
            if (auditEntries > 0) {
                ChainedEntry last = store.entriesBetween(Instant.MIN, Instant.MAX).get((int) auditEntries - 1);
                assertEquals(auditHead, last.hash(), where + ": the audit entries of earlier rounds are unchanged");
            }
            auditEntries = verification.entries();
            auditHead = verification.head();
        } finally {
            store.close();
        }
        Scan after = Scan.of(journal);
        assertTrue(after.tornLine == 0 && after.damagedLine == 0, () -> where + ": after the store was opened and"
                + " closed, its journal still ends in a torn line (" + after.tornLine + ") or holds a damaged one ("
                + after.damagedLine + ")");
    }

    /** The ledger holds the acknowledged event at its version: a Given with that evidence, or a withdrawal. */
    private static void assertHolds(JournalStore store, Ack ack, String where) {
        ConsentLedger ledger = store.ledger(SubjectId.of(ack.subject()), ack.purpose());
        if (ledger.version() < ack.version()) {
            fail(where + ": an acknowledged write is lost: " + ack.subject() + " " + ack.purpose() + " version "
                    + ack.version() + " was acknowledged, the store holds version " + ledger.version());
        }
        ConsentEvent event = ledger.events().get((int) ack.version() - 1);
        String token = event instanceof ConsentEvent.Given g ? JournalWriter.crc(g.evidenceReference()) : "withdrawn";
        assertEquals(ack.token(), token, () -> where + ": the event at version " + ack.version() + " of "
                + ack.subject() + " is not the one acknowledged");
    }

    /**
     * The journal read as the store's format says ({@code crc32 json\n}), without the store: its complete
     * lines with a matching checksum, a torn last line (cut short, or failing its checksum), or a damaged
     * line with lines after it.
     */
    private record Scan(long size, long lines, long tornLine, long tornBytes, long damagedLine) {

        static Scan of(Path journal) throws IOException {
            if (!Files.exists(journal)) {
                return new Scan(0, 0, 0, 0, 0);
            }
            byte[] all = Files.readAllBytes(journal);
            int start = 0;
            long number = 0;
            long good = 0;
            while (start < all.length) {
                number++;
                int newline = start;
                while (newline < all.length && all[newline] != '\n') {
                    newline++;
                }
                if (newline == all.length) {
                    return new Scan(all.length, good, number, all.length - start, 0);
                }
                if (!checksumMatches(all, start, newline)) {
                    return newline == all.length - 1 ? new Scan(all.length, good, number, all.length - start, 0)
                            : new Scan(all.length, good, 0, 0, number);
                }
                good++;
                start = newline + 1;
            }
            return new Scan(all.length, good, 0, 0, 0);
        }

        private static boolean checksumMatches(byte[] bytes, int start, int end) {
            if (end - start < 10 || bytes[start + 8] != ' ') {
                return false;
            }
            long expected;
            try {
                expected = Long.parseLong(new String(bytes, start, 8, StandardCharsets.US_ASCII), 16);
            } catch (NumberFormatException e) {
                return false;
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, start + 9, end - start - 9);
            return crc.getValue() == expected;
        }
    }
}
