package io.github.grondslag.domain.check.gdpr;

import io.github.grondslag.domain.check.Finding;
import io.github.grondslag.domain.law.AutomatedDecisionGround;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.DataSubjectRight;
import io.github.grondslag.domain.law.SpecialCategoryCondition;
import io.github.grondslag.domain.law.TransferSafeguard;
import io.github.grondslag.domain.register.AutomatedDecision;
import io.github.grondslag.domain.register.DataCategory;
import io.github.grondslag.domain.register.Fact;
import io.github.grondslag.domain.register.Periods;
import io.github.grondslag.domain.register.Purpose;
import io.github.grondslag.domain.register.RecipientKind;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.register.RetentionAction;
import io.github.grondslag.domain.register.RetentionRule;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import static io.github.grondslag.domain.check.Findings.all;
import static io.github.grondslag.domain.check.Findings.error;
import static io.github.grondslag.domain.check.Findings.ids;
import static io.github.grondslag.domain.check.Findings.warning;
import static io.github.grondslag.domain.check.Findings.when;

/** R6–R9 and R15: storage limitation, processors, transfers, automated decisions, impact assessments. */
final class Safeguards {

    private Safeguards() {
    }

    // R6 — AVG 5(1)(e), 13(2)(a), 89(1)
    static Seq<Finding> retention(Register register) {
        Seq<Finding> rules = register.retentionRules().flatMap(r -> all(
                when(r.trigger().isEmpty() && r.isFinite(), () -> retentionError(r,
                        "names no event from which its period runs, so it never ends.")),
                when(!r.isFinite() && r.trigger().isDefined(), () -> retentionError(r, "names the event from"
                        + " which its period runs but neither a duration nor a maximum: data may be kept no longer"
                        + " than necessary, and the subject cannot tell how long.")),
                when(!r.isFinite() && r.trigger().isEmpty(), () -> warning(GdprRule.R6_RETENTION,
                        Citation.avg("13(2)(a)"), rule(r), "the rule gives a criterion (its description) but neither"
                                + " a period nor the event from which one runs; 13(2)(a) allows criteria where a period"
                                + " cannot be given: find out the period the criterion leads to.")),
                when(r.minimum().isDefined() && r.maximum().isDefined()
                        && Periods.compare(r.minimum().get(), r.maximum().get()) > 0, () -> retentionError(r,
                        "has a minimum (" + r.minimum().get() + ") longer than its maximum (" + r.maximum().get()
                                + ").")),
                when(r.duration().isDefined() && r.maximum().isDefined()
                        && Periods.compare(r.duration().get(), r.maximum().get()) > 0, () -> retentionError(r,
                        "keeps data for " + r.duration().get() + ", longer than its own maximum ("
                                + r.maximum().get() + ").")),
                when(r.action() == RetentionAction.ARCHIVE && r.archivePurpose().isEmpty(), () -> warning(
                        GdprRule.R6_RETENTION, Citation.avg("89(1)"), rule(r), "the rule archives the data at the"
                                + " end of its period; art. 5(1)(e) allows storage beyond what the purpose needs only"
                                + " for archiving in the public interest, research or statistics under 89(1): find"
                                + " out which, and the end of the archive."))));
        if (register.retentionRules().isEmpty() && register.purposes().nonEmpty()) {
            return rules.append(error(GdprRule.R6_RETENTION, Citation.avg("13(2)(a)"), "statement",
                    "the statement gives no retention period, nor the criteria that decide it, for any purpose."));
        }
        Seq<Finding> purposes = register.purposes().filter(p -> register.retentionRulesOf(p).isEmpty())
                .map(p -> warning(GdprRule.R6_RETENTION, Citation.avg("13(2)(a)"), p,
                        "has no retention rule of its own or through its data categories: find out which period or"
                                + " criteria of the statement apply to it."));
        return rules.appendAll(purposes);
    }

    private static Finding retentionError(RetentionRule r, String message) {
        return error(GdprRule.R6_RETENTION, Citation.avg("5(1)(e)"), rule(r), "the rule " + message);
    }

    private static String rule(RetentionRule r) {
        return "retention rule '" + r.id() + "'";
    }

