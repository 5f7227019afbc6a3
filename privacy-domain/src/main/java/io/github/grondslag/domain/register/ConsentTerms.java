package io.github.grondslag.domain.register;

import io.vavr.control.Option;

import java.util.Objects;

/**
 * How a purpose asks for consent (AVG 4(11), 7): of which {@link ConsentKind kind} it is, whether
 * it is explicit (as 9(2)(a) and 22(2)(c) require), how it is obtained, whether it is a condition
 * of the service (7(4)), and whether withdrawing is as easy as giving (7(3)).
 *
 * @param requiredBy for consent of kind {@link ConsentKind#OTHER_LAW}: the law that requires it
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

    /** GDPR consent of the given kind, explicit or not, obtained by a clear act and as easy to withdraw as to give. */
    public static ConsentTerms clear(ConsentKind kind, boolean explicit) {
        return new ConsentTerms(kind, Fact.of(explicit), Fact.YES, ConsentMechanism.CLEAR_AFFIRMATIVE_ACT, Fact.NO,
                Option.none(), Option.none(), Option.none(), Option.none());
    }
}
