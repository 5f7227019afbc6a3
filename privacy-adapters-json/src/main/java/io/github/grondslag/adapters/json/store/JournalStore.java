package io.github.grondslag.adapters.json.store;

import io.github.grondslag.domain.port.NotCommitted;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import io.vavr.collection.List;

/**
 * The embedded store (docs/stores.md): every port of the domain in one directory, durable without a
 * database.
 * <ul>
 *   <li>An append-only journal ({@value #JOURNAL}) of JSON lines, one per committed step, each with a
 *       CRC-32. A commit is acknowledged only after its line is forced to disk; the lines of concurrent
 *       commits share one force (group commit).</li>
 *   <li>Indexes in memory find a subject's data without a scan; opening rebuilds them from the
 *       snapshot ({@value #SNAPSHOT}) and the journal's lines after it.</li>
 *   <li>Recovery on open: a torn last line (a write never acknowledged) is reported and cut; a damaged
 *       line with lines after it is refused, and nothing is changed.</li>
 *   <li>One writing process per directory, by an OS lock on {@value #LOCK}; a second process, or a
 *       second open in this one (also through a symbolic link), gets a clear error and disturbs
 *       nothing.</li>
 *   <li>The directory and its files are the owner's only (rwx------, rw-------), whatever the umask;
 *       no id appears in a file name.</li>
 * </ul>
 */
public final class JournalStore extends AggregateStore implements Closeable {

    /** The name of the append-only journal file in the store's directory. */
    public static final String JOURNAL = "journal.jsonl";
    /** The name of the snapshot file in the store's directory, written by {@link #compact()}. */
    public static final String SNAPSHOT = "snapshot.jsonl";
    /** The name of the lock file in the store's directory, locked by the one process that writes the store. */
    public static final String LOCK = "lock";
    /** Lines of an aggregate's events (or of audit entries) per snapshot line. */
    static final int SNAPSHOT_CHUNK = 1000;
    /** A journal larger than this is compacted into a snapshot when the store opens or closes. */
    static final long COMPACT_AFTER_BYTES = 64L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(JournalStore.class);
    /**
     * The directories open in this process, by their file key (device and inode, so that a symbolic
     * link, a bind mount or any other path to the same directory is the same key), else their real path.
     */
    private static final Set<Object> OPEN = ConcurrentHashMap.newKeySet();
    /**
     * Lock-file channels that must never be closed: on Linux, closing any descriptor of the lock file
     * drops this process's lock on it. A channel opened by an open that then failed is parked here.
     */
    private static final java.util.List<FileChannel> PARKED = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Object key;
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path directory;
    private final FileChannel lockChannel;
    private final FileLock osLock;
    private final FileChannel journal;
    private final Recovery recovery;
    private final Object flushLock = new Object();
    /** Whether a caller is forcing the journal now; guarded by {@link #flushLock}. */
    private boolean flushing;
    /** Encoded lines waiting for the next force; guarded by {@link #lock}. */
    private ArrayList<ByteBuffer> pending = new ArrayList<>();
    /** Steps handed out (the ticket of the last); guarded by {@link #lock}. */
    private long appended;
    /** The number of the last line written (snapshot and journal count on from it). */
    private long lineNumber;
    private volatile long durable;
    private volatile Throwable failed;
    private volatile boolean closed;
    private long snapshotLinesRead;

