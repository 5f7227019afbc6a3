package io.github.grondslag.testkit.property;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The source of choices a {@link Gen} draws from: a sequence of bounded non-negative longs.
 *
 * <p>A source is either <em>random</em> (fresh choices from a seeded pseudo-random generator) or a
 * <em>replay</em> of a recorded sequence. Either way it records every choice it hands out, so that
 * replaying {@link #recorded()} yields the same value again. On replay a recorded choice larger than
 * the requested bound is clamped to the bound, and once the recorded sequence is exhausted every
 * draw returns {@code 0}, the simplest choice.
 *
 * <p>Not thread-safe; one instance serves one generation.
 */
public final class Choices {

    /** A random source hands out at most this many choices, then behaves like an exhausted replay. */
    static final int MAX_RANDOM_CHOICES = 50_000;

    private final SplittableRandom random;
    private final long[] replayed;
    private long[] recorded = new long[16];
    private int size;

    private Choices(SplittableRandom random, long[] replayed) {
        this.random = random;
        this.replayed = replayed;
    }

    /**
     * A source of fresh pseudo-random choices, fully determined by the seed.
     *
     * @param seed the seed of the pseudo-random generator
     * @return a new random source
     */
    public static Choices random(long seed) {
        return new Choices(new SplittableRandom(seed), new long[0]);
    }

    /**
     * A source that replays a recorded sequence of choices.
     *
     * @param choices the choices to replay (copied); negative values are treated as {@code 0}
     * @return a new replaying source
     */
    public static Choices replay(long[] choices) {
        return new Choices(null, choices.clone());
    }

    /**
     * Draws the next choice.
     *
     * @param maxInclusive the largest allowed choice, at least {@code 0}
     * @return a choice in {@code [0, maxInclusive]}; {@code 0} is always the simplest
     * @throws IllegalArgumentException if {@code maxInclusive} is negative
     */
    public long draw(long maxInclusive) {
        if (maxInclusive < 0) {
            throw new IllegalArgumentException("bound must not be negative: " + maxInclusive);
        }
        long choice = random == null ? replayedChoice(maxInclusive) : randomChoice(maxInclusive);
        record(choice);
        return choice;
    }

    /**
     * The choices drawn so far, in order; replaying them reproduces the same values.
     *
     * @return a copy of the recorded choices
     */
    public long[] recorded() {
        return Arrays.copyOf(recorded, size);
    }

    private long replayedChoice(long maxInclusive) {
        return size < replayed.length ? Math.max(0, Math.min(replayed[size], maxInclusive)) : 0;
    }

    private long randomChoice(long maxInclusive) {
        if (size >= MAX_RANDOM_CHOICES) {
            return 0;
        }
        return maxInclusive == Long.MAX_VALUE ? random.nextLong() >>> 1 : random.nextLong(maxInclusive + 1);
    }

    private void record(long choice) {
        if (size == recorded.length) {
            recorded = Arrays.copyOf(recorded, size * 2);
        }
        recorded[size++] = choice;
    }
}
