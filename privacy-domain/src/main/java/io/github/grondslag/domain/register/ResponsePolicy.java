package io.github.grondslag.domain.register;

import io.vavr.control.Option;

import java.time.Period;
import java.util.Objects;

/**
 * How fast the controller promises to answer a rights request (AVG 12(3)): the base period, the
 * longest extension it allows itself, and the acknowledgement it promises for a complaint about
 * how a request was handled.
 */
public record ResponsePolicy(
        Period basePeriod, Period maximumExtension, Option<Period> complaintAcknowledgement, Option<String> source) {
    public ResponsePolicy {
        Objects.requireNonNull(basePeriod, "basePeriod");
        Objects.requireNonNull(maximumExtension, "maximumExtension");
        Objects.requireNonNull(complaintAcknowledgement, "complaintAcknowledgement");
        Objects.requireNonNull(source, "source");
    }

    /**
     * The whole further months of extension the policy allows, at most the two of art. 12(3): the
     * largest k with k months not longer than {@code maximumExtension} (P60D allows one month,
     * since two months are longer than sixty days).
     */
    public int maximumExtensionMonths() {
        int k = 0;
        while (k < 2 && Periods.compare(Period.ofMonths(k + 1), maximumExtension) <= 0) {
            k++;
        }
        return k;
    }
}