    private JournalStore(Path directory, Object key, FileChannel lockChannel, FileLock osLock) {
        this.directory = directory;
        this.key = key;
        this.lockChannel = lockChannel;
        this.osLock = osLock;
        long start = System.nanoTime();
        try {
            Files.deleteIfExists(directory.resolve(SNAPSHOT + ".tmp"));
            snapshotLinesRead = readSnapshot();
            Path file = directory.resolve(JOURNAL);
            if (!Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_FILE));
            }
            ownerOnly(file, OWNER_FILE);
            this.journal = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreError("cannot read the store in " + directory + ": " + reason(e), e);
        }
        try {
            long[] journalLines = {0};
            Option<Recovery.TornTail> torn = readJournal(file(), journalLines);
            journal.position(journal.size());
            this.recovery = new Recovery(snapshotLinesRead, journalLines[0], torn,
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException | RuntimeException e) {
            try {
                journal.close();
            } catch (IOException ignored) {
                // the store was never opened: nothing was written through this channel
            }
            throw e instanceof IOException io ? new StoreError("cannot read the store in " + directory + ": "
                    + reason(io), io) : (RuntimeException) e;
        }
    }

    private Path file() {
        return directory.resolve(JOURNAL);
    }

    /**
     * Opens (or creates) the store in {@code directory}. Fails with a {@link StoreError} when another
     * process or another store object of this process has it open, when a file is damaged before its
     * end, or when the directory holds the files of the per-file stores of version 0.1.
     *
     * @param directory the store's directory; created, for its owner only, if it does not exist
     * @return the store, its state rebuilt from the snapshot and the journal ({@link #recovery()} says how)
     * @throws StoreError if the store cannot be opened, saying why and where
     */
    public static JournalStore open(Path directory) {
        Path real;
        try {
            Path dir = directory.toAbsolutePath().normalize();
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_DIRECTORY));
            }
            real = dir.toRealPath();
            ownerOnly(real, OWNER_DIRECTORY);
        } catch (IOException e) {
            throw new StoreError("cannot open the store directory " + directory + ": " + reason(e), e);
        }
        Object key = keyOf(real);
        if (!OPEN.add(key)) {
            throw new StoreError("the store in " + real + " is open already in this process: share that"
                    + " JournalStore object instead of opening the directory again");
        }
        FileChannel lockChannel = null;
        try {
            refuseFilesOfThePerFileStores(real);
            Path lockFile = real.resolve(LOCK);
            if (!Files.exists(lockFile)) {
                Files.createFile(lockFile, PosixFilePermissions.asFileAttribute(OWNER_FILE));
            }
            ownerOnly(lockFile, OWNER_FILE);
            lockChannel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
            FileLock osLock;
            try {
                osLock = lockChannel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                // this process holds the lock through a path the key did not match: keep the channel open
                PARKED.add(lockChannel);
                lockChannel = null;
                throw new StoreError("the store in " + real + " is open already in this process: share that"
                        + " JournalStore object instead of opening the directory again");
            }
            if (osLock == null) {
                throw new StoreError("the store in " + real + " is open in another process (it holds the lock on "
                        + LOCK + "): one process writes a store at a time");
            }
            JournalStore store = new JournalStore(real, key, lockChannel, osLock);
            store.recovery.tornTail().forEach(t -> LOG.warn("store {}: cut a torn last journal line (line {},"
                    + " {} bytes): a write that was never acknowledged", real, t.line(), t.bytes()));
            if (Files.size(real.resolve(JOURNAL)) > COMPACT_AFTER_BYTES) {
                store.compact();
            }
            return store;
        } catch (IOException e) {
            release(key, lockChannel);
            throw new StoreError("cannot open the store in " + real + ": " + reason(e), e);
        } catch (RuntimeException e) {
            release(key, lockChannel);
            throw e;
        }
    }

    private static Object keyOf(Path real) {
        try {
            Object fileKey = Files.readAttributes(real, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            return fileKey != null ? fileKey : real;
        } catch (IOException e) {
            return real;
        }
    }

    private static void release(Object key, FileChannel lockChannel) {
        OPEN.remove(key);
        if (lockChannel != null) {
            try {
                lockChannel.close();
            } catch (IOException ignored) {
                // closing releases the OS lock; nothing else to undo
            }
        }
    }

    private static void refuseFilesOfThePerFileStores(Path dir) throws IOException {
        try (var names = Files.list(dir)) {
            long old = names.filter(p -> PerFileStores.FILE.matcher(p.getFileName().toString()).matches()).count();
            if (old > 0) {
                throw new StoreError("the directory " + dir + " holds " + old + " files of the per-file JSON stores"
                        + " of Grondslag 0.1 (consent-*.json, state-*.json, request-*.json), which this store does"
                        + " not read. Move them to a directory of their own, open the store, and import them"
                        + " with store.importPerFileStores(thatDirectory) (docs/stores.md, \"From the per-file"
                        + " stores\").");
            }
        }
    }

    /**
     * Imports the files of the per-file JSON stores of Grondslag 0.1 found in {@code from} (which is
     * only read), one commit per file, into this store, which must not yet hold those aggregates.
     * Returns the number imported; a file that cannot be read or would overwrite stops the import with
     * a {@link StoreError} naming it (the files before it are imported).
     *
     * @param from the directory of the per-file stores
     * @return the number of aggregates imported
     * @throws StoreError if a file cannot be read or this store holds one of its aggregates already
     */
    public int importPerFileStores(Path from) {
        List<io.github.grondslag.domain.port.Write> writes = PerFileStores.read(from);
        for (io.github.grondslag.domain.port.Write w : writes) {
            Either<NotCommitted, io.github.grondslag.domain.port.Change> done = commit(
                    new io.github.grondslag.domain.port.Change(io.vavr.collection.List.of(w),
                            io.vavr.collection.List.empty(), io.vavr.collection.List.empty()));
            if (done.isLeft()) {
                throw new StoreError("cannot import into " + directory + ": it holds one of the aggregates already ("
                        + done.getLeft() + ")");
            }
        }
        return writes.size();
    }

    /** {@return what opening found: lines read, a torn tail cut, the time it took} */
    public Recovery recovery() {
        return recovery;
    }

    /** {@return the directory of the store (its real path)} */
    public Path directory() {
        return directory;
    }

    // --- writing ---

    @Override
    protected Either<NotCommitted, Long> write(Line line) {
        ensureUsable();
        Either<io.github.grondslag.domain.port.TooLarge, byte[]> bytes = Codec.encode(lineNumber + 1, line);
        if (bytes.isLeft()) {
            return Either.left(bytes.getLeft());
        }
        lineNumber++;
        pending.add(ByteBuffer.wrap(bytes.get()));
        return Either.right(++appended);
    }

    @Override
    protected void awaitDurable(long ticket) {
        if (durable >= ticket) {
            return;
        }
        // Group commit: one caller at a time is the leader and forces every line pending, outside any
        // lock that commits need; the others wait and most find their line forced by it.
        synchronized (flushLock) {
            while (true) {
                if (durable >= ticket) {
                    return;
                }
                ensureUsable();
                if (!flushing) {
                    flushing = true;
                    break;
                }
                waitForFlush();
            }
        }
        try {
            flush();
        } finally {
            endFlush();
        }
    }

    /** Waits until the running force, snapshot or close is done (holding {@link #flushLock}). */
    private void waitForFlush() {
        try {
            flushLock.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreError("interrupted while waiting for the journal of " + directory + " to be forced;"
                    + " the change may or may not be durable");
        }
    }

    /** Becomes the only one forcing the journal (for a snapshot or a close). */
    private void beginExclusiveFlush() {
        synchronized (flushLock) {
            while (flushing) {
                waitForFlush();
            }
            flushing = true;
        }
    }

    private void endFlush() {
        synchronized (flushLock) {
            flushing = false;
            flushLock.notifyAll();
        }
    }

    /** Writes and forces every pending line (by the one caller that set {@link #flushing}). */
    private void flush() {
        ArrayList<ByteBuffer> batch;
        long upTo;
        synchronized (lock) {
            batch = pending;
            pending = new ArrayList<>();
            upTo = appended;
        }
        try {
            ByteBuffer[] buffers = batch.toArray(new ByteBuffer[0]);
            long remaining = 0;
            for (ByteBuffer b : buffers) {
                remaining += b.remaining();
            }
            while (remaining > 0) {
                remaining -= journal.write(buffers);
            }
            journal.force(false);
            durable = upTo;
        } catch (IOException | RuntimeException e) {
            failed = e;
            throw new StoreError("the store in " + directory + " could not write its journal (" + reason(e)
                    + "); it accepts nothing more: open it again to recover what was acknowledged", e);
        }
    }

    private void ensureUsable() {
        if (closed) {
            throw new StoreError("the store in " + directory + " is closed");
        }
        if (failed != null) {
            throw new StoreError("the store in " + directory + " failed to write earlier; open it again");
        }
    }

    /**
     * Writes a snapshot of the whole state and empties the journal (docs/stores.md, "Snapshots"). Commits
     * wait while it runs. A crash at any point leaves a store that opens to the same state.
     */
    public void compact() {
        beginExclusiveFlush();
        try {
            synchronized (lock) {
                ensureUsable();
                flush();
                Path tmp = directory.resolve(SNAPSHOT + ".tmp");
                long n = lineNumber;
                try {
                    try (FileChannel out = FileChannel.open(tmp, java.util.Set.of(StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE), PosixFilePermissions.asFileAttribute(OWNER_FILE))) {
                        long[] count = {0};
                        writeAll(out, Codec.mark(n, "snapshot", 0));
                        asLines(SNAPSHOT_CHUNK).forEach(line -> {
                            writeAll(out, Codec.encode(n, line).getOrElseThrow(t -> new StoreError("a snapshot line"
                                    + " is larger than a journal line may be (" + t + ")")));
                            count[0]++;
                        });
                        writeAll(out, Codec.mark(n, "end", count[0]));
                        out.force(true);
                    }
                    Files.move(tmp, directory.resolve(SNAPSHOT), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                    forceDirectory(directory);
                    journal.truncate(0);
                    journal.position(0);
                    journal.force(true);
                } catch (IOException | UncheckedIOException e) {
                    failed = e;
                    throw new StoreError("the store in " + directory + " could not write its snapshot ("
                            + reason(e) + "); open it again", e);
                }
            }
        } finally {
            endFlush();
        }
    }

    private static void writeAll(FileChannel out, byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        try {
            while (b.hasRemaining()) {
                out.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- reading on open ---

    private long readSnapshot() throws IOException {
        Path file = directory.resolve(SNAPSHOT);
        if (!Files.exists(file)) {
            return 0;
        }
        ownerOnly(file, OWNER_FILE);
        long[] lines = {0};
        long[] header = {-1};
        long[] end = {-1};
        readLines(file, (doc, number) -> {
            lines[0]++;
            if (number == 1) {
                if (!"snapshot".equals(doc.mark())) {
                    throw new IllegalArgumentException("no snapshot header");
                }
                header[0] = doc.n();
            } else if ("end".equals(doc.mark())) {
                end[0] = doc.count() == null ? -1 : doc.count();
                if (end[0] != number - 2) {
                    throw new IllegalArgumentException("the snapshot's count does not match its lines");
                }
            } else if (end[0] >= 0) {
                throw new IllegalArgumentException("a line after the snapshot's end");
            } else {
                apply(Codec.line(doc, this::ledger, this::find));
            }
        }, bad -> {
            throw new StoreError("the snapshot " + file + " is damaged at line " + bad.line() + " (" + bad.why()
                    + "); nothing was changed: restore the directory from a backup");
        });
        if (header[0] < 0 || end[0] < 0) {
            throw new StoreError("the snapshot " + file + " is incomplete; nothing was changed: restore the"
                    + " directory from a backup");
        }
        lineNumber = header[0];
        return lines[0];
    }

    private Option<Recovery.TornTail> readJournal(Path file, long[] lines) throws IOException {
        long snapshotAt = lineNumber;
        Option<Bad> torn = readLines(file, (doc, number) -> {
            lines[0]++;
            if (doc.n() <= snapshotAt) {
                return;
            }
            if (doc.n() != lineNumber + 1) {
                throw new IllegalArgumentException("line number " + doc.n() + " where " + (lineNumber + 1)
                        + " was expected");
            }
            apply(Codec.line(doc, this::ledger, this::find));
            lineNumber = doc.n();
        }, bad -> {
            if (!bad.last()) {
                throw new StoreError("the journal " + file + " is damaged at line " + bad.line() + " (" + bad.why()
                        + ") and has lines after it; nothing was changed: restore the directory from a backup");
            }
        });
        if (torn.isDefined()) {
            Bad t = torn.get();
            journal.truncate(t.offset());
            journal.force(true);
            return Option.some(new Recovery.TornTail(t.line(), t.bytes()));
        }
        return Option.none();
    }

    private record Bad(long line, long offset, long bytes, boolean last, String why) {
    }

    private interface LineHandler {
        void accept(Codec.LineDoc doc, long number);
    }

    /**
     * Reads the file line by line; a line that is cut short, fails its checksum or cannot be decoded goes
     * to {@code onBad} (with whether it is the file's last), and reading stops there.
     */
    private static Option<Bad> readLines(Path file, LineHandler handler, java.util.function.Consumer<Bad> onBad)
            throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[Codec.MAX_LINE_BYTES + 16];
            int start = 0;
            int filled = 0;
            int scanned = 0;
            long offset = 0;
            long number = 0;
            boolean eof = false;
            while (true) {
                int newline = -1;
                for (int i = scanned; i < filled; i++) {
                    if (buffer[i] == '\n') {
                        newline = i;
                        break;
                    }
                }
                if (newline < 0) {
                    scanned = filled;
                    if (!eof && start > 0) {
                        // make room: move the unread part to the front, once per refill (not per line)
                        System.arraycopy(buffer, start, buffer, 0, filled - start);
                        filled -= start;
                        scanned -= start;
                        start = 0;
                    }
                    if (!eof && filled < buffer.length) {
                        int read = in.read(buffer, filled, buffer.length - filled);
                        if (read < 0) {
                            eof = true;
                        } else {
                            filled += read;
                        }
                        continue;
                    }
                }
                if (filled == start) {
                    return Option.none();
                }
                number++;
                if (newline < 0) {
                    Bad bad = new Bad(number, offset, filled - start, eof, eof ? "cut short"
                            : "longer than a line may be");
                    onBad.accept(bad);
                    return Option.some(bad);
                }
                try {
                    handler.accept(Codec.decode(buffer, start, newline), number);
                } catch (StoreError e) {
                    throw e;
                } catch (RuntimeException e) {
                    boolean last = newline == filled - 1 && (eof || in.read() < 0);
                    Bad bad = new Bad(number, offset, filled - start, last, e instanceof IllegalArgumentException
                            && e.getMessage() != null && e.getMessage().length() < 100 ? e.getMessage()
                            : "not a journal line");
                    onBad.accept(bad);
                    return Option.some(bad);
                }
                offset += newline + 1 - start;
                start = newline + 1;
                scanned = start;
            }
        }
    }

    // --- files ---

    private static void ownerOnly(Path path, Set<PosixFilePermission> permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own access control applies (docs/stores.md)
        }
    }

    static void forceDirectory(Path dir) throws IOException {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        }
    }

    private static String reason(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getClass().getSimpleName();
    }

    /** Writes what is pending, compacts a large journal, and releases the directory. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            if (failed == null) {
                beginExclusiveFlush();
                try {
                    flush();
                } finally {
                    endFlush();
                }
                if (journal.size() > COMPACT_AFTER_BYTES) {
                    compact();
                }
            }
        } catch (IOException e) {
            throw new StoreError("cannot close the store in " + directory + ": " + reason(e), e);
        } finally {
            closed = true;
            try {
                journal.close();
                osLock.release();
            } catch (IOException ignored) {
                // the lock goes with the channel
            }
            release(key, lockChannel);
        }
    }
}
