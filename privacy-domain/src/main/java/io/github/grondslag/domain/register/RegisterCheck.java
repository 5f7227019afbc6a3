package io.github.grondslag.domain.register;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.CriminalDataAuthorisation;
import io.github.grondslag.domain.law.DataSubjectRight;
import io.github.grondslag.domain.law.LawfulBasis;
import io.github.grondslag.domain.law.SpecialCategoryCondition;
import io.github.grondslag.domain.law.TrackingTechnique;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.time.Period;
import java.util.function.Function;

/**
 * The register check: a pure function from a {@link Register} to the {@link Finding findings} a
 * privacy officer must see. It reports what the statement says; it repairs nothing.
 *
 * <p>Each rule is a small function in {@link #RULES}; docs/register-check.md lists them with the
 * provisions they rest on.
 */
public final class RegisterCheck {

    private static final List<Function<Register, Seq<Finding>>> RULES = List.of(
            RegisterCheck::lawfulBasis,
            RegisterCheck::consent,
            RegisterCheck::specialCategories,
            RegisterCheck::criminalData,
            RegisterCheck::legitimateInterests,
            RegisterCheck::retention,
            RegisterCheck::processorAgreements,
            RegisterCheck::transfers,
            RegisterCheck::automatedDecisions,
            RegisterCheck::responsePolicy,
            RegisterCheck::tracking,
            RegisterCheck::transparency);

    private static final Period ONE_MONTH = Period.ofMonths(1);
    private static final Period TWO_MONTHS = Period.ofMonths(2);

    private RegisterCheck() {
    }

    /** Every finding on the register, in rule order. */
    public static List<Finding> check(Register register) {
        return RULES.flatMap(rule -> rule.apply(register));
    }

    /** Whether any finding is an error. */
    public static boolean hasErrors(Seq<Finding> findings) {
        return findings.exists(f -> f.severity() == Severity.ERROR);
    }

    // R1 — AVG 6(1)
    private static Seq<Finding> lawfulBasis(Register register) {
        return register.purposes().flatMap(p -> {
            List<LawfulBasis> bases = p.lawfulBases().distinct();
            if (bases.isEmpty()) {
                return Option.of(error(CheckRule.R1_LAWFUL_BASIS, Citation.avg("6(1)"), p,
                        "names no lawful basis; processing is lawful only on one of the six bases of art. 6(1)."));
            }
            if (bases.size() > 1) {
                return Option.of(warning(CheckRule.R1_LAWFUL_BASIS, Citation.avg("6(1)"), p,
                        "names " + bases.size() + " lawful bases (" + bases.map(LawfulBasis::citation).mkString(", ")
                                + "); the subject cannot tell which rights apply: name the one it rests on."));
            }
            return Option.none();
        });
    }

    // R2 — AVG 6(1)(a), 7(1), 7(3)
    private static Seq<Finding> consent(Register register) {
        return register.purposes().flatMap(p -> List.of(
                        p.collectsConsent() && !p.restsOn(LawfulBasis.CONSENT)
                                ? Option.of(error(CheckRule.R2_CONSENT, Citation.avg("6(1)(a)"), p,
                                "asks for the subject's consent but rests on "
                                        + p.lawfulBases().map(LawfulBasis::citation).mkString(", ")
                                        + "; when consent is asked it must be the basis (6(1)(a), 7), or withdrawing"
                                        + " it would change nothing."))
                                : Option.<Finding>none(),
                        p.restsOn(LawfulBasis.CONSENT) && !p.collectsConsent()
                                ? Option.of(error(CheckRule.R2_CONSENT, Citation.avg("7(1)"), p,
                                "rests on consent but does not say how consent is collected; the controller must be"
                                        + " able to demonstrate it."))
                                : Option.<Finding>none(),
                        p.consent().filter(c -> !c.withdrawableAsEasilyAsGiven())
                                .map(c -> error(CheckRule.R2_CONSENT, Citation.avg("7(3)"), p,
                                        "collects consent that cannot be withdrawn as easily as it is given.")))
                .flatMap(Function.identity()));
    }

