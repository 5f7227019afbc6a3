package io.github.grondslag.testkit.generators;

import io.github.grondslag.domain.law.AutomatedDecisionGround;
import io.github.grondslag.domain.law.DataSubjectRight;
import io.github.grondslag.domain.law.LawfulBasis;
import io.github.grondslag.domain.law.SpecialCategory;
import io.github.grondslag.domain.law.SpecialCategoryCondition;
import io.github.grondslag.domain.law.TrackingTechnique;
import io.github.grondslag.domain.register.AutomatedDecision;
import io.github.grondslag.domain.register.CheckRule;
import io.github.grondslag.domain.register.ConsentTerms;
import io.github.grondslag.domain.register.DataCategory;
import io.github.grondslag.domain.register.DataClass;
import io.github.grondslag.domain.register.Purpose;
import io.github.grondslag.domain.register.Recipient;
import io.github.grondslag.domain.register.RecipientKind;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.register.RegisterDraft;
import io.github.grondslag.domain.register.ResponsePolicy;
import io.github.grondslag.domain.register.RetentionAction;
import io.github.grondslag.domain.register.RetentionRule;
import io.github.grondslag.domain.register.RetentionTrigger;
import io.github.grondslag.domain.register.Transfer;
import io.github.grondslag.testkit.property.Gen;
import io.github.grondslag.testkit.property.Gens;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Period;
import java.util.function.UnaryOperator;

/**
 * Breaks a compliant register in exactly one rule of the register check, in one of several ways
 * per rule, so that a property can show the check finds that rule's breach and nothing else.
 */
public final class RegisterBreakers {

    private static final String BROKEN = "broken";

    private RegisterBreakers() {
    }

    /** A register that breaks the given rule, and no other, in any of the rule's ways. */
    public static Gen<Register> breaking(CheckRule rule) {
        return Gens.integers(0, waysOf(rule) - 1).flatMap(way -> breaking(rule, way));
    }

    /** How many ways of breaking the rule there are. */
    public static int waysOf(CheckRule rule) {
        return ways(rule).size();
    }

    /** A register that breaks the given rule in its {@code way}-th way (0-based), and no other. */
    public static Gen<Register> breaking(CheckRule rule, int way) {
        UnaryOperator<RegisterDraft> breach = ways(rule).get(way);
        return c -> RegisterGens.build(breach.apply(RegisterGens.compliantDraft().generate(c)));
    }

