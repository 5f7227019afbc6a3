package io.github.grondslag.testkit.property;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator: a function from a source of {@link Choices} to a value.
 *
 * <p>Generators are immutable and deterministic: the same recorded choices always give the same
 * value. Choice {@code 0} is always the simplest one, so lowering choices simplifies the value;
 * that is what lets a failing example shrink. Ready-made generators live in {@link Gens}.
 *
 * @param <T> the type of the generated values
 */
@FunctionalInterface
public interface Gen<T> {

    /** How many candidates in a row {@link #filter} may reject before giving up. */
    int MAX_FILTER_REJECTIONS = 100;

    /**
     * Generates a value from the given choices.
     *
     * @param choices the source to draw from
     * @return the generated value
     * @throws GenerationException if no value can be generated from these choices
     */
    T generate(Choices choices);

    /**
     * A generator of the values of this one, transformed.
     *
     * @param mapper the transformation, a pure function
     * @param <R> the type of the transformed values
     * @return the mapped generator
     */
    default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return choices -> mapper.apply(generate(choices));
    }

    /**
     * A generator that uses a value of this one to choose the generator of the result.
     *
     * @param next gives the generator to draw the result from
     * @param <R> the type of the results
     * @return the dependent generator
     */
    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> next) {
        Objects.requireNonNull(next, "next");
        return choices -> next.apply(generate(choices)).generate(choices);
    }

    /**
     * A generator of only those values of this one that satisfy the predicate. It retries at most
     * {@value #MAX_FILTER_REJECTIONS} times in a row, then throws a {@link GenerationException}.
     *
     * @param accept the predicate values must satisfy
     * @return the filtered generator
     */
    default Gen<T> filter(Predicate<? super T> accept) {
        Objects.requireNonNull(accept, "accept");
        return choices -> {
            for (int attempt = 0; attempt < MAX_FILTER_REJECTIONS; attempt++) {
                T candidate = generate(choices);
                if (accept.test(candidate)) {
                    return candidate;
                }
            }
            throw new GenerationException("filter rejected every candidate (" + MAX_FILTER_REJECTIONS
                    + " in a row); loosen the filter or generate valid values directly");
        };
    }
}
