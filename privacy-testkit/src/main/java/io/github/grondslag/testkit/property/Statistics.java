package io.github.grondslag.testkit.property;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import java.util.Locale;

/**
 * What a passing property run saw: the number of tries and how many of them carried each label of
 * the property's {@link Property#classify classifiers}.
 */
public final class Statistics {

    private final long seed;
    private final int tries;
    private final Map<String, Integer> counts;

    Statistics(long seed, int tries, java.util.Map<String, Integer> counts) {
        this.seed = seed;
        this.tries = tries;
        this.counts = LinkedHashMap.ofAll(counts);
    }

    /**
     * The seed the run used.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * The number of cases tried.
     *
     * @return the number of tries
     */
    public int tries() {
        return tries;
    }

    /**
     * The number of tries per label, in the order the labels were first seen.
     *
     * @return the counts
     */
    public Map<String, Integer> counts() {
        return counts;
    }

    /**
     * The number of tries that carried the label.
     *
     * @param label the label
     * @return its count, {@code 0} if never seen
     */
    public int count(String label) {
        return counts.get(label).getOrElse(0);
    }

    /**
     * The share of the tries that carried the label.
     *
     * @param label the label
     * @return a percentage in {@code [0, 100]}
     */
    public double percentage(String label) {
        return tries == 0 ? 0 : 100.0 * count(label) / tries;
    }

    /** @return the tries and, per label, its count and percentage */
    @Override
    public String toString() {
        return counts.map(entry -> String.format(Locale.ROOT, "%s: %d (%.1f%%)",
                        entry._1, entry._2, percentage(entry._1)))
                .mkString(tries + " tries (seed " + seed + ")" + (counts.isEmpty() ? "" : "; "), ", ", "");
    }
}
