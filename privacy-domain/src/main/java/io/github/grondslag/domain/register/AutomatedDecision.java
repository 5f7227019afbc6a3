package io.github.grondslag.domain.register;

import io.github.grondslag.domain.law.AutomatedDecisionGround;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * A purpose takes solely automated decisions (AVG 22): whether they have legal or similarly
 * significant effect, and the 22(2) exception the statement names for them.
 */
public record AutomatedDecision(
        boolean legalOrSimilarEffect, Option<AutomatedDecisionGround> ground, Option<String> source) {
    public AutomatedDecision {
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(source, "source");
    }
}
