package io.github.grondslag.testkit.generators;

import io.github.grondslag.domain.check.RegisterCheck;
import io.github.grondslag.domain.check.Rule;
import io.github.grondslag.domain.check.Severity;
import io.github.grondslag.domain.check.gdpr.GdprRule;
import io.github.grondslag.domain.check.nl.DutchRule;
import io.github.grondslag.domain.law.AutomatedDecisionGround;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.CriminalDataAuthorisation;
import io.github.grondslag.domain.law.DataSubjectRight;
import io.github.grondslag.domain.law.LawfulBasis;
import io.github.grondslag.domain.law.SpecialCategory;
import io.github.grondslag.domain.law.SpecialCategoryCondition;
import io.github.grondslag.domain.law.TrackingTechnique;
import io.github.grondslag.domain.law.TransferSafeguard;
import io.github.grondslag.domain.register.AutomatedDecision;
import io.github.grondslag.domain.register.ConsentKind;
import io.github.grondslag.domain.register.ConsentMechanism;
import io.github.grondslag.domain.register.ConsentTerms;
import io.github.grondslag.domain.register.Controller;
import io.github.grondslag.domain.register.DataCategory;
import io.github.grondslag.domain.register.DataClass;
import io.github.grondslag.domain.register.DataOrigin;
import io.github.grondslag.domain.register.DpoGround;
import io.github.grondslag.domain.register.Fact;
import io.github.grondslag.domain.register.JointController;
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
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.control.Option;

import java.time.Period;
import java.util.Objects;
import java.util.function.UnaryOperator;

import static io.github.grondslag.domain.check.Severity.ERROR;
import static io.github.grondslag.domain.check.Severity.WARNING;

/**
 * Breaks a compliant register ({@link RegisterGens#compliantDraft()}) in one rule of the register
 * check, in one of several {@link Way ways} per rule that together reach every error and every
 * warning the rule can give, so that a property can show the check finds that rule's breach and
 * nothing else. The rules are those of the GDPR ({@link GdprRule}), of the Dutch layer
 * ({@link DutchRule}) and the check's own {@link RegisterCheck.LayerRule#N1_NATIONAL_LAW_NOT_CHECKED}.
 *
 * <p>Most ways add one purpose, built clean with {@link #cleanPurpose()} and then broken; the rest
 * change the controller, the rights offered, a recipient, a transfer or a retention rule.
 *
 * <p>All the broken registers shrink through the property engine's choice sequence: towards the
 * first rule, the first way of a rule and the smallest compliant register around the breach.
 */
public final class RegisterBreakers {

    private static final String BROKEN = "broken";
    private static final String PURPOSE = "purpose-" + BROKEN;
    private static final String ORDINARY = "ordinary-" + BROKEN;
    private static final String SPECIAL = "special-" + BROKEN;
    private static final String CRIMINAL = "criminal-" + BROKEN;
    private static final String BSN = "bsn-" + BROKEN;

    /**
     * One way of breaking a rule: what it does, the finding it must give (its severity and
     * citation), and the rules whose findings inevitably come with it (almost always none).
     *
     * @param rule the rule of the register check the way breaks
     * @param description what the breach does, in a few words, such as "consent by a pre-ticked box"
     * @param severity the severity of the finding the check must give: error or warning
     * @param citation the article the finding must cite
     * @param alsoFound rules the breach cannot avoid touching as well (none of today's ways needs one)
     * @param breach turns the draft of a compliant register into one with the breach
     */
    public record Way(Rule rule, String description, Severity severity, Citation citation, Set<Rule> alsoFound,
                      UnaryOperator<RegisterDraft> breach) {
        /**
         * Checks that no component is {@code null}.
         *
         * @param rule the rule of the register check the way breaks
         * @param description what the breach does, in a few words
         * @param severity the severity of the finding the check must give
         * @param citation the article the finding must cite
         * @param alsoFound rules the breach cannot avoid touching as well
         * @param breach turns the draft of a compliant register into one with the breach
         * @throws NullPointerException when a component is {@code null}
         */
        public Way {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(citation, "citation");
            Objects.requireNonNull(alsoFound, "alsoFound");
            Objects.requireNonNull(breach, "breach");
        }

        /** {@return the rules whose findings the breach gives: its own and those it cannot avoid} */
        public Set<Rule> expectedRules() {
            return alsoFound.add(rule);
        }

        /**
         * {@return registers of {@link RegisterGens#compliantDraft()} broken in this way, built
         * with {@link RegisterGens#build(RegisterDraft)}}
         */
        public Gen<Register> registers() {
            return c -> RegisterGens.build(breach.apply(RegisterGens.compliantDraft().generate(c)));
        }

        @Override
        public String toString() {
            return rule.code() + " (" + severity + ", " + citation + "): " + description;
        }
    }

    private static final Map<Rule, List<Way>> WAYS = ways();

    private RegisterBreakers() {
    }

    /**
     * {@return the rules this class can break, in the order of the check: those of the GDPR, those
     * of the Dutch layer, and N1}
     */
    public static List<Rule> rules() {
        return WAYS.keySet().toList();
    }

    /**
     * The ways of breaking a rule, which together reach every error and warning it can give.
     *
     * @param rule one of the {@link #rules()}
     * @return its ways, at least one
     * @throws IllegalArgumentException if no way of breaking the rule is known
     */
    public static List<Way> waysOf(Rule rule) {
        return WAYS.get(rule).getOrElseThrow(() -> new IllegalArgumentException("no way of breaking " + rule.code()
                + " is known; the rules are " + rules().map(Rule::code).mkString(", ")));
    }

    /**
     * How many ways of breaking a rule there are.
     *
     * @param rule one of the {@link #rules()}
     * @return the number of its ways
     * @throws IllegalArgumentException if no way of breaking the rule is known
     */
    public static int countWaysOf(Rule rule) {
        return waysOf(rule).size();
    }

    /**
     * Registers that break a rule, in any of the rule's ways, each equally often; shrinks towards
     * the first way.
     *
     * @param rule one of the {@link #rules()}
     * @return a generator of registers that break the rule and keep every other
     * @throws IllegalArgumentException if no way of breaking the rule is known
     */
    public static Gen<Register> breaking(Rule rule) {
        return Gens.integers(0, countWaysOf(rule) - 1).flatMap(way -> breaking(rule, way));
    }

    /**
     * Registers that break a rule in one given way.
     *
     * @param rule one of the {@link #rules()}
     * @param way the index of the way in {@link #waysOf(Rule)}, 0-based
     * @return a generator of registers broken in that way
     * @throws IllegalArgumentException if no way of breaking the rule is known
     * @throws IndexOutOfBoundsException if the rule has no such way
     */
    public static Gen<Register> breaking(Rule rule, int way) {
        return waysOf(rule).get(way).registers();
    }