    private static List<UnaryOperator<RegisterDraft>> ways(CheckRule rule) {
        return switch (rule) {
            case R1_LAWFUL_BASIS -> List.<UnaryOperator<RegisterDraft>>of(
                    d -> withPurpose(d, p -> p.withLawfulBases(List.empty())),
                    d -> withPurpose(d, p -> p.withLawfulBases(
                            List.of(LawfulBasis.CONTRACT, LawfulBasis.LEGAL_OBLIGATION))));
            case R2_CONSENT -> List.<UnaryOperator<RegisterDraft>>of(
                    d -> withPurpose(d, p -> p.withConsent(Option.some(consent(true)))),
                    d -> withPurpose(d, p -> p.withLawfulBases(List.of(LawfulBasis.CONSENT))),
                    d -> withPurpose(d, p -> p.withLawfulBases(List.of(LawfulBasis.CONSENT))
                            .withConsent(Option.some(consent(false)))));
            case R3_SPECIAL_CATEGORY -> List.<UnaryOperator<RegisterDraft>>of(
                    d -> withPurpose(withCategory(d, DataClass.SPECIAL), p -> p.withDataCategories(List.of(BROKEN))),
                    d -> withPurpose(withCategory(d, DataClass.SPECIAL), p -> p.withDataCategories(List.of(BROKEN))
                            .withSpecialCategoryCondition(Option.some(SpecialCategoryCondition.EXPLICIT_CONSENT))));
            case R4_CRIMINAL_DATA -> List.<UnaryOperator<RegisterDraft>>of(
                    d -> withPurpose(withCategory(d, DataClass.CRIMINAL), p -> p.withDataCategories(List.of(BROKEN))),
                    d -> withPurpose(withCategory(d, DataClass.CRIMINAL), p -> p.withDataCategories(List.of(BROKEN))
                            .withCriminalDataAuthorisation(Option.some(
                                    io.github.grondslag.domain.law.CriminalDataAuthorisation.EXPLICIT_CONSENT))));
            case R5_LEGITIMATE_INTERESTS -> List.<UnaryOperator<RegisterDraft>>of(
                    d -> withPurpose(d, p -> p.withLawfulBases(List.of(LawfulBasis.LEGITIMATE_INTERESTS))),
                    d -> withPurpose(d.withRightsOffered(d.rightsOffered().remove(DataSubjectRight.OBJECTION)),
                            p -> p.withLawfulBases(List.of(LawfulBasis.LEGITIMATE_INTERESTS))
                                    .withBalancingTest(Option.some("assessment"))));
            case R6_RETENTION -> List.<UnaryOperator<RegisterDraft>>of(
                    d -> withRule(d, r -> new RetentionRule(r.id(), r.description(), Option.none(), r.duration(),
                            r.minimum(), r.maximum(), r.action(), r.extendedByLegalHold(), r.source())),
                    d -> withRule(d, r -> new RetentionRule(r.id(), r.description(), r.trigger(), Option.none(),
                            Option.none(), Option.none(), r.action(), r.extendedByLegalHold(), r.source())),
                    d -> withRule(d, r -> new RetentionRule(r.id(), r.description(), r.trigger(), Option.none(),
                            Option.some(Period.ofYears(9)), Option.some(Period.ofYears(8)), r.action(),
                            r.extendedByLegalHold(), r.source())),
                    d -> withRule(d, r -> new RetentionRule(r.id(), r.description(), r.trigger(),
                            Option.some(Period.ofYears(10)), Option.none(), Option.some(Period.ofYears(8)), r.action(),
                            r.extendedByLegalHold(), r.source())),
                    d -> withPurpose(d, p -> p.withRetentionRules(List.empty())));
            case R7_PROCESSOR_AGREEMENT -> List.<UnaryOperator<RegisterDraft>>of(
                    d -> d.withRecipients(d.recipients().append(
                            new Recipient(BROKEN, "processor", RecipientKind.PROCESSOR, false, Option.none()))));
            case R8_TRANSFER_SAFEGUARD -> List.<UnaryOperator<RegisterDraft>>of(
                    d -> d.withTransfers(d.transfers().append(new Transfer(BROKEN, Option.none(), "abroad",
                            Option.none(), Option.some("extra measures"), Option.none()))));
            case R9_AUTOMATED_DECISION -> List.<UnaryOperator<RegisterDraft>>of(
                    d -> withPurpose(d, p -> p.withAutomatedDecision(
                            Option.some(new AutomatedDecision(true, Option.none(), Option.none())))),
                    d -> withPurpose(d.withRightsOffered(d.rightsOffered().remove(DataSubjectRight.HUMAN_INTERVENTION)),
                            p -> p.withAutomatedDecision(Option.some(new AutomatedDecision(true,
                                    Option.some(AutomatedDecisionGround.CONTRACT), Option.none())))));
            case R10_RESPONSE_POLICY -> List.<UnaryOperator<RegisterDraft>>of(
                    d -> d.withResponsePolicy(Option.some(new ResponsePolicy(Period.ofMonths(2), Period.ZERO,
                            Option.none(), Option.none()))),
                    d -> d.withResponsePolicy(Option.some(new ResponsePolicy(Period.ofMonths(1), Period.ofMonths(3),
                            Option.none(), Option.none()))),
                    d -> d.withResponsePolicy(Option.none()));
            case R11_TRACKING_CONSENT -> List.<UnaryOperator<RegisterDraft>>of(
                    d -> withPurpose(d, p -> p.withTracking(HashSet.of(TrackingTechnique.TRACKING_PIXELS))),
                    d -> withPurpose(d, p -> p.withTracking(HashSet.of(TrackingTechnique.MARKETING_COOKIES,
                            TrackingTechnique.FUNCTIONAL_COOKIES))));
            case R12_TRANSPARENCY -> List.<UnaryOperator<RegisterDraft>>of(
                    d -> d.withController(new io.github.grondslag.domain.register.Controller("",
                            d.controller().chamberOfCommerceNumber(), d.controller().address(),
                            d.controller().contact(), d.controller().dpoContact(), d.controller().group(),
                            d.controller().source())),
                    d -> d.withController(new io.github.grondslag.domain.register.Controller(d.controller().name(),
                            d.controller().chamberOfCommerceNumber(), Option.none(), Option.none(),
                            d.controller().dpoContact(), d.controller().group(), d.controller().source())),
                    d -> d.withController(d.controller().withDpoContact(Option.none())),
                    d -> d.withStatementVersion(Option.none()));
        };
    }

    /**
     * Adds one clean purpose (contract basis, an ordinary category of its own, the register's first
     * subject category and retention rule) and then breaks it with {@code breach}.
     */
    private static RegisterDraft withPurpose(RegisterDraft d, UnaryOperator<Purpose> breach) {
        String ordinary = "ordinary-" + BROKEN;
        RegisterDraft withData = d.withDataCategories(d.dataCategories().append(
                new DataCategory(ordinary, "contact details", DataClass.ORDINARY, Option.none(), Option.none())));
        Purpose clean = new Purpose("purpose-" + BROKEN, "purpose", "", List.of(LawfulBasis.CONTRACT),
                List.of(ordinary), List.of(d.subjectCategories().head().id()), List.empty(),
                List.of(d.retentionRules().head().id()), Option.none(), Option.none(), Option.none(), Option.none(),
                Option.none(), false, false, HashSet.empty(), Option.none());
        return withData.withPurposes(withData.purposes().append(breach.apply(clean)));
    }

    private static RegisterDraft withCategory(RegisterDraft d, DataClass dataClass) {
        Option<SpecialCategory> special = dataClass == DataClass.SPECIAL
                ? Option.some(SpecialCategory.HEALTH) : Option.none();
        return d.withDataCategories(d.dataCategories().append(
                new DataCategory(BROKEN, "category", dataClass, special, Option.none())));
    }

    private static RegisterDraft withRule(RegisterDraft d, UnaryOperator<RetentionRule> breach) {
        RetentionRule clean = new RetentionRule(BROKEN, "rule", Option.some(RetentionTrigger.RECORDED),
                Option.some(Period.ofYears(1)), Option.none(), Option.none(), RetentionAction.ERASE, false,
                Option.none());
        return d.withRetentionRules(d.retentionRules().append(breach.apply(clean)));
    }

    private static ConsentTerms consent(boolean easyToWithdraw) {
        return new ConsentTerms(false, easyToWithdraw, Option.some("form"), Option.some("e-mail"), Option.none());
    }
}