    // R3 — AVG 9(1), 9(2)
    private static Seq<Finding> specialCategories(Register register) {
        return register.purposes().flatMap(p -> {
            List<DataCategory> special = register.dataCategoriesOf(p).filter(DataCategory::isSpecial);
            if (special.isEmpty()) {
                return Option.<Finding>none();
            }
            if (p.specialCategoryCondition().isEmpty()) {
                return Option.of(error(CheckRule.R3_SPECIAL_CATEGORY, Citation.avg("9(2)"), p,
                        "processes special-category data (" + names(special) + ") but names no condition of"
                                + " art. 9(2); without one, art. 9(1) forbids it."));
            }
            boolean explicitConsentMissing = p.specialCategoryCondition()
                    .contains(SpecialCategoryCondition.EXPLICIT_CONSENT)
                    && !p.consent().exists(ConsentTerms::explicit);
            return explicitConsentMissing
                    ? Option.of(error(CheckRule.R3_SPECIAL_CATEGORY, Citation.avg("9(2)(a)"), p,
                    "relies on explicit consent for special-category data (" + names(special)
                            + ") but does not collect explicit consent."))
                    : Option.<Finding>none();
        });
    }

    // R4 — AVG 10, UAVG 31–33
    private static Seq<Finding> criminalData(Register register) {
        return register.purposes().flatMap(p -> {
            List<DataCategory> criminal = register.dataCategoriesOf(p).filter(DataCategory::isCriminal);
            if (criminal.isEmpty()) {
                return Option.<Finding>none();
            }
            if (p.criminalDataAuthorisation().isEmpty()) {
                return Option.of(error(CheckRule.R4_CRIMINAL_DATA, Citation.avg("10"), p,
                        "processes criminal data (" + names(criminal) + ") but names no authorisation: art. 10 allows"
                                + " it only under official authority or a law such as UAVG 31-33."));
            }
            return p.criminalDataAuthorisation().contains(CriminalDataAuthorisation.EXPLICIT_CONSENT)
                    && !p.consent().exists(ConsentTerms::explicit)
                    ? Option.of(error(CheckRule.R4_CRIMINAL_DATA, Citation.uavg("32(a)"), p,
                    "relies on explicit consent for criminal data (" + names(criminal)
                            + ") but does not collect explicit consent."))
                    : Option.<Finding>none();
        });
    }

    // R5 — AVG 6(1)(f), 21(1), 21(4)
    private static Seq<Finding> legitimateInterests(Register register) {
        boolean objectionOffered = register.rightsOffered().contains(DataSubjectRight.OBJECTION);
        return register.purposes().flatMap(p -> List.of(
                        p.restsOn(LawfulBasis.LEGITIMATE_INTERESTS) && p.balancingTest().isEmpty()
                                ? Option.of(warning(CheckRule.R5_LEGITIMATE_INTERESTS, Citation.avg("6(1)(f)"), p,
                                "rests on legitimate interests but refers to no balancing test of those interests"
                                        + " against the subject's."))
                                : Option.<Finding>none(),
                        p.lawfulBases().exists(LawfulBasis::givesObjection) && !objectionOffered
                                ? Option.of(error(CheckRule.R5_LEGITIMATE_INTERESTS, Citation.avg("21(4)"), p,
                                "rests on " + p.lawfulBases().filter(LawfulBasis::givesObjection)
                                        .map(LawfulBasis::citation).mkString(", ")
                                        + " but the statement does not offer the right to object (21(1))."))
                                : Option.<Finding>none())
                .flatMap(Function.identity()));
    }

