package io.github.grondslag.domain.register;

import io.github.grondslag.domain.law.AutomatedDecisionGround;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * A purpose takes solely automated decisions (AVG 22): whether they have legal or similarly
 * significant effect, the 22(2) exception the statement names, whether human intervention is
 * offered (22(3)) and whether the logic involved is explained (13(2)(f)).
 *
 * @param legalOrSimilarEffect whether the decision has legal or similarly significant effect (22(1))
 * @param ground the exception of 22(2)(a)–(c) the statement names, if any
 * @param humanIntervention whether human intervention is offered (22(3))
 * @param logicExplained whether the logic involved is explained (13(2)(f))
 * @param source the section of the privacy statement this element comes from, if given
 */
public record AutomatedDecision(
        boolean legalOrSimilarEffect,
        Option<AutomatedDecisionGround> ground,
        Fact humanIntervention,
        Fact logicExplained,
        Option<String> source) {
    /**
     * An automated decision as the statement describes it.
     *
     * @param legalOrSimilarEffect whether the decision has legal or similarly significant effect
     * @param ground the exception of 22(2) the statement names, if any
     * @param humanIntervention whether human intervention is offered
     * @param logicExplained whether the logic involved is explained
     * @param source the section of the statement, if given
     * @throws NullPointerException if any reference component is {@code null}
     */
    public AutomatedDecision {
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(humanIntervention, "humanIntervention");
        Objects.requireNonNull(logicExplained, "logicExplained");
        Objects.requireNonNull(source, "source");
    }
}