    // R7 — AVG 28(3)
    static Seq<Finding> processorAgreements(Register register) {
        return register.recipients().filter(r -> r.kind() == RecipientKind.PROCESSOR).flatMap(r -> all(
                when(r.processorAgreement().isNo(), () -> error(GdprRule.R7_PROCESSOR_AGREEMENT,
                        Citation.avg("28(3)"), "recipient '" + r.id() + "'",
                        "processes on the controller's behalf, and the statement says there is no processor"
                                + " agreement.")),
                when(r.processorAgreement().isNotStated(), () -> warning(GdprRule.R7_PROCESSOR_AGREEMENT,
                        Citation.avg("28(3)"), "recipient '" + r.id() + "'",
                        "processes on the controller's behalf; the statement does not say that a processor agreement"
                                + " binds it: find out."))));
    }

    // R8 — AVG 13(1)(f), 44–49
    static Seq<Finding> transfers(Register register) {
        boolean authority = register.controller().publicAuthority().isYes();
        return register.transfers().flatMap(t -> {
            String at = "transfer '" + t.id() + "'";
            Option<TransferSafeguard> tool = t.safeguard();
            return all(
                    when(tool.isEmpty() && t.alternatives().isEmpty(), () -> error(
                            GdprRule.R8_TRANSFER_SAFEGUARD, Citation.avg("13(1)(f)"), at, "sends data outside the"
                                    + " EEA " + t.measures().map(m -> "with the measures the statement describes ")
                                    .getOrElse("") + "but names no tool of art. 45-49 for it (44), which 13(1)(f)"
                                    + " requires the statement to say.")),
                    when(tool.isEmpty() && t.alternatives().nonEmpty(), () -> warning(
                            GdprRule.R8_TRANSFER_SAFEGUARD, Citation.avg("13(1)(f)"), at, "sends data outside the"
                                    + " EEA; the statement offers " + t.alternatives().map(TransferSafeguard::citation)
                                    .mkString(" or ") + " as alternatives but does not say which applies to this"
                                    + " transfer: find out, and where the subject can get a copy.")),
                    when(tool.contains(TransferSafeguard.DEROGATION), () -> warning(GdprRule.R8_TRANSFER_SAFEGUARD,
                            Citation.avg("49(1)"), at, "relies on a derogation of art. 49 without saying which: find"
                                    + " out which point of 49(1) applies; derogations cover occasional transfers only"
                                    + " (EDPB Guidelines 2/2018).")),
                    when(authority && tool.exists(Safeguards::closedToPublicPowers), () -> warning(
                            GdprRule.R8_TRANSFER_SAFEGUARD, Citation.avg("49(3)"), at, "relies on "
                                    + tool.get().citation() + ", which a public authority cannot use for activities in"
                                    + " the exercise of its public powers: find out whether this transfer is one.")),
                    when(tool.contains(TransferSafeguard.COMPELLING_LEGITIMATE_INTERESTS), () -> warning(
                            GdprRule.R8_TRANSFER_SAFEGUARD, Citation.avg("49(1) second subparagraph"), at,
                            "relies on compelling legitimate interests: allowed only when no other tool applies, not"
                                    + " repetitive, for a limited number of subjects, with the supervisory authority"
                                    + " and the subject informed; find out whether that is so.")));
        });
    }

    /** The derogations 49(3) closes to public authorities exercising public powers: 49(1)(a)–(c) and the second subparagraph. */
    private static boolean closedToPublicPowers(TransferSafeguard tool) {
        return tool == TransferSafeguard.DEROGATION_EXPLICIT_CONSENT
                || tool == TransferSafeguard.DEROGATION_CONTRACT_WITH_SUBJECT
                || tool == TransferSafeguard.DEROGATION_CONTRACT_IN_SUBJECT_INTEREST
                || tool == TransferSafeguard.COMPELLING_LEGITIMATE_INTERESTS;
    }

    // R9 — AVG 13(2)(f), 22(1)–(4)
    static Seq<Finding> automatedDecisions(Register register) {
        boolean humanInterventionOffered = register.rightsOffered().contains(DataSubjectRight.HUMAN_INTERVENTION);
        return register.purposes().flatMap(p -> p.automation().decision()
                .filter(AutomatedDecision::legalOrSimilarEffect).toList()
                .flatMap(d -> automatedDecision(register, p, d, humanInterventionOffered)));
    }

