package io.github.grondslag.testkit.bench;

import io.github.grondslag.adapters.json.store.JournalStore;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * What the store benchmarks share: where their files go, the consent changes they commit, and the
 * loading of a store with many subjects. Subject {@code i} has consent for {@value #VITALITY}; an odd
 * {@code i} has it for {@value #PUBLICATION} as well (1.5 ledgers per subject), each with one audit
 * entry, as {@code ConsentUseCases.give} would have written them.
 */
final class BenchStores {

    static final Instant GIVEN_AT = Instant.parse("2026-06-01T10:00:00Z");
    static final String VITALITY = "vgz-vitality";
    static final String PUBLICATION = "vgz-publication";
    private static final List<Citation> CONSENT_RULES = List.of(Citation.avg("7(1)"));
    private static final String ZEROS = "0".repeat(64);

    private BenchStores() {
    }

    // --- files ---

    /** A new directory under {@code java.io.tmpdir}: the file system the measured files live on. */
    static Path tempDirectory(String prefix) {
        try {
            return Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A directory for files whose writing is not measured (a journal generated in setup, then copied to
     * {@link #tempDirectory}): {@code /dev/shm} when there is one, where a force costs nothing.
     */
    static Path scratchDirectory(String prefix) {
        Path shm = Path.of("/dev/shm");
        try {
            if (Files.isDirectory(shm) && Files.isWritable(shm)) {
                return Files.createTempDirectory(shm, prefix);
            }
        } catch (IOException e) {
            // fall back to the temporary directory
        }
        return tempDirectory(prefix);
    }

    static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a file and forces the copy, so that no write-back of it runs during a measurement. */
    static void copyAndForce(Path from, Path to) {
        try {
            Files.copy(from, to);
            try (FileChannel c = FileChannel.open(to, StandardOpenOption.WRITE)) {
                c.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- changes ---

    static SubjectId subject(long i) {
        return SubjectId.of("subject-" + i);
    }

    /** A distinct pseudonym per {@code i} in the format of {@code Pseudonyms.of} (64 hex digits), cheaply. */
    static SubjectRef ref(long i) {
        String hex = Long.toHexString(i);
        return new SubjectRef(ZEROS.substring(hex.length()) + hex);
    }

    static ConsentLedger given(SubjectId subject, String purposeId, String evidence) {
        return new ConsentLedger(subject, purposeId, List.of(new ConsentEvent.Given(GIVEN_AT, Option.none(),
                Channel.PORTAL, evidence)));
    }

    static AuditEntry consentGiven(long i, String purposeId) {
        return AuditEntry.ofPurpose(GIVEN_AT, AuditAction.CONSENT_GIVEN, Outcome.DONE, ref(i), Option.some(purposeId),
                CONSENT_RULES);
    }

    /** One event: consent of a new subject (version 0), one {@code Given} and its audit entry. */
    static Change consentOfANewSubject(long i) {
        return Change.of(new Write.Consent(given(subject(i), VITALITY, "form-" + i), 0), consentGiven(i, VITALITY));
    }

    /** The ledgers subject {@code i} has after {@link #load}, in the order {@code ledgers(subject)} gives them. */
    static List<ConsentLedger> ledgersOf(long i) {
        SubjectId s = subject(i);
        List<ConsentLedger> one = List.of(given(s, VITALITY, "form-" + i));
        return i % 2 == 1 ? one.append(given(s, PUBLICATION, "form-" + i + "-p")).sortBy(ConsentLedger::purposeId)
                : one;
    }

    /**
     * Commits the ledgers of subjects {@code ids[0..]} ({@link #ledgersOf}), {@code batch} subjects per
     * change, each ledger with its audit entry.
     */
    static void load(JournalStore store, SubjectId[] ids, int batch) {
        for (int from = 0; from < ids.length; from += batch) {
            ArrayList<Write> writes = new ArrayList<>();
            ArrayList<AuditEntry> audit = new ArrayList<>();
            for (int i = from; i < Math.min(ids.length, from + batch); i++) {
                writes.add(new Write.Consent(given(ids[i], VITALITY, "form-" + i), 0));
                audit.add(consentGiven(i, VITALITY));
                if (i % 2 == 1) {
                    writes.add(new Write.Consent(given(ids[i], PUBLICATION, "form-" + i + "-p"), 0));
                    audit.add(consentGiven(i, PUBLICATION));
                }
            }
            if (store.commit(new Change(List.ofAll(writes), List.ofAll(audit), List.empty())).isLeft()) {
                throw new IllegalStateException("a batch of new subjects was refused");
            }
        }
    }

    static SubjectId[] subjects(int n) {
        SubjectId[] ids = new SubjectId[n];
        for (int i = 0; i < n; i++) {
            ids[i] = subject(i);
        }
        return ids;
    }

    /** The heap in use after full collections, in bytes. */
    static long usedHeapAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** The write system calls of this process so far ({@code syscw} of /proc/self/io), or -1. */
    static long writeSyscalls() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/io"))) {
                if (line.startsWith("syscw:")) {
                    return Long.parseLong(line.substring(6).trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: not reported
        }
        return -1;
    }
}
