package io.github.grondslag.testkit.register;

import io.github.grondslag.testkit.Grondslag;
import io.github.grondslag.domain.check.Finding;
import io.github.grondslag.domain.check.RegisterCheck;
import io.github.grondslag.domain.check.Rule;
import io.github.grondslag.domain.check.Severity;
import io.github.grondslag.domain.check.gdpr.GdprRule;
import io.github.grondslag.domain.check.gdpr.GdprRules;
import io.github.grondslag.domain.check.nl.DutchLayer;
import io.github.grondslag.domain.check.nl.DutchRule;
import io.github.grondslag.domain.law.LawfulBasis;
import io.github.grondslag.domain.law.TransferSafeguard;
import io.github.grondslag.domain.register.ConsentKind;
import io.github.grondslag.domain.register.DataCategory;
import io.github.grondslag.domain.register.Fact;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.register.RetentionAction;
import io.github.grondslag.testkit.generators.PurposeBuilder;
import io.github.grondslag.testkit.generators.RegisterBreakers;
import io.github.grondslag.testkit.generators.RegisterBreakers.StatedFact;
import io.github.grondslag.testkit.generators.RegisterBreakers.Way;
import io.github.grondslag.testkit.generators.RegisterGens;
import io.github.grondslag.testkit.property.Gens;
import io.github.grondslag.testkit.property.Property;
import io.vavr.Tuple;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule of the register check (docs/register-check.md), the GDPR's and the Dutch layer's,
 * over generated registers: compliant registers get no finding, and each way of breaking a rule
 * gives findings of that rule and of no other.
 */
class RegisterCheckProperties {

    static Stream<Rule> rules() {
        return RegisterBreakers.rules().toJavaStream();
    }

    static Stream<Way> ways() {
        return RegisterBreakers.rules().flatMap(RegisterBreakers::waysOf).toJavaStream();
    }

    @Test
    void aRegisterThatKeepsEveryRuleGetsNoFinding() {
        Property.forAll(Grondslag.lawfulRegisters())
                .classify(r -> r.purposes().size() > 2 ? "more than two purposes" : "one or two purposes")
                .classify(r -> label(r.jointControllers().nonEmpty(), "joint controllers"))
                .classify(r -> label(r.purposes().exists(p -> p.consent().exists(c -> c.kind() == ConsentKind.OTHER_LAW)),
                        "consent another law requires"))
                .classify(r -> label(r.purposes().exists(p -> p.consent().exists(c -> c.kind()
                        == ConsentKind.EXPLICIT_CONDITION)), "explicit consent beside another basis"))
                .classify(r -> label(r.dataCategories().exists(d -> d.origin().fromOtherSources()),
                        "data from other sources"))
                .classify(r -> label(r.dataCategories().exists(d -> d.retentionRules().nonEmpty()),
                        "retention per data category"))
                .classify(r -> label(r.retentionRules().exists(k -> k.action() == RetentionAction.ARCHIVE), "archive"))
                .classify(r -> label(r.transfers().nonEmpty(), "transfers"))
                .classify(r -> label(r.purposes().exists(p -> p.automation().decidesWithLegalEffect()),
                        "automated decision with legal effect"))
                .classify(r -> label(r.controller().publicAuthority().isYes(), "public authority"))
                .classify(r -> label(r.purposes().exists(p -> p.restsOn(LawfulBasis.LEGITIMATE_INTERESTS)),
                        "legitimate interests"))
                .classify(r -> label(r.purposes().exists(p -> p.impactAssessment().made().isYes()
                        && (p.automation().decidesWithLegalEffect() && p.automation().profiling()
                        || r.controller().largeScale().isYes() && r.dataCategoriesOf(p).exists(d -> d.isSpecial()
                        || d.isCriminal()))), "impact assessment required and made"))
                .classify(r -> label(r.dataCategories().exists(DataCategory::isCriminal)
                        && r.purposes().exists(p -> p.sensitive().criminalAuthorisation().isDefined()), "criminal data"))
                .requireLabel("more than two purposes", 10)
                .requireLabel("joint controllers", 20)
                .requireLabel("consent another law requires", 20)
                .requireLabel("explicit consent beside another basis", 20)
                .requireLabel("data from other sources", 20)
                .requireLabel("retention per data category", 20)
                .requireLabel("archive", 10)
                .requireLabel("transfers", 20)
                .requireLabel("automated decision with legal effect", 20)
                .requireLabel("public authority", 10)
                .requireLabel("legitimate interests", 5)
                .requireLabel("impact assessment required and made", 10)
                .requireLabel("criminal data", 10)
                .checkThat(r -> assertEquals(List.empty(), RegisterCheck.check(r)));
    }

