package io.github.grondslag.adapters.json;

import io.github.grondslag.domain.port.ConcurrentChange;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * One aggregate per JSON file in a directory, written durably ({@link DurableFiles}) with optimistic
 * concurrency: the machinery behind the JSON-file stores. File names are hashes of the keys, so no
 * subject id appears in a file name; a group key (the subject) prefixes them so that a subject's
 * aggregates can be listed. Within one JVM, writers to the same file are serialised and the
 * expected version decides who wins.
 *
 * @param <V> the aggregate
 * @param <D> its JSON document
 */
final class JsonFileStore<V, D> {

    private final Path directory;
    private final String aggregate;
    private final Class<D> documentType;
    private final Function<V, D> toDocument;
    private final Function<D, V> fromDocument;
    private final ToLongFunction<V> version;
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    JsonFileStore(Path directory, String aggregate, Class<D> documentType, Function<V, D> toDocument,
                  Function<D, V> fromDocument, ToLongFunction<V> version) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.aggregate = aggregate;
        this.documentType = documentType;
        this.toDocument = toDocument;
        this.fromDocument = fromDocument;
        this.version = version;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of the " + aggregate + " store", e);
        }
    }

    private Path file(String group, String key) {
        return directory.resolve(DurableFiles.name(group) + "-" + DurableFiles.name(key) + ".json");
    }

    Option<V> find(String group, String key) {
        Path file = file(group, key);
        return Files.exists(file) ? Option.some(read(file)) : Option.none();
    }

    /** Every aggregate of a group (a subject), or of all groups when {@code group} is empty. */
    List<V> all(Option<String> group) {
        String prefix = group.map(g -> DurableFiles.name(g) + "-").getOrElse("");
        try (Stream<Path> files = Files.list(directory)) {
            return List.ofAll(files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(".json")).sorted().map(this::read));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the " + aggregate + " store", e);
        }
    }

    Either<ConcurrentChange, V> save(String group, String key, V value, long expectedVersion) {
        Path file = file(group, key);
        synchronized (locks.computeIfAbsent(file.getFileName().toString(), k -> new Object())) {
            long actual = Files.exists(file) ? version.applyAsLong(read(file)) : 0;
            if (actual != expectedVersion) {
                return Either.left(new ConcurrentChange(aggregate, expectedVersion, actual));
            }
            DurableFiles.write(file, JsonMappers.MAPPER.writeValueAsBytes(toDocument.apply(value)));
            return Either.right(value);
        }
    }

    private V read(Path file) {
        try {
            return fromDocument.apply(JsonMappers.MAPPER.readValue(Files.readAllBytes(file), documentType));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the " + aggregate + " store's file " + file.getFileName()
                    + " cannot be read back (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
