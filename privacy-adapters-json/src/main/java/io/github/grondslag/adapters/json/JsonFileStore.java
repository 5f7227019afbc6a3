package io.github.grondslag.adapters.json;

import io.github.grondslag.domain.port.ConcurrentChange;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * One aggregate per JSON file in a directory, written durably ({@link DurableFiles}) with optimistic
 * concurrency: the machinery behind the JSON-file stores.
 * <ul>
 *   <li>File names are {@code kind-hash(group)-hash(key).json}: the kind keeps different stores
 *       apart in one directory, the hashes keep ids out of names (see {@link DurableFiles#name}).</li>
 *   <li>Every save holds two locks: one per directory within the JVM (shared by all stores on it)
 *       and an OS file lock on the directory's {@code .lock} file across processes; the expected
 *       version then decides who wins.</li>
 *   <li>A file is read back only if its format version and kind are the ones expected; a damaged
 *       file is reported by its (hashed) name, without its content.</li>
 *   <li>Temporary files left by a crashed writer are removed when a store opens the directory.</li>
 * </ul>
 *
 * @param <V> the aggregate
 * @param <D> its JSON document
 */
final class JsonFileStore<V, D> {

    /** One lock per directory across every store instance of this JVM (the OS lock below is per process). */
    private static final ConcurrentHashMap<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private final Path directory;
    private final String kind;
    private final String aggregate;
    private final Class<D> documentType;
    private final Function<V, D> toDocument;
    private final Function<D, Option<V>> fromDocument;
    private final ToLongFunction<V> version;

    /**
     * @param fromDocument the aggregate of a document, or none when the document is not one of this
     *                     store's (wrong format or kind)
     */
    JsonFileStore(Path directory, String kind, String aggregate, Class<D> documentType, Function<V, D> toDocument,
                  Function<D, Option<V>> fromDocument, ToLongFunction<V> version) {
        this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
        this.kind = kind;
        this.aggregate = aggregate;
        this.documentType = documentType;
        this.toDocument = toDocument;
        this.fromDocument = fromDocument;
        this.version = version;
        try {
            if (!Files.isDirectory(this.directory)) {
                Files.createDirectories(this.directory);
                DurableFiles.forceDirectory(this.directory.getParent());
            }
            try (Stream<Path> stale = Files.list(this.directory)) {
                for (Path tmp : (Iterable<Path>) stale.filter(f -> f.getFileName().toString().startsWith(kind + "-")
                        && f.getFileName().toString().endsWith(".tmp"))::iterator) {
                    Files.deleteIfExists(tmp);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the directory of the " + aggregate + " store", e);
        }
    }

    private Path file(String group, String key) {
        return directory.resolve(kind + "-" + DurableFiles.name(group) + "-" + DurableFiles.name(key) + ".json");
    }

    Option<V> find(String group, String key) {
        Path file = file(group, key);
        return Files.exists(file) ? Option.some(read(file)) : Option.none();
    }

    /** Every aggregate of a group. */
    List<V> all(String group) {
        String prefix = kind + "-" + DurableFiles.name(group) + "-";
        try (Stream<Path> files = Files.list(directory)) {
            return List.ofAll(files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(".json")).sorted().map(this::read));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the " + aggregate + " store", e);
        }
    }

    Either<ConcurrentChange, V> save(String group, String key, V value, long expectedVersion) {
        Path file = file(group, key);
        synchronized (LOCKS.computeIfAbsent(directory, k -> new Object())) {
            try (FileChannel lockFile = FileChannel.open(directory.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock ignored = lockFile.lock()) {
                long actual = Files.exists(file) ? version.applyAsLong(read(file)) : 0;
                if (actual != expectedVersion) {
                    return Either.left(new ConcurrentChange(aggregate, expectedVersion, actual));
                }
                DurableFiles.write(file, JsonMappers.MAPPER.writeValueAsBytes(toDocument.apply(value)));
                return Either.right(value);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot lock the " + aggregate + " store", e);
            }
        }
    }

    private V read(Path file) {
        Option<V> value;
        try {
            value = fromDocument.apply(JsonMappers.MAPPER.readValue(Files.readAllBytes(file), documentType));
        } catch (IOException | RuntimeException e) {
            // the cause is left out on purpose: parser messages quote the file's content
            throw new IllegalStateException("the " + aggregate + " store's file " + file.getFileName()
                    + " cannot be read back (" + e.getClass().getSimpleName() + ")");
        }
        return value.getOrElseThrow(() -> new IllegalStateException("the " + aggregate + " store's file "
                + file.getFileName() + " is not a " + aggregate + " of format 1"));
    }
}