    @Test
    void compliantRegistersUseEveryTransferToolTheCheckDoesNotQuestion() {
        java.util.Set<TransferSafeguard> seen = new java.util.HashSet<>();
        Property.forAll(Grondslag.lawfulRegisters()).tries(300)
                .checkThat(r -> r.transfers().forEach(t -> seen.add(t.safeguard().get())));
        assertEquals(RegisterGens.unquestionedSafeguards().toJavaSet(), seen);
    }

    @Test
    void retentionGivenOnlyThroughTheDataCategoriesIsEnoughFor13_2_a() {
        Property.forAll(RegisterGens.compliantDraft().map(d -> {
                    io.vavr.collection.Set<String> withRules = HashSet.ofAll(d.dataCategories()
                            .filter(k -> k.retentionRules().nonEmpty()).map(DataCategory::id));
                    return RegisterGens.build(d.withPurposes(d.purposes().map(p -> p.dataCategories()
                            .exists(withRules::contains)
                            ? PurposeBuilder.from(p).withRetentionRules(List.empty()).build() : p)));
                }))
                .classify(r -> label(r.purposes().exists(p -> p.retentionRules().isEmpty()),
                        "a purpose with retention only through its data"))
                .requireLabel("a purpose with retention only through its data", 20)
                .checkThat(r -> assertEquals(List.empty(), RegisterCheck.check(r)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ways")
    void eachWayOfBreakingARuleGivesFindingsOfThatRuleAndOfNoOther(Way way) {
        Property.forAll(way.registers())
                .tries(Math.max(20, Property.DEFAULT_TRIES / 5))
                .checkThat(r -> {
                    List<Finding> findings = RegisterCheck.check(r);
                    assertEquals(way.expectedRules(), HashSet.ofAll(findings.map(Finding::rule)), findings::toString);
                    List<Finding> own = findings.filter(f -> f.rule().equals(way.rule()));
                    assertTrue(own.exists(f -> f.severity() == way.severity() && f.citation().equals(way.citation())),
                            () -> "no " + way.severity() + " citing " + way.citation() + " in " + own);
                    if (way.severity() == Severity.WARNING) {
                        assertFalse(own.exists(Finding::isError), () -> "a warning's way gave an error: " + own);
                    }
                });
    }

    @ParameterizedTest(name = "{0} can be broken, to an error or a warning, in more than one way")
    @MethodSource("rules")
    void everyRuleOfEveryRuleSetHasSeveralWaysToBreakIt(Rule rule) {
        List<Way> ways = RegisterBreakers.waysOf(rule);
        assertTrue(ways.size() >= 2, rule::code);
        assertTrue(ways.forAll(w -> w.rule().equals(rule)));
    }

    @Test
    void theBreakersKnowEveryRuleOfTheGdprAndOfTheDutchLayer() {
        List<Rule> all = List.<Rule>empty().appendAll(GdprRules.INSTANCE.rules()).appendAll(DutchLayer.INSTANCE.rules())
                .append(RegisterCheck.LayerRule.N1_NATIONAL_LAW_NOT_CHECKED);
        assertEquals(HashSet.ofAll(all), HashSet.ofAll(RegisterBreakers.rules()));
    }

    @ParameterizedTest(name = "a stated NO of {0} gives an error where NOT_STATED gives only a warning")
    @EnumSource(StatedFact.class)
    void aStatedNoGivesAnErrorWhereSilenceGivesOnlyAWarning(StatedFact fact) {
        Property.forAll(Gens.elements(Fact.values())
                        .flatMap(value -> RegisterBreakers.stating(fact, value).map(r -> Tuple.of(value, r))))
                .tries(60)
                .classify(t -> t._1.name())
                .requireLabel("NO", 5)
                .requireLabel("NOT_STATED", 5)
                .requireLabel("YES", 5)
                .checkThat(t -> t.apply((value, r) -> {
                    List<Finding> findings = RegisterCheck.check(r);
                    switch (value) {
                        case YES -> assertEquals(List.empty(), findings);
                        case NO -> {
                            assertEquals(List.of(fact.rule()), findings.map(Finding::rule).distinct(), findings::toString);
                            assertTrue(findings.exists(Finding::isError), findings::toString);
                        }
                        case NOT_STATED -> {
                            assertEquals(List.of(fact.rule()), findings.map(Finding::rule).distinct(), findings::toString);
                            assertTrue(findings.forAll(f -> f.severity() == Severity.WARNING), findings::toString);
                        }
                    }
                    return null;
                }));
    }

    @Test
    void aRegisterOfAMemberStateWithoutALayerGetsExactlyOneN1WarningAndNoDutchFinding() {
        Property.forAll(RegisterGens.registerWithoutNationalLayer())
                .classify(r -> r.controller().memberState().isDefined() ? "a member state without a layer"
                        : "no member state")
                .requireLabel("a member state without a layer", 30)
                .requireLabel("no member state", 5)
                .checkThat(r -> {
                    List<Finding> findings = RegisterCheck.check(r);
                    assertEquals(1, findings.size(), findings::toString);
                    assertEquals(RegisterCheck.LayerRule.N1_NATIONAL_LAW_NOT_CHECKED, findings.head().rule());
                    assertEquals(Severity.WARNING, findings.head().severity());
                });
    }

    @ParameterizedTest(name = "a register breaking {0}, moved from NL to a member state without a layer, gets N1 only")
    @EnumSource(DutchRule.class)
    void whatTheDutchLayerFindsIsNotFoundElsewhere(DutchRule rule) {
        Property.forAll(Grondslag.registersBreaking(rule), Gens.elementsOf(RegisterGens.memberStatesWithoutLayer()))
                .tries(60)
                .checkThat(t -> t.apply((dutch, state) -> {
                    Register moved = RegisterGens.build(RegisterGens.inMemberState(dutch.draft(), Option.some(state)));
                    assertEquals(List.of(RegisterCheck.LayerRule.N1_NATIONAL_LAW_NOT_CHECKED),
                            RegisterCheck.check(moved).map(Finding::rule));
                    return null;
                }));
    }

    @Test
    void changingOnlyTheMemberStateFromNlToDeNeverAddsAGdprFinding() {
        Property.forAll(Gens.oneOf(Grondslag.lawfulRegisters(), RegisterBreakers.breakingAnyRule())
                        .filter(r -> r.controller().memberState().contains(RegisterGens.NL)))
                .classify(r -> RegisterCheck.check(r).exists(f -> f.rule() instanceof GdprRule)
                        ? "with GDPR findings" : "without GDPR findings")
                .requireLabel("with GDPR findings", 20)
                .requireLabel("without GDPR findings", 20)
                .checkThat(r -> {
                    Register de = RegisterGens.build(RegisterGens.inMemberState(r.draft(), Option.some("DE")));
                    List<Finding> inNl = RegisterCheck.check(r).filter(f -> f.rule() instanceof GdprRule);
                    List<Finding> inDe = RegisterCheck.check(de).filter(f -> f.rule() instanceof GdprRule);
                    assertEquals(inNl, inDe);
                    assertEquals(List.of(RegisterCheck.LayerRule.N1_NATIONAL_LAW_NOT_CHECKED),
                            RegisterCheck.check(de).map(Finding::rule).filter(f -> !(f instanceof GdprRule)));
                });
    }

    @Test
    void theCheckIsDeterministic() {
        Property.forAll(Gens.oneOf(Grondslag.lawfulRegisters(), RegisterBreakers.breakingAnyRule())
                        .map(r -> RegisterGens.build(r.draft())))
                .checkThat(r -> assertEquals(RegisterCheck.check(r), RegisterCheck.check(r)));
    }

    @Test
    void everyFindingCarriesACitationAnElementAndASentence() {
        Property.forAll(RegisterBreakers.breakingAnyRule())
                .checkThat(r -> RegisterCheck.check(r).forEach(f -> {
                    assertFalse(f.element().isBlank());
                    assertTrue(f.message().endsWith("."), f::message);
                    assertFalse(f.citation().provision().isBlank());
                    assertFalse(f.rule().code().isBlank());
                }));
    }

    private static String label(boolean present, String what) {
        return present ? what : "no " + what;
    }
}
