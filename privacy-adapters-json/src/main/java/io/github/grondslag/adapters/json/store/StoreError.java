package io.github.grondslag.adapters.json.store;

/**
 * A store that cannot be opened or cannot go on: the message says what and where (a file, a line
 * number), never what the file holds.
 */
public final class StoreError extends RuntimeException {
    public StoreError(String message) {
        super(message);
    }

    public StoreError(String message, Throwable cause) {
        super(message, cause);
    }
}
