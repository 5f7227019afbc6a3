package io.github.grondslag.testkit.property;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.Tuple;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GensTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final Instant NOON = Instant.parse("2024-01-01T12:00:00Z");

    @Test
    void replayClampsRecordedChoicesToTheBoundAndPadsWithZero() {
        Choices choices = Choices.replay(new long[] {5, 100});
        assertEquals(5, choices.draw(10));
        assertEquals(3, choices.draw(3));
        assertEquals(0, choices.draw(7));
        assertArrayEquals(new long[] {5, 3, 0}, choices.recorded());
    }

    @Test
    void randomChoicesStayWithinTheirBoundsAndFollowTheSeed() {
        Choices first = Choices.random(99);
        Choices second = Choices.random(99);
        for (long bound : new long[] {0, 1, 7, 1_000, Long.MAX_VALUE}) {
            long choice = first.draw(bound);
            assertTrue(choice >= 0 && choice <= bound, () -> choice + " outside [0, " + bound + "]");
            assertEquals(choice, second.draw(bound));
        }
        assertThrows(IllegalArgumentException.class, () -> first.draw(-1));
    }

    @Test
    void choiceZeroGivesTheSimplestValueOfEveryGenerator() {
        assertAll(
                () -> assertEquals(0, simplest(Gens.integers(-5, 5))),
                () -> assertEquals(5, simplest(Gens.integers(5, 10))),
                () -> assertEquals(-5, simplest(Gens.integers(-10, -5))),
                () -> assertEquals(0L, simplest(Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE))),
                () -> assertEquals(false, simplest(Gens.booleans())),
                () -> assertEquals("x", simplest(Gens.constant("x"))),
                () -> assertEquals("a", simplest(Gens.elements("a", "b"))),
                () -> assertEquals("a", simplest(Gens.elementsOf(List.of("a", "b")))),
                () -> assertEquals(1, simplest(Gens.oneOf(Gens.constant(1), Gens.constant(2)))),
                () -> assertEquals(1, simplest(Gens.frequency(Tuple.of(1, Gens.constant(1)), Tuple.of(9, Gens.constant(2))))),
                () -> assertEquals(Option.none(), simplest(Gens.optionOf(Gens.booleans()))),
                () -> assertEquals(List.of(3, 3), simplest(Gens.lists(Gens.integers(3, 9), 2, 5))),
                () -> assertEquals(LinkedHashSet.empty(), simplest(Gens.sets(Gens.integers(0, 9), 0, 5))),
                () -> assertEquals("a", simplest(Gens.strings("abc", 1, 3))),
                () -> assertEquals(JAN_1, simplest(Gens.localDates(JAN_1, JAN_1.plusYears(1)))),
                () -> assertEquals(NOON, simplest(Gens.instants(NOON, NOON.plusSeconds(60)))),
                () -> assertEquals(Tuple.of(0, "a"), simplest(Gens.zip(Gens.integers(0, 1), Gens.strings("ab", 1, 1)))));
    }

    @Test
    void integersCoverBothSignsOfTheirRange() {
        Statistics statistics = Property.forAll(Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE))
                .seed(1)
                .classify(n -> n < 0 ? "negative" : "non-negative")
                .requireLabel("negative", 30)
                .requireLabel("non-negative", 30)
                .check(n -> true);
        assertEquals(Property.DEFAULT_TRIES, statistics.tries());
    }

    @Test
    void frequencyChoosesGeneratorsInProportionToTheirWeights() {
        Statistics statistics = Property.forAll(Gens.frequency(Tuple.of(1, Gens.constant("rare")), Tuple.of(3, Gens.constant("common"))))
                .tries(1_000)
                .seed(2)
                .classify(label -> label)
                .check(label -> true);
        assertTrue(statistics.percentage("common") > 65 && statistics.percentage("common") < 85, statistics::toString);
    }

    @Test
    void oneOfUsesEveryGenerator() {
        Statistics statistics = Property.forAll(Gens.oneOf(Gens.constant("a"), Gens.constant("b"), Gens.constant("c")))
                .seed(4)
                .classify(label -> label)
                .check(label -> true);
        assertEquals(HashSet.of("a", "b", "c"), statistics.counts().keySet().toSet());
    }

    @Test
    void setsThatCannotReachTheirMinimumSizeFailClearly() {
        GenerationException error = assertThrows(GenerationException.class,
                () -> Gens.sets(Gens.integers(0, 2), 5, 10).generate(Choices.random(3)));
        assertTrue(error.getMessage().contains("could not find 5 distinct elements"), error.getMessage());
    }

    @Test
    void filterThatRejectsEverythingThrowsGenerationException() {
        GenerationException error = assertThrows(GenerationException.class,
                () -> Gens.booleans().filter(b -> false).generate(Choices.random(3)));
        assertTrue(error.getMessage().startsWith("filter rejected every candidate"), error.getMessage());
    }

    @Test
    void mapAndFlatMapTransformAndChainValues() {
        Gen<List<Integer>> sized = Gens.integers(1, 3).flatMap(size -> Gens.lists(Gens.constant(size), size, size));
        assertEquals(List.of(2, 2), sized.generate(Choices.replay(new long[] {1})));
        assertEquals("7!", Gens.integers(7, 9).map(n -> n + "!").generate(Choices.replay(new long[0])));
    }

    @Test
    void invalidBoundsAreRejected() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> Gens.integers(2, 1)),
                () -> assertThrows(IllegalArgumentException.class, () -> Gens.lists(Gens.booleans(), 3, 2)),
                () -> assertThrows(IllegalArgumentException.class, () -> Gens.sets(Gens.booleans(), -1, 2)),
                () -> assertThrows(IllegalArgumentException.class, () -> Gens.elements()),
                () -> assertThrows(IllegalArgumentException.class, () -> Gens.strings("", 0, 1)),
                () -> assertThrows(IllegalArgumentException.class, () -> Gens.frequency(Tuple.of(0, Gens.constant(1)))),
                () -> assertThrows(IllegalArgumentException.class, () -> Gens.localDates(JAN_1, JAN_1.minusDays(1))),
                () -> assertThrows(IllegalArgumentException.class, () -> Gens.instants(NOON, NOON.minusMillis(1))));
    }

    private static <T> T simplest(Gen<T> gen) {
        return gen.generate(Choices.replay(new long[0]));
    }
}
