package io.github.grondslag.domain.check.gdpr;

import io.github.grondslag.domain.check.Finding;
import io.github.grondslag.domain.check.RuleSet;
import io.github.grondslag.domain.register.Register;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

import java.util.function.Function;

/**
 * The GDPR's rules of the register check (docs/register-check.md). They depend on no national
 * layer: what a member state adds (the Dutch UAVG, the cookie rule) is judged by its layer.
 */
public final class GdprRules implements RuleSet {

    /** The one instance; the rules hold no state. */
    public static final GdprRules INSTANCE = new GdprRules();

    private static final List<Function<Register, Seq<Finding>>> RULES = List.of(
            Lawfulness::lawfulBasis,
            Lawfulness::consent,
            Lawfulness::specialCategories,
            Lawfulness::criminalData,
            Lawfulness::legitimateInterests,
            Safeguards::retention,
            Safeguards::processorAgreements,
            Safeguards::transfers,
            Safeguards::automatedDecisions,
            Transparency::responsePolicy,
            Transparency::controller,
            Transparency::rights,
            Transparency::controllersAndSources,
            Safeguards::impactAssessment);

    private GdprRules() {
    }

    @Override
    public String name() {
        return "AVG/GDPR (Regulation (EU) 2016/679)";
    }

    @Override
    public List<GdprRule> rules() {
        return List.of(GdprRule.values());
    }

    @Override
    public Seq<Finding> check(Register register) {
        return RULES.flatMap(rule -> rule.apply(register));
    }
}
