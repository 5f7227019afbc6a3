package io.github.grondslag.testkit.property;

import io.vavr.Function3;
import io.vavr.Function4;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.Tuple3;
import io.vavr.Tuple4;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Ready-made generators. Each one maps choice {@code 0} to its simplest value, so failing examples
 * shrink towards that value.
 */
public final class Gens {

    /** The mean number of optional elements in a collection, when its bounds allow that many. */
    private static final long MEAN_OPTIONAL_ELEMENTS = 8;

    /** How many duplicates in a row a set tolerates before it gives up looking for new elements. */
    private static final int MAX_DUPLICATES_IN_A_ROW = 100;

    private Gens() {
    }

    /**
     * Integers in {@code [min, max]}, shrinking towards the value nearest zero; positive values are
     * simpler than negative ones of the same size.
     *
     * @param min the smallest value
     * @param max the largest value, at least {@code min}
     * @return the generator
     */
    public static Gen<Integer> integers(int min, int max) {
        return longs(min, max).map(Long::intValue);
    }

    /**
     * Longs in {@code [min, max]}, shrinking towards the value nearest zero; positive values are
     * simpler than negative ones of the same size.
     *
     * @param min the smallest value
     * @param max the largest value, at least {@code min}
     * @return the generator
     */
    public static Gen<Long> longs(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " is greater than max " + max);
        }
        if (min >= 0) {
            return choices -> min + choices.draw(max - min);
        }
        if (max < 0) {
            return choices -> max - choices.draw(max - min);
        }
        if (max - min >= 0) {
            // one choice: 0..max are themselves, larger choices count down from -1 to min
            return choices -> {
                long choice = choices.draw(max - min);
                return choice <= max ? choice : max - choice;
            };
        }
        // the range is too wide for one choice: draw a sign, then a magnitude
        return choices -> choices.draw(1) == 0 ? choices.draw(max) : -1 - choices.draw(-(min + 1));
    }

    /**
     * Booleans; {@code false} is the simpler one.
     *
     * @return the generator
     */
    public static Gen<Boolean> booleans() {
        return choices -> choices.draw(1) == 1;
    }

    /**
     * Always the same value; draws no choices.
     *
     * @param value the value
     * @param <T> its type
     * @return the generator
     */
    public static <T> Gen<T> constant(T value) {
        return choices -> value;
    }

    /**
     * One of the given values; earlier values are simpler.
     *
     * @param values the values to choose from, at least one
     * @param <T> their type
     * @return the generator
     */
    @SafeVarargs
    public static <T> Gen<T> elements(T... values) {
        return elementsOf(Arrays.asList(values));
    }

    /**
     * One of the given values; earlier values are simpler.
     *
     * @param values the values to choose from (a {@code java.util} or vavr collection), at least one
     * @param <T> their type
     * @return the generator
     */
    public static <T> Gen<T> elementsOf(Iterable<? extends T> values) {
        Vector<T> options = Vector.ofAll(values);
        if (options.isEmpty()) {
            throw new IllegalArgumentException("elements needs at least one value to choose from");
        }
        return choices -> options.get((int) choices.draw(options.size() - 1L));
    }

    /**
     * A value of one of the given generators, chosen with equal probability; earlier generators are
     * simpler.
     *
     * @param gens the generators to choose from, at least one
     * @param <T> the type of the values
     * @return the generator
     */
    @SafeVarargs
    public static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        return Gens.<Gen<? extends T>>elements(gens).flatMap(gen -> gen);
    }

    /**
     * A value of one of the given generators, chosen with probability proportional to its weight;
     * earlier generators are simpler.
     *
     * @param weighted pairs of a positive weight and a generator, at least one
     * @param <T> the type of the values
     * @return the generator
     */
    @SafeVarargs
    public static <T> Gen<T> frequency(Tuple2<Integer, ? extends Gen<? extends T>>... weighted) {
        Vector<Tuple2<Integer, ? extends Gen<? extends T>>> options = Vector.of(weighted);
        if (options.isEmpty() || options.exists(option -> option._1 <= 0)) {
            throw new IllegalArgumentException("frequency needs at least one generator, all weights positive");
        }
        long total = options.map(option -> (long) option._1).sum().longValue();
        return choices -> {
            long choice = choices.draw(total - 1);
            for (Tuple2<Integer, ? extends Gen<? extends T>> option : options) {
                if (choice < option._1) {
                    return option._2.generate(choices);
                }
                choice -= option._1;
            }
            throw new IllegalStateException("unreachable: choice beyond the total weight");
        };
    }

    /**
     * {@link Option#none() None} or a value of the given generator; {@code None} is simpler.
     *
     * @param gen the generator of present values
     * @param <T> their type
     * @return the generator
     */
    public static <T> Gen<Option<T>> optionOf(Gen<T> gen) {
        return booleans().flatMap(present -> present ? gen.map(Option::some) : constant(Option.<T>none()));
    }

    /**
     * Lists of values of the given generator, with sizes in {@code [minSize, maxSize]}. Shorter lists
     * are simpler: before every optional element a "more?" choice is drawn, so deleting choices deletes
     * elements.
     *
     * @param element the generator of the elements
     * @param minSize the smallest size, at least {@code 0}
     * @param maxSize the largest size, at least {@code minSize}
     * @param <T> the type of the elements
     * @return the generator
     */
    public static <T> Gen<List<T>> lists(Gen<T> element, int minSize, int maxSize) {
        return sequences(element, minSize, maxSize, false).map(List::ofAll);
    }

    /**
     * Sets of values of the given generator, with sizes in {@code [minSize, maxSize]}, in the order
     * their elements were generated. Throws {@link GenerationException} when the element generator
     * keeps repeating itself before {@code minSize} distinct elements are found.
     *
     * @param element the generator of the elements
     * @param minSize the smallest size, at least {@code 0}
     * @param maxSize the largest size, at least {@code minSize}
     * @param <T> the type of the elements
     * @return the generator
     */
    public static <T> Gen<Set<T>> sets(Gen<T> element, int minSize, int maxSize) {
        return sequences(element, minSize, maxSize, true).map(LinkedHashSet::ofAll);
    }

    /**
     * Strings of characters (code points) of the given alphabet, with lengths in
     * {@code [minLength, maxLength]}; the first character of the alphabet is the simplest.
     *
     * @param alphabet the characters to use, at least one
     * @param minLength the smallest length in code points, at least {@code 0}
     * @param maxLength the largest length in code points, at least {@code minLength}
     * @return the generator
     */
    public static Gen<String> strings(String alphabet, int minLength, int maxLength) {
        Gen<Integer> codePoint = elementsOf(alphabet.codePoints().boxed().toList());
        return sequences(codePoint, minLength, maxLength, false).map(codePoints -> {
            StringBuilder text = new StringBuilder();
            codePoints.forEach(text::appendCodePoint);
            return text.toString();
        });
    }

    /**
     * Dates in {@code [from, to]}, shrinking towards {@code from}.
     *
     * @param from the earliest date
     * @param to the latest date, not before {@code from}
     * @return the generator
     */
    public static Gen<LocalDate> localDates(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        return longs(0, to.toEpochDay() - from.toEpochDay()).map(from::plusDays);
    }

    /**
     * Instants in {@code [from, to]} at whole milliseconds after {@code from}, shrinking towards
     * {@code from}.
     *
     * @param from the earliest instant
     * @param to the latest instant, not before {@code from}
     * @return the generator
     */
    public static Gen<Instant> instants(Instant from, Instant to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        return longs(0, Duration.between(from, to).toMillis()).map(from::plusMillis);
    }

    /**
     * Values built from one value of each of two generators, e.g. a record's constructor.
     *
     * @param first the generator of the first part
     * @param second the generator of the second part
     * @param combiner builds the value from the parts
     * @param <A> the type of the first part
     * @param <B> the type of the second part
     * @param <R> the type of the built values
     * @return the generator
     */
    public static <A, B, R> Gen<R> combine(Gen<A> first, Gen<B> second,
            BiFunction<? super A, ? super B, ? extends R> combiner) {
        return choices -> combiner.apply(first.generate(choices), second.generate(choices));
    }

    /**
     * Values built from one value of each of three generators, e.g. a record's constructor.
     *
     * @param first the generator of the first part
     * @param second the generator of the second part
     * @param third the generator of the third part
     * @param combiner builds the value from the parts
     * @param <A> the type of the first part
     * @param <B> the type of the second part
     * @param <C> the type of the third part
     * @param <R> the type of the built values
     * @return the generator
     */
    public static <A, B, C, R> Gen<R> combine(Gen<A> first, Gen<B> second, Gen<C> third,
            Function3<? super A, ? super B, ? super C, ? extends R> combiner) {
        return choices -> combiner.apply(first.generate(choices), second.generate(choices), third.generate(choices));
    }

    /**
     * Values built from one value of each of four generators, e.g. a record's constructor.
     *
     * @param first the generator of the first part
     * @param second the generator of the second part
     * @param third the generator of the third part
     * @param fourth the generator of the fourth part
     * @param combiner builds the value from the parts
     * @param <A> the type of the first part
     * @param <B> the type of the second part
     * @param <C> the type of the third part
     * @param <D> the type of the fourth part
     * @param <R> the type of the built values
     * @return the generator
     */
    public static <A, B, C, D, R> Gen<R> combine(Gen<A> first, Gen<B> second, Gen<C> third, Gen<D> fourth,
            Function4<? super A, ? super B, ? super C, ? super D, ? extends R> combiner) {
        return choices -> combiner.apply(first.generate(choices), second.generate(choices),
                third.generate(choices), fourth.generate(choices));
    }

    /**
     * Pairs of values of two generators.
     *
     * @param first the generator of the first values
     * @param second the generator of the second values
     * @param <A> the type of the first values
     * @param <B> the type of the second values
     * @return the generator
     */
    public static <A, B> Gen<Tuple2<A, B>> zip(Gen<A> first, Gen<B> second) {
        return combine(first, second, Tuple::of);
    }

    /**
     * Triples of values of three generators.
     *
     * @param first the generator of the first values
     * @param second the generator of the second values
     * @param third the generator of the third values
     * @param <A> the type of the first values
     * @param <B> the type of the second values
     * @param <C> the type of the third values
     * @return the generator
     */
    public static <A, B, C> Gen<Tuple3<A, B, C>> zip(Gen<A> first, Gen<B> second, Gen<C> third) {
        return combine(first, second, third, Tuple::of);
    }

    /**
     * Quadruples of values of four generators.
     *
     * @param first the generator of the first values
     * @param second the generator of the second values
     * @param third the generator of the third values
     * @param fourth the generator of the fourth values
     * @param <A> the type of the first values
     * @param <B> the type of the second values
     * @param <C> the type of the third values
     * @param <D> the type of the fourth values
     * @return the generator
     */
    public static <A, B, C, D> Gen<Tuple4<A, B, C, D>> zip(Gen<A> first, Gen<B> second, Gen<C> third,
            Gen<D> fourth) {
        return combine(first, second, third, fourth, Tuple::of);
    }

    /**
     * The common core of lists, sets and strings: a "more?" choice before every optional element,
     * none before the required ones, so that deleting a span of choices deletes elements.
     */
    private static <T> Gen<java.util.List<T>> sequences(Gen<T> element, int minSize, int maxSize, boolean distinct) {
        Objects.requireNonNull(element, "element");
        if (minSize < 0 || maxSize < minSize) {
            throw new IllegalArgumentException("sizes must satisfy 0 <= min <= max, got [" + minSize + ", " + maxSize + "]");
        }
        long more = Math.max(1, Math.min(maxSize - minSize, MEAN_OPTIONAL_ELEMENTS));
        return choices -> {
            java.util.List<T> elements = new ArrayList<>();
            java.util.Set<T> seen = new HashSet<>();
            int duplicatesInARow = 0;
            while (elements.size() < maxSize) {
                if (elements.size() >= minSize && choices.draw(more) == 0) {
                    break;
                }
                T next = element.generate(choices);
                if (distinct && !seen.add(next)) {
                    if (++duplicatesInARow < MAX_DUPLICATES_IN_A_ROW) {
                        continue;
                    }
                    if (elements.size() >= minSize) {
                        break;
                    }
                    throw new GenerationException("could not find " + minSize + " distinct elements ("
                            + MAX_DUPLICATES_IN_A_ROW + " duplicates in a row); widen the element generator or lower the minimum size");
                }
                duplicatesInARow = 0;
                elements.add(next);
            }
            return elements;
        };
    }
}
