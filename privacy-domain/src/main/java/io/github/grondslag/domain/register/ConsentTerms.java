package io.github.grondslag.domain.register;

import io.vavr.control.Option;

import java.util.Objects;

/**
 * How a purpose asks for consent (AVG 4(11), 7): of which {@link ConsentKind kind} it is, whether
 * it is explicit (as 9(2)(a) and 22(2)(c) require), how it is obtained, whether it is a condition
 * of the service (7(4)), and whether withdrawing is as easy as giving (7(3)).
 *
 * @param kind why the purpose asks for consent: as its basis, as an explicit condition, or because
 *             another law requires it
 * @param explicit whether the consent is explicit (9(2)(a), 22(2)(c), 49(1)(a))
 * @param withdrawableAsEasilyAsGiven whether withdrawing is as easy as giving (7(3))
 * @param obtainedBy how consent is obtained; only a clear affirmative act is consent (4(11))
 * @param conditionOfService whether the service is made conditional on the consent (7(4))
 * @param requiredBy for consent of kind {@link ConsentKind#OTHER_LAW}: the law that requires it
 * @param givenVia how the subject gives consent, in the statement's words
 * @param withdrawnVia how the subject withdraws consent, in the statement's words
 * @param source the section of the privacy statement this element comes from, if given
 */
public record ConsentTerms(
        ConsentKind kind,
        Fact explicit,
        Fact withdrawableAsEasilyAsGiven,
        ConsentMechanism obtainedBy,
        Fact conditionOfService,
        Option<String> requiredBy,
        Option<String> givenVia,
        Option<String> withdrawnVia,
        Option<String> source) {

    /**
     * The consent terms of a purpose.
     *
     * @param kind why the purpose asks for consent
     * @param explicit whether the consent is explicit
     * @param withdrawableAsEasilyAsGiven whether withdrawing is as easy as giving
     * @param obtainedBy how consent is obtained
     * @param conditionOfService whether the service is made conditional on the consent
     * @param requiredBy the law that requires consent of kind {@link ConsentKind#OTHER_LAW}, if named
     * @param givenVia how the subject gives consent, if stated
     * @param withdrawnVia how the subject withdraws consent, if stated
     * @param source the section of the statement, if given
     * @throws NullPointerException if any component is {@code null}
     */
    public ConsentTerms {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(explicit, "explicit");
        Objects.requireNonNull(withdrawableAsEasilyAsGiven, "withdrawableAsEasilyAsGiven");
        Objects.requireNonNull(obtainedBy, "obtainedBy");
        Objects.requireNonNull(conditionOfService, "conditionOfService");
        Objects.requireNonNull(requiredBy, "requiredBy");
        Objects.requireNonNull(givenVia, "givenVia");
        Objects.requireNonNull(withdrawnVia, "withdrawnVia");
        Objects.requireNonNull(source, "source");
    }

    /**
     * GDPR consent of the given kind, explicit or not, obtained by a clear act and as easy to withdraw
     * as to give, and no condition of the service.
     *
     * @param kind why the purpose asks for consent
     * @param explicit whether the consent is explicit
     * @return consent terms that meet art. 4(11) and 7(3) and (4), with no means or source stated
     */
    public static ConsentTerms clear(ConsentKind kind, boolean explicit) {
        return new ConsentTerms(kind, Fact.of(explicit), Fact.YES, ConsentMechanism.CLEAR_AFFIRMATIVE_ACT, Fact.NO,
                Option.none(), Option.none(), Option.none(), Option.none());
    }
}