    /**
     * {@return registers that break one of the {@link #rules()}, each rule equally often, in any of
     * its ways; shrinks towards the first way of the first rule}
     */
    public static Gen<Register> breakingAnyRule() {
        return Gens.elementsOf(rules()).flatMap(RegisterBreakers::breaking);
    }

    // ------------------------------------------------------------------------------------------------
    // The facts a statement can state as yes or no, or leave unsaid.

    /**
     * A three-valued fact of the register, with the rule that judges it: a stated {@link Fact#NO}
     * gives an error of that rule, {@link Fact#NOT_STATED} only warnings, {@link Fact#YES} nothing.
     */
    public enum StatedFact {
        /** A processor's agreement (28(3)). */
        PROCESSOR_AGREEMENT(GdprRule.R7_PROCESSOR_AGREEMENT),
        /** Consent as easy to withdraw as to give (7(3)). */
        WITHDRAWABLE_AS_EASILY_AS_GIVEN(GdprRule.R2_CONSENT),
        /** The balancing test of legitimate interests (6(1)(f)). */
        BALANCING_TEST(GdprRule.R5_LEGITIMATE_INTERESTS),
        /** Human intervention in a solely automated decision on a contract (22(3)). */
        HUMAN_INTERVENTION(GdprRule.R9_AUTOMATED_DECISION),
        /** The logic of a solely automated decision explained (13(2)(f)). */
        LOGIC_EXPLAINED(GdprRule.R9_AUTOMATED_DECISION),
        /** The impact assessment of a purpose that profiles and decides automatically (35(3)(a)). */
        IMPACT_ASSESSMENT(GdprRule.R15_IMPACT_ASSESSMENT),
        /** Explicit consent as the 9(2)(a) condition for special data. */
        EXPLICIT_CONSENT_FOR_SPECIAL_DATA(GdprRule.R3_SPECIAL_CATEGORY),
        /** Explicit consent as the 22(2)(c) exception for an automated decision. */
        EXPLICIT_CONSENT_FOR_A_DECISION(GdprRule.R9_AUTOMATED_DECISION),
        /** Explicit consent as the UAVG 32(a) authorisation for criminal data. */
        EXPLICIT_CONSENT_FOR_CRIMINAL_DATA(DutchRule.NL2_CRIMINAL_DATA);

        private final Rule rule;

        StatedFact(Rule rule) {
            this.rule = rule;
        }

        /** {@return the rule that judges the fact} */
        public Rule rule() {
            return rule;
        }
    }

    /**
     * A compliant register with one element added whose {@code fact} has the given value, and
     * which is otherwise clean: with {@link Fact#YES} the register is still compliant.
     *
     * @param fact the fact to state
     * @param value its value: yes (compliant), no (an error of the fact's rule) or not stated
     *              (warnings only)
     * @return a generator of registers stating the fact so
     */
    public static Gen<Register> stating(StatedFact fact, Fact value) {
        UnaryOperator<RegisterDraft> change = switch (fact) {
            case PROCESSOR_AGREEMENT -> d -> withRecipient(d, RecipientKind.PROCESSOR, value);
            case WITHDRAWABLE_AS_EASILY_AS_GIVEN -> d -> withPurpose(d, p -> p.withLawfulBases(LawfulBasis.CONSENT)
                    .withConsent(consent(ConsentKind.BASIS, Fact.NO, value, ConsentMechanism.CLEAR_AFFIRMATIVE_ACT,
                            Fact.NO)));
            case BALANCING_TEST -> d -> withPurpose(notAPublicAuthority(d), p -> legitimateInterests(p)
                    .withBalancingTest(value));
            case HUMAN_INTERVENTION -> d -> withPurpose(withoutHumanInterventionRight(d), p -> p.withAutomatedDecision(
                    decision(AutomatedDecisionGround.CONTRACT, value, Fact.YES)));
            case LOGIC_EXPLAINED -> d -> withPurpose(d, p -> p.withAutomatedDecision(
                    decision(AutomatedDecisionGround.AUTHORISED_BY_LAW, Fact.YES, value)));
            case IMPACT_ASSESSMENT -> d -> withPurpose(d, p -> p.withAutomatedDecision(
                            decision(AutomatedDecisionGround.AUTHORISED_BY_LAW, Fact.YES, Fact.YES)).withProfiling(true)
                    .withImpactAssessment(value));
            case EXPLICIT_CONSENT_FOR_SPECIAL_DATA -> d -> withPurpose(withSpecialCategory(d), p -> p
                    .withDataCategories(SPECIAL).withSpecialConditions(SpecialCategoryCondition.EXPLICIT_CONSENT)
                    .withConsent(explicitCondition(value)));
            case EXPLICIT_CONSENT_FOR_A_DECISION -> d -> withPurpose(d, p -> p.withAutomatedDecision(
                    decision(AutomatedDecisionGround.EXPLICIT_CONSENT, Fact.YES, Fact.YES))
                    .withConsent(explicitCondition(value)));
            case EXPLICIT_CONSENT_FOR_CRIMINAL_DATA -> d -> withPurpose(withCriminalCategory(d), p -> p
                    .withDataCategories(CRIMINAL).withCriminalAuthorisation(CriminalDataAuthorisation.EXPLICIT_CONSENT)
                    .withConsent(explicitCondition(value)));
        };
        return c -> RegisterGens.build(change.apply(RegisterGens.compliantDraft().generate(c)));
    }

    // ------------------------------------------------------------------------------------------------
    // The ways, rule by rule.

    private static Way way(Rule rule, String description, Severity severity, Citation citation,
                           UnaryOperator<RegisterDraft> breach) {
        return new Way(rule, description, severity, citation, HashSet.empty(), breach);
    }

    private static Map<Rule, List<Way>> ways() {
        return LinkedHashMap.<Rule, List<Way>>empty()
                .put(GdprRule.R1_LAWFUL_BASIS, lawfulBasis())
                .put(GdprRule.R2_CONSENT, consent())
                .put(GdprRule.R3_SPECIAL_CATEGORY, specialCategories())
                .put(GdprRule.R4_CRIMINAL_DATA, criminalData())
                .put(GdprRule.R5_LEGITIMATE_INTERESTS, legitimateInterests())
                .put(GdprRule.R6_RETENTION, retention())
                .put(GdprRule.R7_PROCESSOR_AGREEMENT, processorAgreement())
                .put(GdprRule.R8_TRANSFER_SAFEGUARD, transfers())
                .put(GdprRule.R9_AUTOMATED_DECISION, automatedDecisions())
                .put(GdprRule.R10_RESPONSE_POLICY, responsePolicy())
                .put(GdprRule.R12_TRANSPARENCY, transparency())
                .put(GdprRule.R13_RIGHTS_INFORMATION, rights())
                .put(GdprRule.R14_CONTROLLERS_AND_SOURCES, controllersAndSources())
                .put(GdprRule.R15_IMPACT_ASSESSMENT, impactAssessment())
                .put(DutchRule.NL1_TRACKING_CONSENT, tracking())
                .put(DutchRule.NL2_CRIMINAL_DATA, dutchCriminalData())
                .put(DutchRule.NL3_BSN, bsn())
                .put(RegisterCheck.LayerRule.N1_NATIONAL_LAW_NOT_CHECKED, layer());
    }

