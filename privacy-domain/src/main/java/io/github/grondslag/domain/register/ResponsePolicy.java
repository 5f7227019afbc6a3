package io.github.grondslag.domain.register;

import io.vavr.control.Option;

import java.time.Period;
import java.util.Objects;

/**
 * How fast the controller promises to answer a rights request (AVG 12(3)): the base period, the
 * longest extension it allows itself, and the acknowledgement it promises for a complaint about
 * how a request was handled.
 *
 * @param basePeriod the period within which a request is answered; longer than zero
 * @param maximumExtension the longest extension the statement allows; {@code P0D} when it allows none
 * @param complaintAcknowledgement the period within which a complaint is acknowledged, if promised
 * @param source the section of the privacy statement this element comes from, if given
 */
public record ResponsePolicy(
        Period basePeriod, Period maximumExtension, Option<Period> complaintAcknowledgement, Option<String> source) {

    /**
     * The longest extension of the period to answer a request, the law's cap on every policy: "That
     * period may be extended by two further months where necessary" (AVG 12(3)).
     */
    public static final int MAXIMUM_EXTENSION_MONTHS = 2;

    /**
     * A response policy as the statement describes it; whether its periods are positive is checked by
     * {@link Register#of(RegisterDraft)}.
     *
     * @param basePeriod the period within which a request is answered
     * @param maximumExtension the longest extension the statement allows
     * @param complaintAcknowledgement the period within which a complaint is acknowledged, if promised
     * @param source the section of the statement, if given
     * @throws NullPointerException if any component is {@code null}
     */
    public ResponsePolicy {
        Objects.requireNonNull(basePeriod, "basePeriod");
        Objects.requireNonNull(maximumExtension, "maximumExtension");
        Objects.requireNonNull(complaintAcknowledgement, "complaintAcknowledgement");
        Objects.requireNonNull(source, "source");
    }

    /**
     * The whole further months of extension the policy allows, at most the two of art. 12(3)
     * ({@link #MAXIMUM_EXTENSION_MONTHS}): the largest k with k months not longer than
     * {@code maximumExtension} (P60D allows one month, since two months are longer than sixty days).
     *
     * @return the number of whole months of extension allowed, from 0 to {@link #MAXIMUM_EXTENSION_MONTHS}
     */
    public int maximumExtensionMonths() {
        int k = 0;
        while (k < MAXIMUM_EXTENSION_MONTHS
                && Periods.compare(Period.ofMonths(k + 1), maximumExtension) <= 0) {
            k++;
        }
        return k;
    }
}