    private static Seq<Finding> automatedDecision(Register register, Purpose p, AutomatedDecision d,
                                                  boolean humanInterventionOffered) {
        boolean safeguardsOwed = d.ground().contains(AutomatedDecisionGround.CONTRACT)
                || d.ground().contains(AutomatedDecisionGround.EXPLICIT_CONSENT);
        Fact intervention = d.humanIntervention().isNotStated() && humanInterventionOffered
                ? Fact.YES : d.humanIntervention();
        List<DataCategory> special = register.dataCategoriesOf(p).filter(DataCategory::isSpecial);
        boolean specialAllowed = p.sensitive().names(SpecialCategoryCondition.EXPLICIT_CONSENT)
                || p.sensitive().names(SpecialCategoryCondition.SUBSTANTIAL_PUBLIC_INTEREST);
        return all(
                when(d.ground().isEmpty(), () -> warning(GdprRule.R9_AUTOMATED_DECISION, Citation.avg("22(1)"), p,
                        "takes solely automated decisions with legal or similar effect and names none of the"
                                + " exceptions of art. 22(2); without one, 22(1) forbids them: find out which applies"
                                + " (the statement need not name it, 13(2)(f)).")),
                when(safeguardsOwed && intervention.isNo(), () -> error(GdprRule.R9_AUTOMATED_DECISION,
                        Citation.avg("22(3)"), p, "takes solely automated decisions on "
                                + d.ground().get().citation() + " and states that no human intervention is offered.")),
                when(safeguardsOwed && intervention.isNotStated(), () -> warning(GdprRule.R9_AUTOMATED_DECISION,
                        Citation.avg("22(3)"), p, "takes solely automated decisions on " + d.ground().get().citation()
                                + "; the statement does not say that the subject can obtain human intervention,"
                                + " express a view and contest the decision: find out.")),
                when(special.nonEmpty() && !specialAllowed, () -> warning(GdprRule.R9_AUTOMATED_DECISION,
                        Citation.avg("22(4)"), p, "takes solely automated decisions and processes special-category"
                                + " data (" + ids(special) + "); a decision may rest on them only under 9(2)(a) or (g)"
                                + " with suitable measures: find out whether the decision uses them.")),
                when(d.logicExplained().isNo(), () -> error(GdprRule.R9_AUTOMATED_DECISION, Citation.avg("13(2)(f)"),
                        p, "takes solely automated decisions and the statement declines to explain the logic"
                                + " involved and the consequences.")),
                when(d.logicExplained().isNotStated(), () -> warning(GdprRule.R9_AUTOMATED_DECISION,
                        Citation.avg("13(2)(f)"), p, "takes solely automated decisions; the register does not say"
                                + " that the statement explains the logic involved and the consequences: find out.")))
                .appendAll(d.ground().contains(AutomatedDecisionGround.EXPLICIT_CONSENT)
                        ? Lawfulness.explicitConsent(GdprRule.R9_AUTOMATED_DECISION, Citation.avg("22(2)(c)"), p,
                        "its automated decisions")
                        : List.empty());
    }

    // R15 — AVG 35(1), 35(3)(a),(b)
    static Seq<Finding> impactAssessment(Register register) {
        boolean largeScale = register.controller().largeScale().isYes();
        return register.purposes().flatMap(p -> {
            Option<String> why = dpiaRequired(register, p, largeScale);
            Fact made = p.impactAssessment().made();
            return all(
                    when(why.isDefined() && made.isNo(), () -> error(GdprRule.R15_IMPACT_ASSESSMENT,
                            Citation.avg("35(1)"), p, why.get() + ", and the register states that no data protection"
                                    + " impact assessment was made.")),
                    when(why.isDefined() && made.isNotStated(), () -> warning(GdprRule.R15_IMPACT_ASSESSMENT,
                            Citation.avg("35(1)"), p, why.get() + "; the register refers to no data protection impact"
                                    + " assessment: find out whether one was made.")));
        });
    }

    /** Why art. 35(3) requires an assessment of the purpose, if it does. */
    private static Option<String> dpiaRequired(Register register, Purpose p, boolean largeScale) {
        if (p.automation().decidesWithLegalEffect() && p.automation().profiling()) {
            return Option.some("profiles subjects and decides about them automatically with legal or similar effect"
                    + " (35(3)(a))");
        }
        List<DataCategory> sensitive = register.dataCategoriesOf(p).filter(c -> c.isSpecial() || c.isCriminal());
        if (largeScale && sensitive.nonEmpty()) {
            return Option.some("processes special-category or criminal data (" + ids(sensitive) + ") on a large scale"
                    + " (35(3)(b))");
        }
        return Option.none();
    }
}
