package io.github.grondslag.testkit.property;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.Tuple3;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A property: a claim that must hold for every value of a generator, checked on many generated
 * cases and, when it fails, shrunk to a smallest counterexample.
 *
 * <pre>{@code
 * Property.forAll(Gens.integers(0, 100)).check(n -> n * 2 >= n);
 * Property.forAll(Gens.integers(0, 9), Gens.strings("ab", 0, 9)).tries(500)
 *         .check(t -> t.apply((n, s) -> s.repeat(n).length() == n * s.length()));
 * }</pre>
 *
 * <p>A run tries {@link #DEFAULT_TRIES} cases unless {@link #tries(int)} or the system property
 * {@value #TRIES_PROPERTY} says otherwise. Its seed comes from {@link #seed(long)}, else the system
 * property {@value #SEED_PROPERTY}, else at random; the same seed gives the same run. Instances are
 * immutable: the configuring methods return a new property.
 *
 * @param <T> the type of the generated values
 */
public final class Property<T> {

    /** The system property that sets the number of tries. */
    public static final String TRIES_PROPERTY = "grondslag.tries";

    /** The system property that sets the seed, to reproduce a run. */
    public static final String SEED_PROPERTY = "grondslag.seed";

    /** The number of tries when nothing else is configured. */
    public static final int DEFAULT_TRIES = 200;

    /** The cap on the number of replays while shrinking one failure. */
    public static final int MAX_SHRINK_REPLAYS = 20_000;

    private final Gen<T> gen;
    private final Option<Integer> tries;
    private final Option<Long> seed;
    private final List<Function<? super T, String>> classifiers;
    private final List<Tuple2<String, Double>> requiredLabels;

    private Property(Gen<T> gen, Option<Integer> tries, Option<Long> seed,
            List<Function<? super T, String>> classifiers, List<Tuple2<String, Double>> requiredLabels) {
        this.gen = Objects.requireNonNull(gen, "gen");
        this.tries = tries;
        this.seed = seed;
        this.classifiers = classifiers;
        this.requiredLabels = requiredLabels;
    }

    /**
     * A property over the values of one generator.
     *
     * @param gen the generator of the cases
     * @param <T> the type of the values
     * @return the property, to be checked
     */
    public static <T> Property<T> forAll(Gen<T> gen) {
        return new Property<>(gen, Option.none(), Option.none(), List.empty(), List.empty());
    }

    /**
     * A property over pairs of values of two generators; unpack them with
     * {@code t -> t.apply((a, b) -> ...)}.
     *
     * @param first the generator of the first values
     * @param second the generator of the second values
     * @param <A> the type of the first values
     * @param <B> the type of the second values
     * @return the property, to be checked
     */
    public static <A, B> Property<Tuple2<A, B>> forAll(Gen<A> first, Gen<B> second) {
        return forAll(Gens.zip(first, second));
    }

    /**
     * A property over triples of values of three generators; unpack them with
     * {@code t -> t.apply((a, b, c) -> ...)}.
     *
     * @param first the generator of the first values
     * @param second the generator of the second values
     * @param third the generator of the third values
     * @param <A> the type of the first values
     * @param <B> the type of the second values
     * @param <C> the type of the third values
     * @return the property, to be checked
     */
    public static <A, B, C> Property<Tuple3<A, B, C>> forAll(Gen<A> first, Gen<B> second, Gen<C> third) {
        return forAll(Gens.zip(first, second, third));
    }

    /**
     * This property with another number of tries, taking precedence over {@value #TRIES_PROPERTY}.
     *
     * @param count the number of cases to try, at least 1
     * @return the reconfigured property
     */
    public Property<T> tries(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("tries must be at least 1, got " + count);
        }
        return new Property<>(gen, Option.some(count), seed, classifiers, requiredLabels);
    }

    /**
     * This property with a fixed seed, taking precedence over {@value #SEED_PROPERTY}.
     *
     * @param value the seed
     * @return the reconfigured property
     */
    public Property<T> seed(long value) {
        return new Property<>(gen, tries, Option.some(value), classifiers, requiredLabels);
    }

    /**
     * This property, also counting every tried case under the label the classifier gives it; the
     * counts end up in the returned {@link Statistics}.
     *
     * @param classifier gives a case its label
     * @return the reconfigured property
     */
    public Property<T> classify(Function<? super T, String> classifier) {
        Objects.requireNonNull(classifier, "classifier");
        return new Property<>(gen, tries, seed, classifiers.append(classifier), requiredLabels);
    }

    /**
     * This property, also failing when less than the given share of the tries carried the label,
     * so that it shows it tested what it claims.
     *
     * @param label a label one of the {@link #classify classifiers} gives
     * @param minPercent the minimal share of the tries, in {@code [0, 100]}
     * @return the reconfigured property
     */
    public Property<T> requireLabel(String label, double minPercent) {
        Objects.requireNonNull(label, "label");
        if (!(minPercent >= 0 && minPercent <= 100)) {
            throw new IllegalArgumentException("minPercent must be in [0, 100], got " + minPercent);
        }
        return new Property<>(gen, tries, seed, classifiers, requiredLabels.append(Tuple.of(label, minPercent)));
    }

    /**
     * Checks that the predicate holds for every tried case.
     *
     * @param property the claim; {@code false} or an exception means it failed
     * @return the statistics of the run
     * @throws AssertionError naming the seed and the smallest counterexample, if the claim failed;
     *     or if a case could not be generated; or if a required label was seen too rarely
     */
    public Statistics check(Predicate<? super T> property) {
        Objects.requireNonNull(property, "property");
        return checkThat(value -> {
            if (!property.test(value)) {
                throw new AssertionError("property returned false");
            }
        });
    }

    /**
     * Checks that the consumer accepts every tried case without throwing, for example because its
     * assertions pass.
     *
     * @param property the claim; any exception or {@link AssertionError} means it failed
     * @return the statistics of the run
     * @throws AssertionError naming the seed and the smallest counterexample, if the claim failed;
     *     or if a case could not be generated; or if a required label was seen too rarely
     */
    public Statistics checkThat(Consumer<? super T> property) {
        Objects.requireNonNull(property, "property");
        long runSeed = seed.orElse(() -> systemProperty(SEED_PROPERTY, Long::valueOf))
                .getOrElse(() -> ThreadLocalRandom.current().nextLong());
        int runTries = tries.orElse(() -> systemProperty(TRIES_PROPERTY, Integer::valueOf)).getOrElse(DEFAULT_TRIES);
        if (runTries < 1) {
            throw new IllegalArgumentException("system property " + TRIES_PROPERTY + " must be at least 1, got " + runTries);
        }
        SplittableRandom caseSeeds = new SplittableRandom(runSeed);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int attempt = 1; attempt <= runTries; attempt++) {
            Choices choices = Choices.random(caseSeeds.nextLong());
            T value = generate(choices, runSeed, attempt);
            classifiers.forEach(classifier -> counts.merge(classifier.apply(value), 1, Integer::sum));
            Option<Shrinker.Failure<T>> failure = test(value, choices, property);
            if (failure.isDefined()) {
                throw falsified(failure.get(), property, runSeed, attempt);
            }
        }
        Statistics statistics = new Statistics(runSeed, runTries, counts);
        requiredLabels.forEach(required -> requireCoverage(statistics, required._1, required._2));
        return statistics;
    }

    private T generate(Choices choices, long runSeed, int attempt) {
        try {
            return gen.generate(choices);
        } catch (GenerationException e) {
            throw new AssertionError("Could not generate case " + attempt + " (seed " + runSeed + "): "
                    + e.getMessage() + reproduce(runSeed), e);
        }
    }

    private Option<Shrinker.Failure<T>> test(T value, Choices choices, Consumer<? super T> property) {
        try {
            property.accept(value);
            return Option.none();
        } catch (Exception | AssertionError e) {
            return Option.some(new Shrinker.Failure<>(choices.recorded(), value, e));
        }
    }

    private Option<Shrinker.Failure<T>> replay(long[] candidate, Consumer<? super T> property) {
        Choices choices = Choices.replay(candidate);
        T value;
        try {
            value = gen.generate(choices);
        } catch (GenerationException e) {
            return Option.none();
        }
        return test(value, choices, property);
    }

    private AssertionError falsified(Shrinker.Failure<T> original, Consumer<? super T> property, long runSeed,
            int attempt) {
        Shrinker<T> shrinker = new Shrinker<>(candidate -> replay(candidate, property), MAX_SHRINK_REPLAYS, original);
        Shrinker.Failure<T> smallest = shrinker.shrink();
        return new AssertionError("Property falsified after " + attempt + (attempt == 1 ? " try" : " tries")
                + " (seed " + runSeed + "), shrunk in " + shrinker.steps() + " steps"
                + "\n  smallest example: " + smallest.value()
                + "\n  original example: " + original.value()
                + "\n  failure: " + smallest.cause()
                + reproduce(runSeed), smallest.cause());
    }

    private static void requireCoverage(Statistics statistics, String label, double minPercent) {
        if (statistics.percentage(label) < minPercent) {
            throw new AssertionError(String.format(Locale.ROOT,
                    "Label '%s' was seen in %.1f%% of %d tries (%d), required at least %.1f%% (seed %d)%s",
                    label, statistics.percentage(label), statistics.tries(), statistics.count(label), minPercent,
                    statistics.seed(), reproduce(statistics.seed())));
        }
    }

    private static String reproduce(long runSeed) {
        return "\n  reproduce with -D" + SEED_PROPERTY + "=" + runSeed;
    }

    private static <N extends Number> Option<N> systemProperty(String name, Function<String, N> parse) {
        return Option.of(System.getProperty(name)).map(String::trim).filter(value -> !value.isEmpty()).map(value -> {
            try {
                return parse.apply(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("system property " + name + " must be a number, got '" + value + "'", e);
            }
        });
    }
}