    private static List<Way> lawfulBasis() {
        Rule r = GdprRule.R1_LAWFUL_BASIS;
        return List.of(
                way(r, "a purpose names no lawful basis", ERROR, Citation.avg("13(1)(c)"),
                        d -> withPurpose(d, p -> p.withLawfulBases(List.empty()))),
                way(r, "a purpose names two lawful bases", WARNING, Citation.avg("6(1)"),
                        d -> withPurpose(d, p -> p.withLawfulBases(LawfulBasis.CONTRACT, LawfulBasis.LEGAL_OBLIGATION))),
                way(r, "a purpose names three lawful bases", WARNING, Citation.avg("6(1)"),
                        d -> withPurpose(d, p -> p.withLawfulBases(LawfulBasis.VITAL_INTERESTS, LawfulBasis.PUBLIC_TASK,
                                LawfulBasis.LEGAL_OBLIGATION))),
                way(r, "a public authority rests a purpose on legitimate interests", WARNING,
                        Citation.avg("6(1) second subparagraph"),
                        d -> withPurpose(asPublicAuthority(d), RegisterBreakers::legitimateInterests)));
    }

    private static List<Way> consent() {
        Rule r = GdprRule.R2_CONSENT;
        ConsentMechanism clear = ConsentMechanism.CLEAR_AFFIRMATIVE_ACT;
        return List.of(
                way(r, "consent asked as the basis, but the purpose rests on a contract", ERROR, Citation.avg("6(1)(a)"),
                        d -> withPurpose(d, p -> p.withConsent(consent(ConsentKind.BASIS, Fact.NO, Fact.YES, clear,
                                Fact.NO)))),
                way(r, "a purpose on consent that does not say how consent is obtained", WARNING, Citation.avg("7(1)"),
                        d -> withPurpose(d, p -> p.withLawfulBases(LawfulBasis.CONSENT))),
                way(r, "consent that cannot be withdrawn as easily as given", ERROR, Citation.avg("7(3)"),
                        d -> withConsentPurpose(d, consent(ConsentKind.BASIS, Fact.NO, Fact.NO, clear, Fact.NO))),
                way(r, "explicit consent beside a contract that cannot be withdrawn as easily as given", ERROR,
                        Citation.avg("7(3)"),
                        d -> withPurpose(d, p -> p.withConsent(consent(ConsentKind.EXPLICIT_CONDITION, Fact.YES, Fact.NO,
                                clear, Fact.NO)))),
                way(r, "consent, silent on how it is withdrawn", WARNING, Citation.avg("7(3)"),
                        d -> withConsentPurpose(d, consent(ConsentKind.BASIS, Fact.NO, Fact.NOT_STATED, clear, Fact.NO))),
                way(r, "consent by a pre-ticked box", ERROR, Citation.avg("4(11)"),
                        d -> withConsentPurpose(d, consent(ConsentKind.BASIS, Fact.NO, Fact.YES,
                                ConsentMechanism.PRE_TICKED_BOX, Fact.NO))),
                way(r, "cookie consent another law requires, by a pre-ticked box", ERROR, Citation.avg("4(11)"),
                        d -> withPurpose(d, p -> p.withConsent(consent(ConsentKind.OTHER_LAW, Fact.NOT_STATED,
                                Fact.NOT_STATED, ConsentMechanism.PRE_TICKED_BOX, Fact.YES)))),
                way(r, "a purpose on consent describing only the consent another law requires", WARNING,
                        Citation.avg("6(1)(a)"),
                        d -> withConsentPurpose(d, consent(ConsentKind.OTHER_LAW, Fact.NO, Fact.YES, clear, Fact.NO))),
                way(r, "consent by continued use", ERROR, Citation.avg("4(11)"),
                        d -> withConsentPurpose(d, consent(ConsentKind.BASIS, Fact.NO, Fact.YES,
                                ConsentMechanism.CONTINUED_USE, Fact.NO))),
                way(r, "consent, silent on how it is obtained", WARNING, Citation.avg("4(11)"),
                        d -> withConsentPurpose(d, consent(ConsentKind.BASIS, Fact.NO, Fact.YES,
                                ConsentMechanism.NOT_STATED, Fact.NO))),
                way(r, "consent as a condition of the service", WARNING, Citation.avg("7(4)"),
                        d -> withConsentPurpose(d, consent(ConsentKind.BASIS, Fact.NO, Fact.YES, clear, Fact.YES))));
    }

    private static List<Way> specialCategories() {
        Rule r = GdprRule.R3_SPECIAL_CATEGORY;
        return List.of(
                way(r, "special data without a 9(2) condition", ERROR, Citation.avg("9(1)"),
                        d -> withPurpose(withSpecialCategory(d), p -> p.withDataCategories(ORDINARY, SPECIAL))),
                way(r, "special data on consent without a 9(2) condition", ERROR, Citation.avg("9(1)"),
                        d -> withPurpose(withSpecialCategory(d), p -> p.withDataCategories(SPECIAL)
                                .withLawfulBases(LawfulBasis.CONSENT).withConsent(consent(ConsentKind.BASIS, Fact.YES,
                                        Fact.YES, ConsentMechanism.CLEAR_AFFIRMATIVE_ACT, Fact.NO)))),
                way(r, "explicit consent as the condition, no consent described", WARNING, Citation.avg("9(2)(a)"),
                        d -> withPurpose(withSpecialCategory(d), p -> p.withDataCategories(SPECIAL)
                                .withSpecialConditions(SpecialCategoryCondition.EXPLICIT_CONSENT))),
                way(r, "explicit consent as the condition, only consent another law requires described", WARNING,
                        Citation.avg("9(2)(a)"),
                        d -> withPurpose(withSpecialCategory(d), p -> p.withDataCategories(SPECIAL)
                                .withSpecialConditions(SpecialCategoryCondition.EXPLICIT_CONSENT)
                                .withConsent(consent(ConsentKind.OTHER_LAW, Fact.YES, Fact.YES,
                                        ConsentMechanism.CLEAR_AFFIRMATIVE_ACT, Fact.NO)))),
                way(r, "explicit consent as the condition, the consent stated not explicit", ERROR,
                        Citation.avg("9(2)(a)"),
                        d -> withPurpose(withSpecialCategory(d), p -> p.withDataCategories(SPECIAL)
                                .withSpecialConditions(SpecialCategoryCondition.EXPLICIT_CONSENT,
                                        SpecialCategoryCondition.HEALTH_OR_SOCIAL_CARE)
                                .withConsent(explicitCondition(Fact.NO)))),
                way(r, "explicit consent as the condition, silent on whether it is explicit", WARNING,
                        Citation.avg("9(2)(a)"),
                        d -> withPurpose(withSpecialCategory(d), p -> p.withDataCategories(SPECIAL)
                                .withSpecialConditions(SpecialCategoryCondition.EXPLICIT_CONSENT)
                                .withLawfulBases(LawfulBasis.CONSENT).withConsent(consent(ConsentKind.BASIS,
                                        Fact.NOT_STATED, Fact.YES, ConsentMechanism.CLEAR_AFFIRMATIVE_ACT, Fact.NO)))));
    }

