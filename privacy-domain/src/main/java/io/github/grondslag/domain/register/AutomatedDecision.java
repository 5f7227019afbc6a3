package io.github.grondslag.domain.register;

import io.github.grondslag.domain.law.AutomatedDecisionGround;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * A purpose takes solely automated decisions (AVG 22): whether they have legal or similarly
 * significant effect, the 22(2) exception the statement names, whether human intervention is
 * offered (22(3)) and whether the logic involved is explained (13(2)(f)).
 */
public record AutomatedDecision(
        boolean legalOrSimilarEffect,
        Option<AutomatedDecisionGround> ground,
        Fact humanIntervention,
        Fact logicExplained,
        Option<String> source) {
    public AutomatedDecision {
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(humanIntervention, "humanIntervention");
        Objects.requireNonNull(logicExplained, "logicExplained");
        Objects.requireNonNull(source, "source");
    }
}
