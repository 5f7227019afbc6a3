package io.github.grondslag.adapters.json.store;

/**
 * A store that cannot be opened or cannot go on: the message says what and where (a file, a line
 * number), never what the file holds.
 */
public final class StoreError extends RuntimeException {
    /**
     * A store error with its message.
     *
     * @param message what is wrong and where, never what the file holds
     */
    public StoreError(String message) {
        super(message);
    }

    /**
     * A store error with its message and the failure that caused it.
     *
     * @param message what is wrong and where, never what the file holds
     * @param cause   the failure underneath, e.g. an {@code IOException}
     */
    public StoreError(String message, Throwable cause) {
        super(message, cause);
    }
}