    private static List<Way> criminalData() {
        Rule r = GdprRule.R4_CRIMINAL_DATA;
        return List.of(
                way(r, "criminal data without an authorisation", ERROR, Citation.avg("10"),
                        d -> withPurpose(withCriminalCategory(d), p -> p.withDataCategories(CRIMINAL))),
                way(r, "criminal data beside ordinary data on legitimate interests, without an authorisation", ERROR,
                        Citation.avg("10"),
                        d -> withPurpose(withCriminalCategory(notAPublicAuthority(d)), p -> legitimateInterests(p)
                                .withDataCategories(ORDINARY, CRIMINAL))),
                way(r, "criminal data with a 9(2) condition but no art. 10 authorisation", ERROR, Citation.avg("10"),
                        d -> withPurpose(withCriminalCategory(d), p -> p.withDataCategories(CRIMINAL)
                                .withSpecialConditions(SpecialCategoryCondition.LEGAL_CLAIMS))));
    }

    private static List<Way> legitimateInterests() {
        Rule r = GdprRule.R5_LEGITIMATE_INTERESTS;
        return List.of(
                way(r, "legitimate interests without the interest named", ERROR, Citation.avg("13(1)(d)"),
                        d -> withPurpose(notAPublicAuthority(d), p -> legitimateInterests(p)
                                .withLegitimateInterest(Option.none()))),
                way(r, "legitimate interests, stated without a balancing test", ERROR, Citation.avg("6(1)(f)"),
                        d -> withPurpose(notAPublicAuthority(d), p -> legitimateInterests(p).withBalancingTest(Fact.NO))),
                way(r, "legitimate interests, silent on a balancing test", WARNING, Citation.avg("6(1)(f)"),
                        d -> withPurpose(notAPublicAuthority(d), p -> legitimateInterests(p)
                                .withBalancingTest(Fact.NOT_STATED))),
                way(r, "legitimate interests without the right to object", ERROR, Citation.avg("21(4)"),
                        d -> withPurpose(notAPublicAuthority(withoutRights(d, DataSubjectRight.OBJECTION)),
                                RegisterBreakers::legitimateInterests)),
                way(r, "a public task without the right to object", ERROR, Citation.avg("21(4)"),
                        d -> withPurpose(withoutRights(d, DataSubjectRight.OBJECTION),
                                p -> p.withLawfulBases(LawfulBasis.PUBLIC_TASK))),
                way(r, "direct marketing on a contract without the right to object", ERROR, Citation.avg("21(4)"),
                        d -> withPurpose(withoutRights(d, DataSubjectRight.OBJECTION), p -> p.withDirectMarketing(true))));
    }

    private static List<Way> retention() {
        Rule r = GdprRule.R6_RETENTION;
        return List.of(
                way(r, "a rule without a trigger", ERROR, Citation.avg("5(1)(e)"),
                        d -> withRule(d, k -> rule(k.id(), Option.none(), k.duration(), k.minimum(), k.maximum(),
                                k.action()))),
                way(r, "a rule with neither a trigger, nor a duration, nor a maximum (a criterion only)", WARNING,
                        Citation.avg("13(2)(a)"),
                        d -> withRule(d, k -> rule(k.id(), Option.none(), Option.none(), Option.none(), Option.none(),
                                k.action()))),
                way(r, "a rule with neither a duration nor a maximum", ERROR, Citation.avg("5(1)(e)"),
                        d -> withRule(d, k -> rule(k.id(), k.trigger(), Option.none(), Option.some(Period.ofYears(2)),
                                Option.none(), k.action()))),
                way(r, "a rule whose minimum exceeds its maximum", ERROR, Citation.avg("5(1)(e)"),
                        d -> withRule(d, k -> rule(k.id(), k.trigger(), Option.none(), Option.some(Period.ofYears(9)),
                                Option.some(Period.ofYears(8)), k.action()))),
                way(r, "a rule whose duration exceeds its maximum", ERROR, Citation.avg("5(1)(e)"),
                        d -> withRule(d, k -> rule(k.id(), k.trigger(), Option.some(Period.ofMonths(13)), Option.none(),
                                Option.some(Period.ofYears(1)), k.action()))),
                way(r, "a rule that archives without a purpose of 89(1)", WARNING, Citation.avg("89(1)"),
                        d -> withRule(d, k -> rule(k.id(), k.trigger(), k.duration(), k.minimum(), k.maximum(),
                                RetentionAction.ARCHIVE))),
                way(r, "a statement with no retention rule at all", ERROR, Citation.avg("13(2)(a)"),
                        RegisterBreakers::withoutRetention),
                way(r, "a purpose with no retention rule of its own or through its data", WARNING,
                        Citation.avg("13(2)(a)"), d -> withPurpose(d, p -> p.withRetentionRules(List.empty()))));
    }

    private static List<Way> processorAgreement() {
        Rule r = GdprRule.R7_PROCESSOR_AGREEMENT;
        return List.of(
                way(r, "a processor, stated without an agreement", ERROR, Citation.avg("28(3)"),
                        d -> withRecipient(d, RecipientKind.PROCESSOR, Fact.NO)),
                way(r, "a processor, silent on an agreement", WARNING, Citation.avg("28(3)"),
                        d -> withRecipient(d, RecipientKind.PROCESSOR, Fact.NOT_STATED)),
                way(r, "two processors without agreements, one stated, one silent", ERROR, Citation.avg("28(3)"),
                        d -> withRecipient(withRecipient(d, RecipientKind.PROCESSOR, Fact.NO), RecipientKind.PROCESSOR,
                                Fact.NOT_STATED)));
    }

