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
 *
 * @param decision the solely automated decisions the purpose takes, if any
 * @param profiling whether the purpose involves profiling (4(4))
 * @param tracking the techniques by which the purpose reads from or writes to the subject's device
 */
public record Automation(Option<AutomatedDecision> decision, boolean profiling, Set<TrackingTechnique> tracking) {
    /**
     * The automation of a purpose.
     *
     * @param decision the solely automated decisions, if any
     * @param profiling whether the purpose involves profiling
     * @param tracking the tracking techniques used; empty for none
     * @throws NullPointerException if {@code decision} or {@code tracking} is {@code null}
     */
    public Automation {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(tracking, "tracking");
    }

    /** {@return the automation of a purpose that does nothing by machine: no automated decision, no profiling, no tracking} */
    public static Automation none() {
        return new Automation(Option.none(), false, HashSet.empty());
    }

    /** {@return whether a solely automated decision with legal or similarly significant effect (22(1)) is taken} */
    public boolean decidesWithLegalEffect() {
        return decision.exists(AutomatedDecision::legalOrSimilarEffect);
    }
}
