package io.github.grondslag.adapters.json.register;


import java.util.Objects;

/**
 * One thing wrong with a JSON document: where (a JSON path such as {@code $.purposes[3].id}, or a
 * line and column when the text is not JSON) and what. Messages name fields and expected types;
 * they never repeat the document's values.
 *
 * @param path    where the problem is: a JSON path such as {@code $.purposes[3].id}, or a line and
 *                column when the text is not JSON
 * @param message what is wrong there, naming fields and expected types but never the document's values
 */
public record JsonProblem(String path, String message) {
    /**
     * Checks that neither part is {@code null}.
     *
     * @param path    where the problem is: a JSON path, or a line and column
     * @param message what is wrong there
     * @throws NullPointerException if either is {@code null}
     */
    public JsonProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