    private static List<Way> transfers() {
        Rule r = GdprRule.R8_TRANSFER_SAFEGUARD;
        return List.of(
                way(r, "a transfer with measures but no tool of 45-49", ERROR, Citation.avg("13(1)(f)"),
                        d -> withTransfer(d, Option.none(), Option.some("extra measures"))),
                way(r, "a transfer with no tool and no measures", ERROR, Citation.avg("13(1)(f)"),
                        d -> withTransfer(d, Option.none(), Option.none())),
                way(r, "a transfer whose tools are offered only as untied alternatives", WARNING,
                        Citation.avg("13(1)(f)"), d -> withTransfer(d, Option.none(), Option.some("either or"),
                                List.of(TransferSafeguard.ADEQUACY_DECISION, TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES))),
                way(r, "a transfer on a derogation whose point of 49(1) is not named", WARNING, Citation.avg("49(1)"),
                        d -> withTransfer(d, Option.some(TransferSafeguard.DEROGATION), Option.none())),
                way(r, "a transfer on compelling legitimate interests", WARNING,
                        Citation.avg("49(1) second subparagraph"),
                        d -> withTransfer(d, Option.some(TransferSafeguard.COMPELLING_LEGITIMATE_INTERESTS),
                                Option.none())));
    }

    private static List<Way> automatedDecisions() {
        Rule r = GdprRule.R9_AUTOMATED_DECISION;
        return List.of(
                way(r, "a decision with legal effect on no exception of 22(2)", WARNING, Citation.avg("22(1)"),
                        d -> withPurpose(d, p -> p.withAutomatedDecision(new AutomatedDecision(true, Option.none(),
                                Fact.YES, Fact.YES, Option.none())))),
                way(r, "a decision on a contract, stated without human intervention", ERROR, Citation.avg("22(3)"),
                        d -> withPurpose(d, p -> p.withAutomatedDecision(decision(AutomatedDecisionGround.CONTRACT,
                                Fact.NO, Fact.YES)))),
                way(r, "a decision on a contract, silent on human intervention, the right not offered", WARNING,
                        Citation.avg("22(3)"),
                        d -> withPurpose(withoutHumanInterventionRight(d), p -> p.withAutomatedDecision(
                                decision(AutomatedDecisionGround.CONTRACT, Fact.NOT_STATED, Fact.YES)))),
                way(r, "a decision by law on special data under 9(2)(h)", WARNING, Citation.avg("22(4)"),
                        d -> withPurpose(withSpecialCategory(d), p -> p.withDataCategories(SPECIAL)
                                .withSpecialConditions(SpecialCategoryCondition.HEALTH_OR_SOCIAL_CARE)
                                .withAutomatedDecision(decision(AutomatedDecisionGround.AUTHORISED_BY_LAW, Fact.YES,
                                        Fact.YES)))),
                way(r, "a decision whose logic the statement declines to explain", ERROR, Citation.avg("13(2)(f)"),
                        d -> withPurpose(d, p -> p.withAutomatedDecision(
                                decision(AutomatedDecisionGround.AUTHORISED_BY_LAW, Fact.YES, Fact.NO)))),
                way(r, "a decision, silent on its logic", WARNING, Citation.avg("13(2)(f)"),
                        d -> withPurpose(d, p -> p.withAutomatedDecision(
                                decision(AutomatedDecisionGround.CONTRACT, Fact.YES, Fact.NOT_STATED)))),
                way(r, "a decision on explicit consent, no consent described", WARNING, Citation.avg("22(2)(c)"),
                        d -> withPurpose(d, p -> p.withAutomatedDecision(
                                decision(AutomatedDecisionGround.EXPLICIT_CONSENT, Fact.YES, Fact.YES)))),
                way(r, "a decision on explicit consent, the consent stated not explicit", ERROR, Citation.avg("22(2)(c)"),
                        d -> withPurpose(d, p -> p.withAutomatedDecision(
                                        decision(AutomatedDecisionGround.EXPLICIT_CONSENT, Fact.YES, Fact.YES))
                                .withConsent(explicitCondition(Fact.NO)))),
                way(r, "a decision on explicit consent, silent on whether it is explicit", WARNING,
                        Citation.avg("22(2)(c)"),
                        d -> withPurpose(d, p -> p.withAutomatedDecision(
                                        decision(AutomatedDecisionGround.EXPLICIT_CONSENT, Fact.YES, Fact.YES))
                                .withConsent(explicitCondition(Fact.NOT_STATED)))));
    }

    private static List<Way> responsePolicy() {
        Rule r = GdprRule.R10_RESPONSE_POLICY;
        return List.of(
                way(r, "an answer promised within two months", ERROR, Citation.avg("12(3)"),
                        d -> d.withResponsePolicy(Option.some(new ResponsePolicy(Period.ofMonths(2), Period.ZERO,
                                Option.none(), Option.none())))),
                way(r, "an answer promised within 32 days", ERROR, Citation.avg("12(3)"),
                        d -> d.withResponsePolicy(Option.some(new ResponsePolicy(Period.ofDays(32), Period.ofMonths(1),
                                Option.none(), Option.none())))),
                way(r, "an extension of three months", ERROR, Citation.avg("12(3)"),
                        d -> d.withResponsePolicy(Option.some(new ResponsePolicy(Period.ofMonths(1), Period.ofMonths(3),
                                Option.none(), Option.none())))),
                way(r, "no response policy", WARNING, Citation.avg("12(3)"),
                        d -> d.withResponsePolicy(Option.none())));
    }

    private static List<Way> transparency() {
        Rule r = GdprRule.R12_TRANSPARENCY;
        return List.of(
                way(r, "the controller not named", ERROR, Citation.avg("13(1)(a)"),
                        d -> d.withController(controller(d.controller(), k -> new Controller("",
                                k.chamberOfCommerceNumber(), k.address(), k.contact(), k.dpoContact(), k.group(),
                                k.memberState(), k.publicAuthority(), k.largeScale(), k.dpoGrounds(),
                                k.representative(), k.source())))),
                way(r, "no address and no contact of the controller", ERROR, Citation.avg("13(1)(a)"),
                        d -> d.withController(controller(d.controller(), k -> new Controller(k.name(),
                                k.chamberOfCommerceNumber(), Option.none(), Option.none(), k.dpoContact(), k.group(),
                                k.memberState(), k.publicAuthority(), k.largeScale(), k.dpoGrounds(),
                                k.representative(), k.source())))),
                way(r, "no version date", WARNING, Citation.avg("12(1)"), d -> d.withStatementVersion(Option.none())),
                way(r, "no DPO contact where the register states a ground of 37(1)", ERROR, Citation.avg("37(7)"),
                        d -> d.withController(dpo(d.controller(), Option.<Set<DpoGround>>some(HashSet.of(
                                DpoGround.LARGE_SCALE_SPECIAL_OR_CRIMINAL_DATA)), d.controller().publicAuthority(),
                                d.controller().largeScale()))),
                way(r, "no DPO contact of a public authority (37(1)(a) inferred)", ERROR, Citation.avg("37(7)"),
                        d -> {
                            RegisterDraft authority = asPublicAuthority(d);
                            return authority.withController(dpo(authority.controller(), Option.none(), Fact.YES,
                                    authority.controller().largeScale()));
                        }),
                way(r, "no DPO contact, large-scale special data (37(1)(c) inferred)", WARNING, Citation.avg("37(7)"),
                        d -> {
                            RegisterDraft large = largeScale(withPurpose(withSpecialCategory(d),
                                    p -> p.withDataCategories(SPECIAL).withSpecialConditions(
                                            SpecialCategoryCondition.HEALTH_OR_SOCIAL_CARE)));
                            return large.withController(dpo(large.controller(), Option.none(), Fact.NO, Fact.YES));
                        }),
                way(r, "no DPO contact, the register stating no ground of 37(1)", WARNING, Citation.avg("13(1)(b)"),
                        d -> d.withController(dpo(d.controller(), Option.<Set<DpoGround>>some(HashSet.empty()),
                                d.controller().publicAuthority(), d.controller().largeScale()))),
                way(r, "no DPO contact, no ground inferred: not a public authority, not large-scale", WARNING,
                        Citation.avg("13(1)(b)"),
                        d -> d.withController(dpo(d.controller(), Option.none(), Fact.NO, Fact.NO))),
                way(r, "no DPO contact, special data and silent on large scale", WARNING, Citation.avg("13(1)(b)"),
                        d -> {
                            RegisterDraft special = withSpecialCategory(d);
                            return special.withController(dpo(special.controller(), Option.none(), Fact.NO,
                                    Fact.NOT_STATED));
                        }));
    }

