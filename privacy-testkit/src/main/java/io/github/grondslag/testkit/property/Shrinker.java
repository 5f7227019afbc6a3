package io.github.grondslag.testkit.property;

import io.vavr.control.Option;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Shrinks a failing example by simplifying the choices it was generated from.
 *
 * <p>Each pass proposes candidate choice sequences: delete spans of 8, 4, 3, 2 and 1 choices at
 * every position; lower each choice (to 0, then by binary search, which starts by halving and ends
 * by decrementing); lower equal choices together, all at once and pairwise; and move the value of
 * one choice onto a later one. A candidate is replayed and kept only if it still fails and the choices its replay consumed
 * are smaller in shortlex order (shorter, or as long and lexicographically smaller). Shortlex is a
 * well-order, so shrinking terminates; the number of replays is capped as well.
 *
 * @param <T> the type of the generated values
 */
final class Shrinker<T> {

    /**
     * A failing example.
     *
     * @param choices the choices its generation consumed
     * @param value the generated value
     * @param cause why the property failed for it
     */
    record Failure<T>(long[] choices, T value, Throwable cause) {
    }

    private static final int[] SPAN_SIZES = {8, 4, 3, 2, 1};
    private static final int MOVE_DISTANCE = 8;

    private final Function<long[], Option<Failure<T>>> replay;
    private final int maxReplays;
    private Failure<T> smallest;
    private int replays;
    private int steps;

    /**
     * @param replay replays candidate choices: the failure they cause, or none if they pass or cannot
     *     be generated
     * @param maxReplays the cap on the number of replays
     * @param failure the failure to shrink
     */
    Shrinker(Function<long[], Option<Failure<T>>> replay, int maxReplays, Failure<T> failure) {
        this.replay = replay;
        this.maxReplays = maxReplays;
        this.smallest = failure;
    }

    /**
     * Runs the passes until none of them improves the example or the replays run out.
     *
     * @return the smallest failure found
     */
    Failure<T> shrink() {
        int stepsBefore;
        do {
            stepsBefore = steps;
            deleteSpans();
            lowerEachChoice();
            lowerEqualChoices();
            moveValues();
        } while (steps > stepsBefore && replays < maxReplays);
        return smallest;
    }

    /** @return how many times a smaller failing example was found */
    int steps() {
        return steps;
    }

    private long[] current() {
        return smallest.choices();
    }

    private void deleteSpans() {
        for (int size : SPAN_SIZES) {
            for (int start = 0; start + size <= current().length; start++) {
                long[] choices = current();
                long[] candidate = new long[choices.length - size];
                System.arraycopy(choices, 0, candidate, 0, start);
                System.arraycopy(choices, start + size, candidate, start, candidate.length - start);
                if (accept(candidate)) {
                    start--; // the next span now begins here
                }
            }
        }
    }

    private void lowerEachChoice() {
        for (int index = 0; index < current().length; index++) {
            lower(new int[] {index});
        }
    }

    private void lowerEqualChoices() {
        Set<Long> values = new LinkedHashSet<>();
        Arrays.stream(current()).filter(value -> value > 0).forEach(values::add);
        for (long value : values) {
            long[] choices = current();
            int[] positions = IntStream.range(0, choices.length).filter(i -> choices[i] == value).toArray();
            if (positions.length > 1 && !lower(positions)) {
                for (int first = 0; first < positions.length; first++) {
                    for (int second = first + 1; second < positions.length; second++) {
                        lower(new int[] {positions[first], positions[second]});
                    }
                }
            }
        }
    }

    private void moveValues() {
        for (int from = 0; from < current().length; from++) {
            for (int to = from + 1; to < Math.min(current().length, from + 1 + MOVE_DISTANCE); to++) {
                long[] candidate = current().clone();
                if (candidate[from] > 0) {
                    long moved = candidate[from];
                    candidate[from] = 0;
                    candidate[to] = candidate[to] + moved < 0 ? Long.MAX_VALUE : candidate[to] + moved;
                    accept(candidate);
                }
            }
        }
    }

    /**
     * Lowers the choices at the given positions together to one value: 0, else the smallest a binary
     * search finds.
     *
     * @return whether a smaller failing example was found
     */
    private boolean lower(int[] positions) {
        if (Arrays.stream(positions).anyMatch(position -> position >= current().length)) {
            return false;
        }
        long value = current()[positions[0]];
        if (value == 0 || withValue(positions, 0)) {
            return value != 0;
        }
        long passing = 0;
        long failing = value;
        while (passing + 1 < failing && replays < maxReplays) {
            long middle = passing + (failing - passing) / 2;
            if (withValue(positions, middle)) {
                failing = middle;
            } else {
                passing = middle;
            }
        }
        return failing < value;
    }

    private boolean withValue(int[] positions, long value) {
        long[] candidate = current().clone();
        for (int position : positions) {
            candidate[position] = value;
        }
        return accept(candidate);
    }

    private boolean accept(long[] candidate) {
        if (replays >= maxReplays || !shortlexLess(candidate, current())) {
            return false;
        }
        replays++;
        Option<Failure<T>> failure = replay.apply(candidate);
        if (failure.isDefined() && shortlexLess(failure.get().choices(), current())) {
            smallest = failure.get();
            steps++;
            return true;
        }
        return false;
    }

    /**
     * Shortlex order: the shorter sequence is smaller; equally long ones compare lexicographically.
     *
     * @return whether {@code left} is strictly smaller than {@code right}
     */
    static boolean shortlexLess(long[] left, long[] right) {
        return left.length != right.length ? left.length < right.length : Arrays.compare(left, right) < 0;
    }
}