    // R6 — AVG 5(1)(e), 13(2)(a)
    private static Seq<Finding> retention(Register register) {
        Seq<Finding> rules = register.retentionRules().flatMap(r -> List.of(
                        r.trigger().isEmpty()
                                ? Option.of(retentionError(r,
                                "names no event from which its period runs, so it never ends."))
                                : Option.<Finding>none(),
                        !r.isFinite()
                                ? Option.of(retentionError(r,
                                "names neither a duration nor a maximum: data may be kept no longer than necessary."))
                                : Option.<Finding>none(),
                        r.minimum().isDefined() && r.maximum().isDefined()
                                && compare(r.minimum().get(), r.maximum().get()) > 0
                                ? Option.of(retentionError(r,
                                "has a minimum (" + r.minimum().get() + ") longer than its maximum ("
                                        + r.maximum().get() + ")."))
                                : Option.<Finding>none(),
                        r.duration().isDefined() && r.maximum().isDefined()
                                && compare(r.duration().get(), r.maximum().get()) > 0
                                ? Option.of(retentionError(r, "keeps data for " + r.duration().get()
                                + ", longer than its own maximum (" + r.maximum().get() + ")."))
                                : Option.<Finding>none())
                .flatMap(Function.identity()));
        Seq<Finding> purposes = register.purposes().filter(p -> p.retentionRules().isEmpty())
                .map(p -> warning(CheckRule.R6_RETENTION, Citation.avg("13(2)(a)"), p,
                        "names no retention period, nor the criteria that decide it."));
        return rules.appendAll(purposes);
    }

    // R7 — AVG 28(3)
    private static Seq<Finding> processorAgreements(Register register) {
        return register.recipients()
                .filter(r -> r.kind() == RecipientKind.PROCESSOR && !r.processorAgreement())
                .map(r -> new Finding(CheckRule.R7_PROCESSOR_AGREEMENT, Severity.ERROR, Citation.avg("28(3)"),
                        "recipient '" + r.id() + "'",
                        "processes on the controller's behalf without a processor agreement."));
    }

    // R8 — AVG 44–49
    private static Seq<Finding> transfers(Register register) {
        return register.transfers().filter(t -> t.safeguard().isEmpty())
                .map(t -> new Finding(CheckRule.R8_TRANSFER_SAFEGUARD, Severity.ERROR, Citation.avg("44"),
                        "transfer '" + t.id() + "'",
                        "sends data outside the EEA (" + t.destination() + ") "
                                + t.measures().map(m -> "with \"" + m + "\" ").getOrElse("")
                                + "but names none of the safeguards of art. 45-49."));
    }

    // R9 — AVG 22(2), 22(3)
    private static Seq<Finding> automatedDecisions(Register register) {
        boolean humanIntervention = register.rightsOffered().contains(DataSubjectRight.HUMAN_INTERVENTION);
        return register.purposes().flatMap(p -> p.automatedDecision()
                .filter(AutomatedDecision::legalOrSimilarEffect)
                .toList()
                .flatMap(d -> List.of(
                                d.ground().isEmpty()
                                        ? Option.of(error(CheckRule.R9_AUTOMATED_DECISION, Citation.avg("22(2)"), p,
                                        "takes solely automated decisions with legal or similar effect but names"
                                                + " none of the exceptions of art. 22(2) that allow them."))
                                        : Option.<Finding>none(),
                                !humanIntervention
                                        ? Option.of(error(CheckRule.R9_AUTOMATED_DECISION, Citation.avg("22(3)"), p,
                                        "takes solely automated decisions but the statement does not offer human"
                                                + " intervention."))
                                        : Option.<Finding>none())
                        .flatMap(Function.identity())));
    }

