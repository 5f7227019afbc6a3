package io.github.grondslag.adapters.json.register;


import java.util.Objects;

/**
 * One thing wrong with a JSON document: where (a JSON path such as {@code $.purposes[3].id}, or a
 * line and column when the text is not JSON) and what. Messages name fields and expected types;
 * they never repeat the document's values.
 */
public record JsonProblem(String path, String message) {
    public JsonProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