    private static List<Way> rights() {
        Rule r = GdprRule.R13_RIGHTS_INFORMATION;
        return List.of(
                way(r, "the right of access not told", ERROR, Citation.avg("13(2)(b)"),
                        d -> withoutRights(d, DataSubjectRight.ACCESS)),
                way(r, "the rights of rectification, erasure and restriction not told", ERROR, Citation.avg("13(2)(b)"),
                        d -> withoutRights(d, DataSubjectRight.RECTIFICATION, DataSubjectRight.ERASURE,
                                DataSubjectRight.RESTRICTION)),
                way(r, "portability not told, a purpose on a contract", ERROR, Citation.avg("13(2)(b)"),
                        d -> withPurpose(withoutRights(d, DataSubjectRight.PORTABILITY), p -> p)),
                way(r, "withdrawal of consent not told, a purpose on consent", ERROR, Citation.avg("13(2)(c)"),
                        d -> withConsentPurpose(withoutRights(d, DataSubjectRight.WITHDRAW_CONSENT),
                                consent(ConsentKind.BASIS, Fact.NO, Fact.YES, ConsentMechanism.CLEAR_AFFIRMATIVE_ACT,
                                        Fact.NO))),
                way(r, "withdrawal of consent not told, a purpose on explicit consent for special data", ERROR,
                        Citation.avg("13(2)(c)"),
                        d -> withPurpose(withSpecialCategory(withoutRights(d, DataSubjectRight.WITHDRAW_CONSENT)),
                                p -> p.withDataCategories(SPECIAL)
                                        .withSpecialConditions(SpecialCategoryCondition.EXPLICIT_CONSENT)
                                        .withConsent(explicitCondition(Fact.YES)))),
                way(r, "the complaint to the supervisory authority not told", ERROR, Citation.avg("13(2)(d)"),
                        d -> withoutRights(d, DataSubjectRight.COMPLAINT_TO_AUTHORITY)));
    }

    private static List<Way> controllersAndSources() {
        Rule r = GdprRule.R14_CONTROLLERS_AND_SOURCES;
        return List.of(
                way(r, "a joint controller without the essence of the arrangement", ERROR, Citation.avg("26(2)"),
                        d -> d.withJointControllers(d.jointControllers().append(new JointController(BROKEN,
                                Option.none(), Option.some("contact@example.org"), Option.none())))),
                way(r, "a joint controller without a contact point", WARNING, Citation.avg("26(1)"),
                        d -> d.withJointControllers(d.jointControllers().append(new JointController(BROKEN,
                                Option.some("arrangement"), Option.none(), Option.none())))),
                way(r, "data from other sources, the sources not named", ERROR, Citation.avg("14(2)(f)"),
                        d -> withCategory(d, new DataCategory(BROKEN, "category", DataClass.ORDINARY, Option.none(),
                                DataOrigin.OTHER_SOURCES, List.empty(), List.empty(), Option.none()))),
                way(r, "data from the subject and other sources, the sources not named", ERROR, Citation.avg("14(2)(f)"),
                        d -> withCategory(d, new DataCategory(BROKEN, "category", DataClass.ORDINARY, Option.none(),
                                DataOrigin.SUBJECT_AND_OTHER_SOURCES, List.empty(), List.empty(), Option.none()))));
    }

    private static List<Way> impactAssessment() {
        Rule r = GdprRule.R15_IMPACT_ASSESSMENT;
        return List.of(
                way(r, "profiling and deciding with legal effect, stated without an impact assessment", ERROR,
                        Citation.avg("35(1)"),
                        d -> withPurpose(d, p -> p.withAutomatedDecision(decision(AutomatedDecisionGround.CONTRACT,
                                Fact.YES, Fact.YES)).withProfiling(true).withImpactAssessment(Fact.NO))),
                way(r, "profiling and deciding with legal effect, silent on an impact assessment", WARNING,
                        Citation.avg("35(1)"),
                        d -> withPurpose(d, p -> p.withAutomatedDecision(decision(
                                AutomatedDecisionGround.AUTHORISED_BY_LAW, Fact.YES, Fact.YES)).withProfiling(true)
                                .withImpactAssessment(Fact.NOT_STATED))),
                way(r, "special data on a large scale, stated without an impact assessment", ERROR,
                        Citation.avg("35(1)"),
                        d -> withPurpose(largeScale(withSpecialCategory(d)), p -> p.withDataCategories(SPECIAL)
                                .withSpecialConditions(SpecialCategoryCondition.HEALTH_OR_SOCIAL_CARE)
                                .withImpactAssessment(Fact.NO))),
                way(r, "criminal data on a large scale, silent on an impact assessment", WARNING,
                        Citation.avg("35(1)"),
                        d -> withPurpose(largeScale(withCriminalCategory(d)), p -> p.withDataCategories(CRIMINAL)
                                .withCriminalAuthorisation(CriminalDataAuthorisation.LEGAL_CLAIMS)
                                .withImpactAssessment(Fact.NOT_STATED))));
    }

    private static List<Way> tracking() {
        Rule r = DutchRule.NL1_TRACKING_CONSENT;
        Citation cookieRule = Citation.telecommunicatiewet("11.7a(1)");
        return List.of(
                way(r, "tracking pixels on a contract, no consent asked", ERROR, cookieRule,
                        d -> withPurpose(d, p -> p.withTracking(TrackingTechnique.TRACKING_PIXELS))),
                way(r, "marketing cookies beside functional ones, no consent asked", ERROR, cookieRule,
                        d -> withPurpose(d, p -> p.withTracking(TrackingTechnique.FUNCTIONAL_COOKIES,
                                TrackingTechnique.MARKETING_COOKIES))),
                way(r, "analytics cookies and tracking scripts on a legal obligation", ERROR, cookieRule,
                        d -> withPurpose(d, p -> p.withLawfulBases(LawfulBasis.LEGAL_OBLIGATION)
                                .withTracking(TrackingTechnique.ANALYTICS_COOKIES, TrackingTechnique.TRACKING_SCRIPTS))));
    }

