package io.github.grondslag.adapters.json.register;


import io.vavr.collection.Seq;

import java.util.Objects;

/**
 * Why no register could be read: the file is missing or unreadable, or its content is not a
 * valid register; with every problem found, each naming where.
 *
 * @param kind     what kind of failure it was
 * @param file     the file, or the name of the source, that was read
 * @param problems every problem found, each with where it is
 */
public record RegisterReadError(Kind kind, String file, Seq<JsonProblem> problems) {

    /** What kind of failure it was. */
    public enum Kind {
        /** No file at that path. */
        NOT_FOUND,
        /** The file exists but cannot be read (a directory, no permission, too large). */
        NOT_READABLE,
        /** The content is not JSON, or not a valid register. */
        INVALID
    }

    /**
     * Checks that no part is {@code null}.
     *
     * @param kind     what kind of failure it was
     * @param file     the file, or the name of the source, that was read
     * @param problems every problem found
     * @throws NullPointerException if any part is {@code null}
     */
    public RegisterReadError {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(problems, "problems");
    }
}
