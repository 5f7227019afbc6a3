package io.github.grondslag.domain.register;

import io.vavr.control.Option;

import java.util.Objects;

/**
 * How a purpose collects consent (AVG 4(11), 7): whether it is explicit (as 9(2)(a) requires),
 * how it is given and how it is withdrawn, and whether withdrawing is as easy as giving (7(3)).
 */
public record ConsentTerms(
        boolean explicit,
        boolean withdrawableAsEasilyAsGiven,
        Option<String> givenVia,
        Option<String> withdrawnVia,
        Option<String> source) {

    public ConsentTerms {
        Objects.requireNonNull(givenVia, "givenVia");
        Objects.requireNonNull(withdrawnVia, "withdrawnVia");
        Objects.requireNonNull(source, "source");
    }
}