    private static List<Way> dutchCriminalData() {
        Rule r = DutchRule.NL2_CRIMINAL_DATA;
        UnaryOperator<PurposeBuilder> byConsent = p -> p.withDataCategories(CRIMINAL)
                .withCriminalAuthorisation(CriminalDataAuthorisation.EXPLICIT_CONSENT);
        return List.of(
                way(r, "criminal data under an authorising law not named", WARNING, Citation.uavg("31"),
                        d -> withPurpose(withCriminalCategory(d), p -> p.withDataCategories(CRIMINAL)
                                .withCriminalAuthorisation(CriminalDataAuthorisation.AUTHORISED_BY_LAW))),
                way(r, "criminal data on explicit consent, no consent described", WARNING, Citation.uavg("32(a)"),
                        d -> withPurpose(withCriminalCategory(d), byConsent)),
                way(r, "criminal data on explicit consent, only consent another law requires described", WARNING,
                        Citation.uavg("32(a)"),
                        d -> withPurpose(withCriminalCategory(d), p -> byConsent.apply(p).withConsent(consent(
                                ConsentKind.OTHER_LAW, Fact.YES, Fact.YES, ConsentMechanism.CLEAR_AFFIRMATIVE_ACT,
                                Fact.NO)))),
                way(r, "criminal data on explicit consent, the consent stated not explicit", ERROR,
                        Citation.uavg("32(a)"),
                        d -> withPurpose(withCriminalCategory(d), p -> byConsent.apply(p)
                                .withConsent(explicitCondition(Fact.NO)))),
                way(r, "criminal data on explicit consent, silent on whether it is explicit", WARNING,
                        Citation.uavg("32(a)"),
                        d -> withPurpose(withCriminalCategory(d), p -> byConsent.apply(p)
                                .withLawfulBases(LawfulBasis.CONSENT).withConsent(consent(ConsentKind.BASIS,
                                        Fact.NOT_STATED, Fact.YES, ConsentMechanism.CLEAR_AFFIRMATIVE_ACT, Fact.NO)))));
    }

    private static List<Way> bsn() {
        Rule r = DutchRule.NL3_BSN;
        return List.of(
                way(r, "the BSN on legitimate interests", WARNING, Citation.uavg("46(1)"),
                        d -> withPurpose(withBsnCategory(notAPublicAuthority(d)), p -> legitimateInterests(p)
                                .withDataCategories(ORDINARY, BSN))),
                way(r, "the BSN on consent", WARNING, Citation.uavg("46(1)"),
                        d -> withConsentPurpose(withBsnCategory(d), consent(ConsentKind.BASIS, Fact.NO, Fact.YES,
                                ConsentMechanism.CLEAR_AFFIRMATIVE_ACT, Fact.NO), BSN)));
    }

    private static List<Way> layer() {
        Rule r = RegisterCheck.LayerRule.N1_NATIONAL_LAW_NOT_CHECKED;
        return List.of(
                way(r, "a controller in Germany", WARNING, Citation.avg("recital 10"),
                        d -> RegisterGens.inMemberState(d, Option.some("DE"))),
                way(r, "a controller that names no member state", WARNING,
                        Citation.avg("recital 10"),
                        d -> d.withController(controller(d.controller(), k -> new Controller(k.name(),
                                k.chamberOfCommerceNumber(), k.address(), k.contact(), k.dpoContact(), k.group(),
                                Option.none(), k.publicAuthority(), k.largeScale(), k.dpoGrounds(),
                                Option.some("representative in the Union"), k.source())))));
    }

    // ------------------------------------------------------------------------------------------------
    // Building blocks.

    /**
     * The clean purpose the ways start from: on a contract, one ordinary category obtained from the
     * subject, the register's first subject category and first retention rule, an impact assessment
     * made (so that no 35(3) trigger the breach adds becomes a finding of its own), nothing else.
     *
     * @return a builder of that purpose, with id {@code purpose-broken}; the subject category and
     *         retention rule are added when the purpose is put into a register
     */
    public static PurposeBuilder cleanPurpose() {
        return PurposeBuilder.purpose(PURPOSE).withName("purpose").withLawfulBases(LawfulBasis.CONTRACT)
                .withDataCategories(ORDINARY).withImpactAssessment(Fact.YES);
    }

    /** Adds the ordinary category and the clean purpose, broken by {@code breach}. */
    private static RegisterDraft withPurpose(RegisterDraft d, UnaryOperator<PurposeBuilder> breach) {
        RegisterDraft withData = withCategory(d, DataCategory.of(ORDINARY, "contact details", DataClass.ORDINARY,
                Option.none()));
        PurposeBuilder clean = cleanPurpose().withSubjectCategories(d.subjectCategories().head().id())
                .withRetentionRules(d.retentionRules().isEmpty() ? List.empty() : List.of(d.retentionRules().head().id()));
        return withData.withPurposes(withData.purposes().append(breach.apply(clean).build()));
    }

    private static RegisterDraft withConsentPurpose(RegisterDraft d, ConsentTerms terms, String... data) {
        return withPurpose(d, p -> (data.length == 0 ? p : p.withDataCategories(data))
                .withLawfulBases(LawfulBasis.CONSENT).withConsent(terms));
    }

    private static PurposeBuilder legitimateInterests(PurposeBuilder p) {
        return p.withLawfulBases(LawfulBasis.LEGITIMATE_INTERESTS).withLegitimateInterest("fraud prevention")
                .withBalancingTest(Fact.YES);
    }

    private static RegisterDraft withCategory(RegisterDraft d, DataCategory category) {
        return d.withDataCategories(d.dataCategories().append(category));
    }

    private static RegisterDraft withSpecialCategory(RegisterDraft d) {
        return withCategory(d, DataCategory.of(SPECIAL, "health", DataClass.SPECIAL, Option.some(SpecialCategory.HEALTH)));
    }

    private static RegisterDraft withCriminalCategory(RegisterDraft d) {
        return withCategory(d, DataCategory.of(CRIMINAL, "fraud history", DataClass.CRIMINAL, Option.none()));
    }

    private static RegisterDraft withBsnCategory(RegisterDraft d) {
        return withCategory(d, DataCategory.of(BSN, "citizen service number", DataClass.NATIONAL_ID, Option.none()));
    }

    private static RegisterDraft withRecipient(RegisterDraft d, RecipientKind kind, Fact agreement) {
        String id = BROKEN + "-" + d.recipients().size();
        return d.withRecipients(d.recipients().append(new Recipient(id, "recipient", kind, agreement, Option.none())));
    }

