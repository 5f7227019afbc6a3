package io.github.grondslag.testkit.property;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PropertyTest {

    private static final Pattern SMALLEST = Pattern.compile("smallest example: (.*)");

    @Test
    void shrinksIntegerCounterexampleToTheBoundary() {
        assertSmallestForManySeeds(Gens.integers(0, 10_000), n -> n < 500, "500");
    }

    @Test
    void shrinksNegativeIntegerCounterexampleToTheBoundaryNearestZero() {
        assertSmallestForManySeeds(Gens.integers(-10_000, 10_000), n -> n > -500, "-500");
    }

    @Test
    void prefersThePositiveCounterexampleOfEqualSize() {
        assertSmallestForManySeeds(Gens.integers(-10_000, 10_000), n -> Math.abs(n) < 500, "500");
    }

    @Test
    void shrinksListSumCounterexampleToASingleElement() {
        assertSmallestForManySeeds(Gens.lists(Gens.integers(0, 1_000), 0, 20),
                list -> list.sum().intValue() < 100, "List(100)");
    }

    @Test
    void shrinksDuplicateElementsCounterexampleToTwoZeros() {
        assertSmallestForManySeeds(Gens.lists(Gens.integers(0, 1_000), 0, 50),
                list -> list.distinct().size() == list.size(), "List(0, 0)");
    }

    @Test
    void shrinksBothValuesOfAPairByMovingOneOntoTheOther() {
        assertSmallestForManySeeds(Gens.zip(Gens.integers(0, 1_000), Gens.integers(0, 1_000)),
                pair -> pair._1 + pair._2 < 1_000, "(0, 1000)");
    }

    @Test
    void shrinkingDiscardsCandidatesTheFilterRejects() {
        assertSmallestForManySeeds(Gens.integers(0, 10_000).filter(n -> n % 2 == 1), n -> n < 500, "501");
    }

    @Test
    void sameSeedReproducesTheSameValuesAndTheSameFailure() {
        Gen<List<Integer>> lists = Gens.lists(Gens.integers(-50, 50), 0, 10);
        assertEquals(valuesSeen(lists, 42), valuesSeen(lists, 42));
        assertEquals(failure(lists, 42, list -> list.length() < 5).getMessage(),
                failure(lists, 42, list -> list.length() < 5).getMessage());
    }

    @Test
    void differentSeedsGenerateDifferentValues() {
        Gen<Long> longs = Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE);
        assertNotEquals(valuesSeen(longs, 1), valuesSeen(longs, 2));
    }

    @Test
    void seedAndTriesComeFromSystemPropertiesWhenNotSetInCode() {
        System.setProperty(Property.SEED_PROPERTY, "1234");
        System.setProperty(Property.TRIES_PROPERTY, "17");
        try {
            Statistics statistics = Property.forAll(Gens.booleans()).check(b -> true);
            assertEquals(1234, statistics.seed());
            assertEquals(17, statistics.tries());
            assertEquals(5, Property.forAll(Gens.booleans()).tries(5).seed(9).check(b -> true).tries());
        } finally {
            System.clearProperty(Property.SEED_PROPERTY);
            System.clearProperty(Property.TRIES_PROPERTY);
        }
    }

    @Test
    void holdingPropertyPassesAllDefaultTries() {
        AtomicInteger calls = new AtomicInteger();
        Statistics statistics = Property.forAll(Gens.integers(0, 100))
                .checkThat(n -> {
                    calls.incrementAndGet();
                    assertTrue(n * 2 >= n);
                });
        assertEquals(Property.DEFAULT_TRIES, calls.get());
        assertEquals(Property.DEFAULT_TRIES, statistics.tries());
    }

    @Test
    void triesRunsExactlyThatManyCases() {
        AtomicInteger calls = new AtomicInteger();
        Property.forAll(Gens.booleans()).tries(33).checkThat(b -> calls.incrementAndGet());
        assertEquals(33, calls.get());
        assertThrows(IllegalArgumentException.class, () -> Property.forAll(Gens.booleans()).tries(0));
    }

    @Test
    void failureMessageNamesSeedTriesShrinkStepsExampleCauseAndReproduction() {
        IllegalStateException thrown = new IllegalStateException("too big");
        AssertionError error = assertThrows(AssertionError.class, () -> Property.forAll(Gens.integers(0, 10_000))
                .seed(77)
                .checkThat(n -> {
                    if (n >= 500) {
                        throw thrown;
                    }
                }));
        String message = error.getMessage();
        assertAll(
                () -> assertTrue(message.contains("seed 77"), message),
                () -> assertTrue(message.matches("(?s)Property falsified after \\d+ tr(y|ies) .*"), message),
                () -> assertTrue(message.matches("(?s).*shrunk in \\d+ steps.*"), message),
                () -> assertTrue(message.contains("smallest example: 500"), message),
                () -> assertTrue(message.contains("failure: java.lang.IllegalStateException: too big"), message),
                () -> assertTrue(message.contains("-Dgrondslag.seed=77"), message),
                () -> assertSame(thrown, error.getCause()));
    }

    @Test
    void falsePredicateIsReportedAsPropertyReturnedFalse() {
        AssertionError error = failure(Gens.integers(0, 10), 3, n -> n < 0);
        assertTrue(error.getMessage().contains("smallest example: 0"), error.getMessage());
        assertTrue(error.getMessage().contains("property returned false"), error.getMessage());
        assertTrue(error.getMessage().contains("after 1 try "), error.getMessage());
    }

    @Test
    void filterThatRejectsEverythingFailsWithAClearMessage() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> Property.forAll(Gens.integers(0, 10).filter(n -> n > 100)).seed(5).check(n -> true));
        assertTrue(error.getMessage().contains("filter rejected every candidate"), error.getMessage());
        assertTrue(error.getMessage().contains("loosen the filter or generate valid values directly"), error.getMessage());
        assertTrue(error.getMessage().contains("seed 5"), error.getMessage());
        assertTrue(error.getCause() instanceof GenerationException);
    }

    @Test
    void classifyCountsEveryTryUnderItsLabel() {
        Statistics statistics = Property.forAll(Gens.integers(0, 1_000))
                .tries(300)
                .seed(11)
                .classify(n -> n % 2 == 0 ? "even" : "odd")
                .classify(n -> n < 500 ? "small" : "large")
                .check(n -> true);
        assertEquals(300, statistics.count("even") + statistics.count("odd"));
        assertEquals(300, statistics.count("small") + statistics.count("large"));
        assertEquals(0, statistics.count("never"));
        assertEquals(100.0, statistics.percentage("even") + statistics.percentage("odd"), 1e-9);
        assertTrue(statistics.toString().startsWith("300 tries (seed 11); "), statistics.toString());
    }

    @Test
    void requireLabelFailsWhenTheLabelIsSeenTooRarely() {
        AssertionError error = assertThrows(AssertionError.class, () -> Property.forAll(Gens.integers(0, 1_000))
                .seed(3)
                .classify(n -> n < 10 ? "tiny" : "other")
                .requireLabel("tiny", 20)
                .check(n -> true));
        assertTrue(error.getMessage().contains("Label 'tiny' was seen in"), error.getMessage());
        assertTrue(error.getMessage().contains("required at least 20.0%"), error.getMessage());
    }

    @Test
    void requireLabelPassesWhenTheLabelIsCovered() {
        Statistics statistics = Property.forAll(Gens.booleans())
                .seed(3)
                .classify(b -> b ? "yes" : "no")
                .requireLabel("yes", 30)
                .requireLabel("no", 30)
                .check(b -> true);
        assertTrue(statistics.percentage("yes") >= 30);
    }

    @Test
    void forAllOverThreeGeneratorsShrinksEachValue() {
        AssertionError error = assertThrows(AssertionError.class, () -> Property
                .forAll(Gens.integers(0, 100), Gens.strings("ab", 0, 5), Gens.booleans())
                .seed(8)
                .check(t -> t.apply((n, s, b) -> n < 50 || s.isEmpty() || !b)));
        assertTrue(error.getMessage().contains("smallest example: (50, a, true)"), error.getMessage());
    }

    private static <T> void assertSmallestForManySeeds(Gen<T> gen, Predicate<? super T> property, String expected) {
        assertAll(LongStream.range(0, 20).mapToObj(seed -> () ->
                assertEquals(expected, smallestExample(failure(gen, seed, property)), "seed " + seed)));
    }

    private static <T> AssertionError failure(Gen<T> gen, long seed, Predicate<? super T> property) {
        return assertThrows(AssertionError.class, () -> Property.forAll(gen).seed(seed).check(property));
    }

    private static String smallestExample(AssertionError error) {
        Matcher matcher = SMALLEST.matcher(error.getMessage());
        assertTrue(matcher.find(), error.getMessage());
        return matcher.group(1);
    }

    private static <T> java.util.List<T> valuesSeen(Gen<T> gen, long seed) {
        java.util.List<T> values = new ArrayList<>();
        Property.forAll(gen).seed(seed).tries(50).checkThat(values::add);
        return values;
    }
}