    // R10 — AVG 12(3)
    private static Seq<Finding> responsePolicy(Register register) {
        if (register.responsePolicy().isEmpty()) {
            return List.of(new Finding(CheckRule.R10_RESPONSE_POLICY, Severity.WARNING, Citation.avg("12(3)"),
                    "response policy", "the statement does not say within what period a rights request is answered."));
        }
        ResponsePolicy policy = register.responsePolicy().get();
        return List.of(
                        compare(policy.basePeriod(), ONE_MONTH) > 0
                                ? Option.of(new Finding(CheckRule.R10_RESPONSE_POLICY, Severity.ERROR,
                                Citation.avg("12(3)"), "response policy", "promises an answer within "
                                + policy.basePeriod() + ", longer than the one month of art. 12(3)."))
                                : Option.<Finding>none(),
                        compare(policy.maximumExtension(), TWO_MONTHS) > 0
                                ? Option.of(new Finding(CheckRule.R10_RESPONSE_POLICY, Severity.ERROR,
                                Citation.avg("12(3)"), "response policy", "allows an extension of "
                                + policy.maximumExtension() + "; art. 12(3) allows at most two further months."))
                                : Option.<Finding>none())
                .flatMap(Function.identity());
    }

    // R11 — Telecommunicatiewet 11.7a(1)
    private static Seq<Finding> tracking(Register register) {
        return register.purposes().flatMap(p -> {
            List<TrackingTechnique> needConsent = p.tracking().toList().filter(t -> !t.exemptFromConsent()).sorted();
            return needConsent.nonEmpty() && !p.restsOn(LawfulBasis.CONSENT)
                    ? Option.of(error(CheckRule.R11_TRACKING_CONSENT, Citation.telecommunicatiewet("11.7a(1)"), p,
                    "uses " + needConsent.map(t -> t.name().toLowerCase().replace('_', ' ')).mkString(", ")
                            + " on " + p.lawfulBases().map(LawfulBasis::citation).mkString(", ")
                            + "; reading or storing information on a subject's device needs consent."))
                    : Option.<Finding>none();
        });
    }

    // R12 — AVG 13(1)(a),(b), 12(1)
    private static Seq<Finding> transparency(Register register) {
        Controller c = register.controller();
        return List.of(
                        c.name().isBlank()
                                ? Option.of(new Finding(CheckRule.R12_TRANSPARENCY, Severity.ERROR,
                                Citation.avg("13(1)(a)"), "controller", "the statement does not name the controller."))
                                : Option.<Finding>none(),
                        c.address().isEmpty() && c.contact().isEmpty()
                                ? Option.of(new Finding(CheckRule.R12_TRANSPARENCY, Severity.ERROR,
                                Citation.avg("13(1)(a)"), "controller",
                                "the statement gives no contact details of the controller."))
                                : Option.<Finding>none(),
                        c.dpoContact().isEmpty()
                                ? Option.of(new Finding(CheckRule.R12_TRANSPARENCY, Severity.WARNING,
                                Citation.avg("13(1)(b)"), "controller",
                                "the statement gives no contact details of a data protection officer; required where"
                                        + " one is designated (art. 37)."))
                                : Option.<Finding>none(),
                        register.statementVersion().isEmpty()
                                ? Option.of(new Finding(CheckRule.R12_TRANSPARENCY, Severity.WARNING,
                                Citation.avg("12(1)"), "statement",
                                "the statement carries no version date, so a subject cannot tell which text applied"
                                        + " when."))
                                : Option.<Finding>none())
                .flatMap(Function.identity());
    }

    private static Finding error(CheckRule rule, Citation citation, Purpose p, String message) {
        return new Finding(rule, Severity.ERROR, citation, purpose(p), "the purpose " + message);
    }

    private static Finding warning(CheckRule rule, Citation citation, Purpose p, String message) {
        return new Finding(rule, Severity.WARNING, citation, purpose(p), "the purpose " + message);
    }

    private static String purpose(Purpose p) {
        return "purpose '" + p.id() + "'";
    }

    private static Finding retentionError(RetentionRule r, String message) {
        return new Finding(CheckRule.R6_RETENTION, Severity.ERROR, Citation.avg("5(1)(e)"),
                "retention rule '" + r.id() + "'", "the rule " + message);
    }

    private static String names(List<DataCategory> categories) {
        return categories.map(DataCategory::id).mkString(", ");
    }

    static int compare(Period a, Period b) {
        return Periods.compare(a, b);
    }

}
