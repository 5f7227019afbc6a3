package io.github.grondslag.testkit.property;

/**
 * Thrown when a generator cannot produce a value from its choices, for example because a
 * {@link Gen#filter filter} rejected every candidate it was offered.
 *
 * <p>While shrinking, a candidate whose generation throws this exception is not a failure of the
 * property: the candidate is simply discarded.
 */
public final class GenerationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what could not be generated, and what to do about it
     */
    public GenerationException(String message) {
        super(message);
    }
}
