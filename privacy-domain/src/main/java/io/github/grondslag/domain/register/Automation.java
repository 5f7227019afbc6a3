package io.github.grondslag.domain.register;

import io.github.grondslag.domain.law.TrackingTechnique;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * What a purpose does by machine about the subject: solely automated decisions (AVG 22),
 * profiling (4(4)), and reading or writing the subject's device (the cookie rule, ePrivacy
 * Directive 5(3); in NL Telecommunicatiewet 11.7a).
 */
public record Automation(Option<AutomatedDecision> decision, boolean profiling, Set<TrackingTechnique> tracking) {
    public Automation {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(tracking, "tracking");
    }

    /** No automated decision, no profiling, no tracking. */
    public static Automation none() {
        return new Automation(Option.none(), false, HashSet.empty());
    }

    /** Whether a solely automated decision with legal or similarly significant effect is taken. */
    public boolean decidesWithLegalEffect() {
        return decision.exists(AutomatedDecision::legalOrSimilarEffect);
    }
}
