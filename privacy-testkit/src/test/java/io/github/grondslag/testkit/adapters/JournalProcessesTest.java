package io.github.grondslag.testkit.adapters;

import io.github.grondslag.adapters.json.store.JournalStore;
import io.github.grondslag.adapters.json.store.StoreError;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.testkit.adapters.JournalWriter.Ack;
import io.github.grondslag.testkit.adapters.JournalWriter.Child;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * One writing process per directory (docs/stores.md): while a child JVM ({@link JournalWriter}) writes
 * a store, opening it here or in a second child fails with a clear {@link StoreError} and disturbs
 * nothing of the writer; the same directory opened twice in one process, also through a symbolic link,
 * is a clear error too (never an {@code OverlappingFileLockException}), and the first store keeps its
 * lock.
 */
class JournalProcessesTest {

    private static final String ANOTHER_PROCESS = "is open in another process";
    private static final String THIS_PROCESS = "is open already in this process";

    @TempDir
    Path root;

    @Test
    void whileAProcessWritesTheStoreOpeningItElsewhereFailsClearlyAndTheWriterGoesOnUndisturbed() throws Exception {
        Path dir = root.resolve("store");
        Path link = Files.createSymbolicLink(root.resolve("link"), root.resolve("store"));
        Child writer = Child.start(dir, 0, 4, root.resolve("writer"));
        Child second = Child.start(dir, 1, 4, root.resolve("second"));
        int exit;
        try {
            writer.go();
            assertTrue(writer.awaitAcks(50, 60_000), () -> "the writer acknowledges writes: " + writer.stderrText());
            for (int attempt = 0; attempt < 10; attempt++) {
                int before = writer.ackCount();
                Path path = attempt % 2 == 0 ? dir : link;
                refused(() -> JournalStore.open(path), ANOTHER_PROCESS, "opening " + path + " here");
                assertTrue(writer.awaitAcks(before + 50, 30_000), () -> "the writer goes on acknowledging after a"
                        + " refused open: " + writer.stderrText());
            }
            // a second process: refused, it writes nothing, and the first goes on
            second.go();
            assertEquals(JournalWriter.EXIT_OPEN_REFUSED, second.finish(), second::stderrText);
            assertTrue(second.stderrText().contains(ANOTHER_PROCESS), second::stderrText);
            assertEquals(List.of(), second.acks(), "the refused process acknowledged nothing");
            int before = writer.ackCount();
            assertTrue(writer.awaitAcks(before + 50, 30_000), "the writer goes on after a second process was refused");
            assertTrue(writer.process.isAlive(), writer::stderrText);
        } finally {
            second.process.destroyForcibly();
            exit = writer.kill();
        }
        assertEquals(137, exit, "killed, not ended by itself: " + writer.stderrText());
        assertEquals(List.of(), writer.unexpected());
        List<Ack> acks = writer.acks();
        try (JournalStore store = JournalStore.open(dir)) {
            for (Ack ack : acks) {
                ConsentLedger ledger = store.ledger(SubjectId.of(ack.subject()), ack.purpose());
                if (ledger.version() < ack.version()) {
                    fail("an acknowledged write is lost: " + ack + ", the store holds version " + ledger.version());
                }
            }
            assertTrue(store.verify().intact(), "the audit chain holds");
            assertTrue(store.verify().entries() >= acks.size(), "an audit entry per acknowledged write");
        }
        System.out.println("JournalProcessesTest: " + acks.size() + " writes acknowledged around 10 refused opens"
                + " here and one in a second process, none lost");
    }

    @Test
    void theSameDirectoryOpenedTwiceInThisProcessAlsoThroughASymbolicLinkIsAClearErrorAndTheFirstKeepsItsLock()
            throws Exception {
        Path dir = root.resolve("store");
        Files.createDirectories(dir);
        Path link = Files.createSymbolicLink(root.resolve("link"), dir);
        Path parentLink = Files.createSymbolicLink(root.resolve("parent-link"), root);
        List<Path> same = List.of(dir, link, parentLink.resolve("store"), dir.resolve("..").resolve("store"),
                link.resolve("."), root.resolve("link/../store"));
        Random random = new Random(7);
        try (JournalStore store = JournalStore.open(dir)) {
            for (Path other : same) {
                refused(() -> JournalStore.open(other), THIS_PROCESS, "opening " + other + " again");
            }
            // the first store goes on writing, and holds the OS lock still: another process is refused
            JournalWriter.commit(store, List.of("s-1"), random);
            Child other = Child.start(dir, 0, 1, root.resolve("other"));
            try {
                other.go();
                assertEquals(JournalWriter.EXIT_OPEN_REFUSED, other.finish(), other::stderrText);
            } finally {
                other.process.destroyForcibly();
            }
            assertTrue(other.stderrText().contains(ANOTHER_PROCESS), other::stderrText);
            JournalWriter.commit(store, List.of("s-1"), random);
        }
        // closed: it opens through the link and holds what was written; and the other way round
        try (JournalStore store = JournalStore.open(link)) {
            assertEquals(2, store.ledger(SubjectId.of("s-1"), JournalWriter.PURPOSE).version());
            for (Path other : same) {
                refused(() -> JournalStore.open(other), THIS_PROCESS, "opening " + other + " after the link");
            }
            JournalWriter.commit(store, List.of("s-1"), random);
        }
        try (JournalStore store = JournalStore.open(dir)) {
            assertEquals(3, store.ledger(SubjectId.of("s-1"), JournalWriter.PURPOSE).version());
        }
    }

    /** The call fails with a StoreError whose message says so, and with nothing else. */
    private static void refused(Executable open, String says, String what) {
        try {
            open.execute();
        } catch (StoreError e) {
            assertTrue(e.getMessage().contains(says), () -> what + ": the message says \"" + says + "\": "
                    + e.getMessage());
            return;
        } catch (Throwable e) {
            throw new AssertionError(what + ": a StoreError was expected, not " + e, e);
        }
        fail(what + ": it opened");
    }
}
