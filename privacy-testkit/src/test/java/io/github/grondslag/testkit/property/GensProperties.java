package io.github.grondslag.testkit.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The engine checking its own generators. */
class GensProperties {

    private static final Gen<Long> SEEDS = Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE);

    private static final Gen<?> EVERYTHING = Gens.zip(
            Gens.lists(Gens.optionOf(Gens.strings("abc", 0, 4)), 0, 6),
            Gens.sets(Gens.integers(-100, 100), 1, 8),
            Gens.localDates(LocalDate.of(2000, 1, 1), LocalDate.of(2030, 12, 31)),
            Gens.oneOf(Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE), Gens.integers(0, 9).map(Long::valueOf))
                    .filter(n -> n % 3 != 0));

    @Test
    void replayingTheRecordedChoicesReproducesTheValue() {
        Property.forAll(SEEDS).tries(300).checkThat(seed -> {
            Choices choices = Choices.random(seed);
            Object value = EVERYTHING.generate(choices);
            assertEquals(value, EVERYTHING.generate(Choices.replay(choices.recorded())));
        });
    }

    @Test
    void replayingAnyChoicesGivesAValueOrAGenerationException() {
        Property.forAll(Gens.lists(Gens.longs(0, Long.MAX_VALUE), 0, 30)).checkThat(choices -> {
            try {
                EVERYTHING.generate(Choices.replay(choices.toJavaStream().mapToLong(Long::longValue).toArray()));
            } catch (GenerationException expected) {
                // a filter or a set may give up on arbitrary choices; anything else would be a bug
            }
        });
    }

    @Test
    void integersStayWithinTheirRange() {
        Property.forAll(Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE), Gens.longs(0, Long.MAX_VALUE), SEEDS)
                .check(t -> t.apply((min, width, seed) -> {
                    long max = min + width < min ? Long.MAX_VALUE : min + width;
                    long value = Gens.longs(min, max).generate(Choices.random(seed));
                    return min <= value && value <= max;
                }));
    }

    @Test
    void collectionsRespectTheirSizeBounds() {
        Property.forAll(Gens.integers(0, 10), Gens.integers(0, 10), SEEDS)
                .classify(t -> t._2 == 0 ? "fixed size" : "ranged size")
                .requireLabel("ranged size", 50)
                .checkThat(t -> {
                    int min = t._1;
                    int extra = t._2;
                    long seed = t._3;
                    List<Integer> list = Gens.lists(Gens.integers(0, 3), min, min + extra).generate(Choices.random(seed));
                    Set<Integer> set = Gens.sets(Gens.integers(0, 100), min, min + extra).generate(Choices.random(seed));
                    String text = Gens.strings("xyz", min, min + extra).generate(Choices.random(seed));
                    assertTrue(min <= list.size() && list.size() <= min + extra, list::toString);
                    assertTrue(min <= set.size() && set.size() <= min + extra, set::toString);
                    assertTrue(min <= text.length() && text.length() <= min + extra, text);
                    assertTrue(text.chars().allMatch(c -> "xyz".indexOf(c) >= 0), text);
                });
    }

    @Test
    void datesAndInstantsStayWithinTheirRange() {
        LocalDate from = LocalDate.of(2020, 2, 28);
        Instant start = Instant.parse("2020-02-28T23:59:59.999Z");
        Property.forAll(Gens.localDates(from, from.plusDays(3)), Gens.instants(start, start.plusSeconds(2)))
                .checkThat(t -> {
                    assertTrue(!t._1.isBefore(from) && !t._1.isAfter(from.plusDays(3)), t::toString);
                    assertTrue(!t._2.isBefore(start) && !t._2.isAfter(start.plusSeconds(2)), t::toString);
                });
    }

    @Test
    void optionsAreSometimesEmptyAndSometimesPresent() {
        Property.forAll(Gens.optionOf(Gens.booleans()))
                .classify(option -> option.isEmpty() ? "none" : "some")
                .requireLabel("none", 25)
                .requireLabel("some", 25)
                .check(option -> option.forAll(value -> value != null));
    }
}