    private static RegisterDraft withTransfer(RegisterDraft d, Option<TransferSafeguard> tool, Option<String> measures) {
        return withTransfer(d, tool, measures, List.empty());
    }

    private static RegisterDraft withTransfer(RegisterDraft d, Option<TransferSafeguard> tool, Option<String> measures,
                                              List<TransferSafeguard> alternatives) {
        return d.withTransfers(d.transfers().append(new Transfer(BROKEN, Option.none(), "abroad", tool, measures,
                alternatives, Option.none())));
    }

    private static RetentionRule rule(String id, Option<RetentionTrigger> trigger, Option<Period> duration,
                                      Option<Period> minimum, Option<Period> maximum, RetentionAction action) {
        return new RetentionRule(id, "rule", trigger, Option.none(), duration, minimum, maximum, action, Option.none(),
                false, Option.none());
    }

    private static RegisterDraft withRule(RegisterDraft d, UnaryOperator<RetentionRule> breach) {
        RetentionRule clean = RetentionRule.of(BROKEN, "rule", RetentionTrigger.RECORDED, Period.ofYears(1));
        return d.withRetentionRules(d.retentionRules().append(breach.apply(clean)));
    }

    /** The register without retention rules, and nothing that refers to one. */
    private static RegisterDraft withoutRetention(RegisterDraft d) {
        return d.withRetentionRules(List.empty())
                .withPurposes(d.purposes().map(p -> PurposeBuilder.from(p).withRetentionRules(List.empty()).build()))
                .withDataCategories(d.dataCategories().map(k -> new DataCategory(k.id(), k.name(), k.dataClass(),
                        k.specialCategory(), k.origin(), k.sources(), List.empty(), k.source())));
    }

    private static RegisterDraft withoutRights(RegisterDraft d, DataSubjectRight... rights) {
        return d.withRightsOffered(d.rightsOffered().removeAll(List.of(rights)));
    }

    /**
     * The register without the right to human intervention, its purposes' decisions made to state
     * the intervention they offer where they relied on the right being offered (so it stays compliant).
     *
     * @param d the draft of a compliant register
     * @return the draft without that right, still compliant
     */
    public static RegisterDraft withoutHumanInterventionRight(RegisterDraft d) {
        return withoutRights(d, DataSubjectRight.HUMAN_INTERVENTION).withPurposes(d.purposes().map(p ->
                PurposeBuilder.from(p).withAutomatedDecision(p.automation().decision().map(a ->
                        a.humanIntervention().isNotStated() ? new AutomatedDecision(a.legalOrSimilarEffect(),
                                a.ground(), Fact.YES, a.logicExplained(), a.source()) : a)).build()));
    }

    /**
     * The register of a public authority (37(1)(a), 6(1) last subparagraph): its purposes on
     * legitimate interests move to the public task (so it stays compliant).
     *
     * @param d the draft of a compliant register
     * @return the draft with a controller that is a public authority, still compliant
     */
    public static RegisterDraft asPublicAuthority(RegisterDraft d) {
        return d.withController(controller(d.controller(), k -> new Controller(k.name(), k.chamberOfCommerceNumber(),
                        k.address(), k.contact(), k.dpoContact(), k.group(), k.memberState(), Fact.YES, k.largeScale(),
                        k.dpoGrounds(), k.representative(), k.source())))
                .withPurposes(d.purposes().map(p -> p.restsOn(LawfulBasis.LEGITIMATE_INTERESTS)
                        ? PurposeBuilder.from(p).withLawfulBases(p.lawfulBases().replaceAll(
                        LawfulBasis.LEGITIMATE_INTERESTS, LawfulBasis.PUBLIC_TASK)).build()
                        : p));
    }

    /**
     * The register of a controller that states it is no public authority (it stays compliant).
     *
     * @param d the draft of a compliant register
     * @return the draft with a controller that is no public authority
     */
    public static RegisterDraft notAPublicAuthority(RegisterDraft d) {
        return d.withController(controller(d.controller(), k -> new Controller(k.name(), k.chamberOfCommerceNumber(),
                k.address(), k.contact(), k.dpoContact(), k.group(), k.memberState(), Fact.NO, k.largeScale(),
                k.dpoGrounds(), k.representative(), k.source())));
    }

    /**
     * The register of a controller that processes on a large scale (35(3)(b), 37(1)(b),(c)): its
     * purposes with special or criminal data get the impact assessment that then becomes
     * required (so it stays compliant).
     *
     * @param d the draft of a compliant register
     * @return the draft with a controller that processes on a large scale, still compliant
     */
    public static RegisterDraft largeScale(RegisterDraft d) {
        Set<String> sensitive = HashSet.ofAll(d.dataCategories().filter(k -> k.isSpecial() || k.isCriminal())
                .map(DataCategory::id));
        return d.withController(controller(d.controller(), k -> new Controller(k.name(), k.chamberOfCommerceNumber(),
                        k.address(), k.contact(), k.dpoContact(), k.group(), k.memberState(), k.publicAuthority(), Fact.YES,
                        k.dpoGrounds(), k.representative(), k.source())))
                .withPurposes(d.purposes().map(p -> p.dataCategories().exists(sensitive::contains)
                        && !p.impactAssessment().made().isYes()
                        ? PurposeBuilder.from(p).withImpactAssessment(Fact.YES).build() : p));
    }

    private static Controller controller(Controller k, UnaryOperator<Controller> change) {
        return change.apply(k);
    }

    private static Controller dpo(Controller k, Option<Set<DpoGround>> grounds, Fact publicAuthority,
                                  Fact largeScale) {
        return new Controller(k.name(), k.chamberOfCommerceNumber(), k.address(), k.contact(), Option.none(),
                k.group(), k.memberState(), publicAuthority, largeScale, grounds, k.representative(), k.source());
    }

    private static AutomatedDecision decision(AutomatedDecisionGround ground, Fact intervention, Fact logic) {
        return new AutomatedDecision(true, Option.some(ground), intervention, logic, Option.none());
    }

    private static ConsentTerms consent(ConsentKind kind, Fact explicit, Fact withdrawable, ConsentMechanism mechanism,
                                        Fact conditionOfService) {
        return new ConsentTerms(kind, explicit, withdrawable, mechanism, conditionOfService,
                kind == ConsentKind.OTHER_LAW ? Option.some("Telecommunicatiewet 11.7a") : Option.none(),
                Option.some("form"), Option.some("e-mail"), Option.none());
    }

    /** Consent as the explicit condition beside another basis, explicit as stated, otherwise as the law wants it. */
    private static ConsentTerms explicitCondition(Fact explicit) {
        return consent(ConsentKind.EXPLICIT_CONDITION, explicit, Fact.YES, ConsentMechanism.CLEAR_AFFIRMATIVE_ACT,
                Fact.NO);
    }
}
