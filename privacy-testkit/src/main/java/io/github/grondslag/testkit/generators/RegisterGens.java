package io.github.grondslag.testkit.generators;

import io.github.grondslag.domain.check.NationalLayer;
import io.github.grondslag.domain.check.RegisterCheck;
import io.github.grondslag.domain.law.AutomatedDecisionGround;
import io.github.grondslag.domain.law.CriminalDataAuthorisation;
import io.github.grondslag.domain.law.DataSubjectRight;
import io.github.grondslag.domain.law.LawfulBasis;
import io.github.grondslag.domain.law.SpecialCategory;
import io.github.grondslag.domain.law.SpecialCategoryCondition;
import io.github.grondslag.domain.law.TrackingTechnique;
import io.github.grondslag.domain.law.TransferSafeguard;
import io.github.grondslag.domain.register.ArchivePurpose;
import io.github.grondslag.domain.register.Assessment;
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
import io.github.grondslag.domain.register.SubjectCategory;
import io.github.grondslag.domain.register.Transfer;
import io.github.grondslag.testkit.property.Gen;
import io.github.grondslag.testkit.property.Gens;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.time.Period;

/**
 * Generators for the register of processing and its parts. {@link #compliantRegister()} gives
 * registers of a Dutch controller on which {@link RegisterCheck} finds nothing, the GDPR's rules
 * and the Dutch layer's; {@link #registerWithoutNationalLayer()} gives registers of controllers in
 * member states without a layer; {@link #registerWithGaps()} gives registers that lack what a
 * processing decision must deny; {@link RegisterBreakers} breaks compliant registers one rule at a
 * time. Everything shrinks through the property engine's choice sequence.
 *
 * <p>Use them in your own CI to test code that consumes registers, or as the start of your own
 * generators of an insurer's register.
 */
public final class RegisterGens {

    /** The member state of the compliant registers: the one with the layer this library ships. */
    public static final String NL = "NL";

    /** The member states of the European Union (ISO 3166 codes). */
    public static final List<String> MEMBER_STATES = List.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES",
            "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz ";

    private RegisterGens() {
    }

    /**
     * {@return short non-blank text for names and descriptions: {@code t} followed by up to twelve
     * lower-case letters and spaces, trimmed; shrinks towards {@code "ta"}}
     */
    public static Gen<String> text() {
        return Gens.strings(ALPHABET, 1, 12).map(s -> "t" + s.trim());
    }

    /**
     * {@return references to a section of the statement, {@code §1} to {@code §12}, or none (half
     * of them); shrinks towards none}
     */
    public static Gen<Option<String>> source() {
        return Gens.optionOf(Gens.integers(1, 12).map(n -> "§" + n));
    }

    /** {@return facts of any of the three values (yes, no, not stated), equally often} */
    public static Gen<Fact> facts() {
        return Gens.elements(Fact.values());
    }

    /**
     * A Dutch controller with name, address, contact and DPO contact (R12 holds whatever the DPO
     * grounds), public authority or not, large-scale or not, its DPO grounds stated or not, with or
     * without a representative.
     *
     * @return a generator of Dutch controllers
     */
    public static Gen<Controller> controller() {
        return c -> new Controller(text().generate(c), Gens.optionOf(Gens.strings("0123456789", 8, 8)).generate(c),
                Option.some(text().generate(c)), Option.some(text().generate(c) + "@example.org"),
                Option.some("dpo@example.org"), Gens.optionOf(text()).generate(c), Option.some(NL),
                facts().generate(c), facts().generate(c),
                Gens.optionOf(subset(List.of(DpoGround.values())).map(LinkedHashSet::ofAll)).generate(c)
                        .map(s -> (Set<DpoGround>) s),
                Gens.optionOf(text()).generate(c), source().generate(c));
    }

    /**
     * {@return joint controllers (art. 26) that make the essence of the arrangement available and
     * name a contact point (R14 holds)}
     */
    public static Gen<JointController> jointController() {
        return c -> new JointController(text().generate(c), Option.some("arrangement " + text().generate(c)),
                Option.some(text().generate(c) + "@example.org"), source().generate(c));
    }

    /**
     * Data categories of any class and origin, with no retention rules of their own; data from
     * other sources name their sources (R14 holds).
     *
     * @param id the id of every generated category
     * @return a generator of data categories with that id
     */
    public static Gen<DataCategory> dataCategory(String id) {
        return dataCategory(id, List.empty());
    }

    /**
     * A data category of any class and origin, id given: data from other sources name their
     * sources (R14 holds); some of the given retention rules may be its own.
     *
     * @param id the id of every generated category
     * @param ruleIds the ids of the register's retention rules the category may name as its own
     * @return a generator of data categories with that id
     */
    public static Gen<DataCategory> dataCategory(String id, List<String> ruleIds) {
        return c -> {
            DataClass dataClass = Gens.elements(DataClass.values()).generate(c);
            Option<SpecialCategory> special = dataClass == DataClass.SPECIAL
                    ? Option.some(Gens.elements(SpecialCategory.values()).generate(c))
                    : Option.none();
            DataOrigin origin = Gens.elements(DataOrigin.values()).generate(c);
            List<String> sources = origin.fromOtherSources()
                    ? Gens.lists(text().map(t -> "source " + t), 1, 2).generate(c)
                    : List.empty();
            List<String> rules = Gens.booleans().generate(c) ? subset(ruleIds).generate(c) : List.empty();
            return new DataCategory(id, text().generate(c), dataClass, special, origin, sources, rules,
                    source().generate(c));
        };
    }

    /**
     * Recipients of any kind; a processor always has its agreement of 28(3) (R7 holds), another
     * kind states whatever.
     *
     * @param id the id of every generated recipient
     * @return a generator of recipients with that id
     */
    public static Gen<Recipient> recipient(String id) {
        return c -> {
            RecipientKind kind = Gens.elements(RecipientKind.values()).generate(c);
            Fact agreement = kind == RecipientKind.PROCESSOR ? Fact.YES : facts().generate(c);
            return new Recipient(id, text().generate(c), kind, agreement, source().generate(c));
        };
    }

    /**
     * Retention rules that are finite, have a trigger and keep minimum &lt;= maximum (R6 holds): a
     * plain duration, a minimum–maximum window, or a maximum only, in years, months, weeks or days;
     * an event of the controller's own is described; an archive serves a purpose of art. 89(1).
     * Shrinks towards a plain duration of one year from the first trigger.
     *
     * @param id the id of every generated rule
     * @return a generator of retention rules with that id
     */
    public static Gen<RetentionRule> retentionRule(String id) {
        return c -> {
            int unit = Gens.integers(0, 3).generate(c);
            int low = Gens.integers(0, 5).generate(c);
            int high = low + Gens.integers(0, 5).generate(c);
            int shape = Gens.integers(0, 2).generate(c);
            java.util.function.IntFunction<Period> period = n -> switch (unit) {
                case 0 -> Period.ofYears(n);
                case 1 -> Period.ofMonths(n * 5);
                case 2 -> Period.ofWeeks(n * 3);
                default -> Period.ofDays(n * 11);
            };
            RetentionTrigger trigger = Gens.elements(RetentionTrigger.values()).generate(c);
            RetentionAction action = Gens.elements(RetentionAction.values()).generate(c);
            return new RetentionRule(id, text().generate(c), Option.some(trigger),
                    trigger == RetentionTrigger.OWN_EVENT ? Option.some("event " + text().generate(c)) : Option.none(),
                    shape == 0 ? Option.some(period.apply(high + 1)) : Option.none(),
                    shape == 1 ? Option.some(period.apply(low)) : Option.none(),
                    shape == 0 ? Option.none() : Option.some(period.apply(high + 1)),
                    action,
                    action == RetentionAction.ARCHIVE
                            ? Option.some(Gens.elements(ArchivePurpose.values()).generate(c)) : Option.none(),
                    Gens.booleans().generate(c), source().generate(c));
        };
    }

    /**
     * The tools of art. 45–49 that the register check accepts without a word from any controller:
     * every one except the unnamed derogation and the compelling legitimate interests of 49(1) second
     * subparagraph, which it warns about, and 49(1)(a)–(c), which it questions for a public authority
     * (49(3)).
     *
     * @return those tools, in the order of {@link TransferSafeguard}
     */
    public static List<TransferSafeguard> unquestionedSafeguards() {
        return List.of(TransferSafeguard.values()).removeAll(List.of(TransferSafeguard.DEROGATION,
                TransferSafeguard.COMPELLING_LEGITIMATE_INTERESTS, TransferSafeguard.DEROGATION_EXPLICIT_CONSENT,
                TransferSafeguard.DEROGATION_CONTRACT_WITH_SUBJECT,
                TransferSafeguard.DEROGATION_CONTRACT_IN_SUBJECT_INTEREST));
    }

    /**
     * Transfers outside the EEA that name one of the {@link #unquestionedSafeguards() tools of art.
     * 45–49 the check does not question} (R8 holds), to one of the given recipients or none named.
     *
     * @param id the id of every generated transfer
     * @param recipientIds the ids of the register's recipients the transfer may name; may be empty
     * @return a generator of transfers with that id
     */
    public static Gen<Transfer> transfer(String id, List<String> recipientIds) {
        return c -> new Transfer(id,
                recipientIds.isEmpty() ? Option.none() : Gens.optionOf(Gens.elementsOf(recipientIds)).generate(c),
                text().generate(c), Option.some(Gens.elementsOf(unquestionedSafeguards()).generate(c)),
                Gens.optionOf(text()).generate(c), source().generate(c));
    }

    /**
     * {@return response policies within art. 12(3) (R10 holds): a base period of one month, 30
     * days or two weeks, a longest extension of zero to two months, and an acknowledgement of a
     * complaint within 1 to 28 days or none promised}
     */
    public static Gen<ResponsePolicy> responsePolicy() {
        return c -> new ResponsePolicy(
                Gens.elements(Period.ofMonths(1), Period.ofDays(30), Period.ofWeeks(2)).generate(c),
                Period.ofMonths(Gens.integers(0, 2).generate(c)),
                Gens.optionOf(Gens.integers(1, 28).map(Period::ofDays)).generate(c), source().generate(c));
    }

    /**
     * Consent of the given kind as the law wants it: obtained by a clear affirmative act, as easy to
     * withdraw as to give, explicit as given, a condition of the service or not (never stated yes);
     * consent another law requires names that law.
     *
     * @param kind the kind of consent: the basis, explicit consent as a condition beside another
     *             basis, or consent another law requires
     * @param explicit whether the consent is explicit
     * @return a generator of consent terms of that kind
     */
    public static Gen<ConsentTerms> consentTerms(ConsentKind kind, Fact explicit) {
        return c -> new ConsentTerms(kind, explicit, Fact.YES, ConsentMechanism.CLEAR_AFFIRMATIVE_ACT,
                Gens.elements(Fact.NO, Fact.NOT_STATED).generate(c),
                kind == ConsentKind.OTHER_LAW
                        ? Option.some(Gens.elements("Telecommunicatiewet 11.7a", "medical secrecy (WGBO 7:457 BW)")
                        .generate(c))
                        : Option.none(),
                Gens.optionOf(Gens.elements("web form", "portal", "paper form")).generate(c),
                Gens.optionOf(Gens.elements("link in every e-mail", "portal", "e-mail")).generate(c),
                source().generate(c));
    }

    /** What the register around a purpose decides about it: its data, and facts about the controller. */
    private record Context(List<DataCategory> data, List<String> subjectIds, List<String> recipientIds,
                           List<String> ruleIds, Controller controller, boolean humanInterventionOffered) {
    }

    /**
     * A purpose that keeps every rule (the GDPR's and the Dutch layer's), using the register's
     * categories, recipients and rules, for a controller that may be a public authority and may
     * process on a large scale. Its companions follow from the data it uses: a lawful basis the
     * controller may rely on (only a legal obligation or public task for the BSN, no legitimate
     * interests for a public authority), consent terms for consent, a 9(2) condition for special
     * data, a named authorisation for criminal data, the interest and a made balancing test for
     * legitimate interests, and an impact assessment where 35(3) requires one.
     *
     * @param id the id of every generated purpose
     * @param data the register's data categories, of which the purpose uses at least one
     * @param subjectIds the ids of the register's subject categories, of which it names at least one
     * @param recipientIds the ids of the register's recipients, of which it names some
     * @param ruleIds the ids of the register's retention rules, of which it names at least one
     * @param controller the register's controller, whose facts (public authority, large scale)
     *                   decide what the purpose may rest on and need
     * @param humanInterventionOffered whether the register offers the right to human intervention
     *                                 (22(3)), so that a decision need not state it
     * @return a generator of compliant purposes with that id
     */
    public static Gen<Purpose> purpose(String id, List<DataCategory> data, List<String> subjectIds,
                                       List<String> recipientIds, List<String> ruleIds, Controller controller,
                                       boolean humanInterventionOffered) {
        return purpose(id, new Context(data, subjectIds, recipientIds, ruleIds, controller, humanInterventionOffered));
    }

    /**
     * Its companions follow from what it uses: the BSN only on a law (NL3); consent terms for
     * consent; explicit consent (of the basis, or as a condition beside another basis) only where a
     * 9(2)(a) condition, a UAVG 32(a) authorisation or a 22(2)(c) ground relies on it; consent
     * another law requires for tracking that needs consent; a 9(2) condition for special data; a
     * named authorisation for criminal data; the interest and a made balancing test for legitimate
     * interests; an impact assessment where 35(3) requires one.
     */
    private static Gen<Purpose> purpose(String id, Context x) {
        return c -> {
            List<DataCategory> used = nonEmptySubset(x.data()).generate(c);
            boolean nationalId = used.exists(d -> d.dataClass() == DataClass.NATIONAL_ID);
            boolean special = used.exists(DataCategory::isSpecial);
            boolean criminal = used.exists(DataCategory::isCriminal);
            boolean authority = x.controller().publicAuthority().isYes();
            List<LawfulBasis> bases = (nationalId
                    ? List.of(LawfulBasis.LEGAL_OBLIGATION, LawfulBasis.PUBLIC_TASK)
                    : List.of(LawfulBasis.values()))
                    .filter(b -> !(authority && b == LawfulBasis.LEGITIMATE_INTERESTS));
            LawfulBasis basis = Gens.elementsOf(bases).generate(c);

            // Consent: the basis, explicit consent as a condition beside another basis, consent another law requires, or none.
            Option<ConsentTerms> consent;
            boolean explicitCondition = false;
            if (basis == LawfulBasis.CONSENT) {
                consent = Option.some(consentTerms(ConsentKind.BASIS, Gens.elements(Fact.YES, Fact.NO).generate(c))
                        .generate(c));
            } else {
                int kind = Gens.integers(0, 2).generate(c);
                explicitCondition = kind == 1;
                consent = switch (kind) {
                    case 1 -> Option.some(consentTerms(ConsentKind.EXPLICIT_CONDITION, Fact.YES).generate(c));
                    case 2 -> Option.some(consentTerms(ConsentKind.OTHER_LAW, facts().generate(c)).generate(c));
                    default -> Option.none();
                };
            }
            boolean explicitAvailable = consent.exists(t -> t.kind().isGdprConsent() && t.explicit().isYes());

            // Explicit consent beside another basis serves a 9(2)(a) condition, a UAVG 32(a) authorisation or a 22(2)(c) ground.
            boolean explicitForSpecial = explicitCondition && special;
            boolean explicitForCriminal = explicitCondition && !special && criminal;
            boolean explicitForDecision = explicitCondition && !special && !criminal;

            List<SpecialCategoryCondition> conditions = List.empty();
            if (special) {
                List<SpecialCategoryCondition> allowed = List.of(SpecialCategoryCondition.values())
                        .filter(k -> explicitAvailable || k != SpecialCategoryCondition.EXPLICIT_CONSENT);
                conditions = nonEmptySubset(allowed).generate(c);
                if (explicitForSpecial && !conditions.contains(SpecialCategoryCondition.EXPLICIT_CONSENT)) {
                    conditions = conditions.prepend(SpecialCategoryCondition.EXPLICIT_CONSENT);
                }
            }
            Option<CriminalDataAuthorisation> authorisation = Option.none();
            if (criminal) {
                List<CriminalDataAuthorisation> allowed = List.of(CriminalDataAuthorisation.values())
                        .remove(CriminalDataAuthorisation.AUTHORISED_BY_LAW)
                        .filter(a -> explicitAvailable || a != CriminalDataAuthorisation.EXPLICIT_CONSENT);
                authorisation = Option.some(explicitForCriminal ? CriminalDataAuthorisation.EXPLICIT_CONSENT
                        : Gens.elementsOf(allowed).generate(c));
            }

            // A solely automated decision: with legal effect it keeps 22(2)-(4) and 13(2)(f); without, it states what it likes.
            Option<AutomatedDecision> decision;
            if (explicitForDecision || Gens.booleans().generate(c)) {
                boolean legal = explicitForDecision || Gens.booleans().generate(c);
                List<AutomatedDecisionGround> grounds = List.of(AutomatedDecisionGround.values())
                        .filter(g -> explicitAvailable || g != AutomatedDecisionGround.EXPLICIT_CONSENT);
                Option<AutomatedDecisionGround> ground = explicitForDecision
                        ? Option.some(AutomatedDecisionGround.EXPLICIT_CONSENT)
                        : legal ? Option.some(Gens.elementsOf(grounds).generate(c))
                        : Gens.optionOf(Gens.elementsOf(grounds)).generate(c);
                Fact intervention = legal
                        ? (x.humanInterventionOffered() ? Gens.elements(Fact.YES, Fact.NOT_STATED).generate(c) : Fact.YES)
                        : facts().generate(c);
                Fact logic = legal ? Fact.YES : facts().generate(c);
                decision = Option.some(new AutomatedDecision(legal, ground, intervention, logic, source().generate(c)));
                if (legal && special && !conditions.contains(SpecialCategoryCondition.EXPLICIT_CONSENT)
                        && !conditions.contains(SpecialCategoryCondition.SUBSTANTIAL_PUBLIC_INTEREST)) {
                    conditions = conditions.append(explicitAvailable ? SpecialCategoryCondition.EXPLICIT_CONSENT
                            : SpecialCategoryCondition.SUBSTANTIAL_PUBLIC_INTEREST);
                }
            } else {
                decision = Option.none();
            }
            boolean profiling = Gens.booleans().generate(c);

            // The cookie rule wants consent to the device itself: the basis, or consent another law requires;
            // explicit consent as a condition for special data, a decision or criminal data is not that.
            boolean deviceConsent = basis == LawfulBasis.CONSENT
                    || consent.exists(t -> t.kind() != ConsentKind.EXPLICIT_CONDITION);
            List<TrackingTechnique> allowedTracking = List.of(TrackingTechnique.values())
                    .filter(t -> deviceConsent || t.exemptFromConsent());
            Set<TrackingTechnique> tracking = LinkedHashSet.ofAll(subset(allowedTracking).generate(c));

            boolean legalDecision = decision.exists(AutomatedDecision::legalOrSimilarEffect);
            boolean dpiaRequired = (legalDecision && profiling)
                    || (x.controller().largeScale().isYes() && (special || criminal));
            Fact dpia = dpiaRequired ? Fact.YES : facts().generate(c);

            boolean interests = basis == LawfulBasis.LEGITIMATE_INTERESTS;
            // Always a rule of its own as well: Retention.evaluate applies only a purpose's own rules to its records.
            List<String> ownRules = nonEmptySubset(x.ruleIds()).generate(c);

            return PurposeBuilder.purpose(id)
                    .withName(text().generate(c))
                    .withDescription(text().generate(c))
                    .withLawfulBases(basis)
                    .withConsent(consent)
                    .withLegitimateInterest(interests ? Option.some("interest " + text().generate(c)) : Option.none())
                    .withBalancingTest(interests ? Fact.YES : Fact.NOT_STATED)
                    .withDataCategories(used.map(DataCategory::id))
                    .withSubjectCategories(nonEmptySubset(x.subjectIds()).generate(c))
                    .withRecipients(subset(x.recipientIds()).generate(c))
                    .withRetentionRules(ownRules)
                    .withSpecialConditions(conditions)
                    .withCriminalAuthorisation(authorisation)
                    .withAutomatedDecision(decision)
                    .withProfiling(profiling)
                    .withTracking(tracking)
                    .withDirectMarketing(Gens.booleans().generate(c))
                    .withImpactAssessment(dpia)
                    .withSource(source().generate(c))
                    .build();
        };
    }

    /**
     * {@return registers on which {@link RegisterCheck} finds nothing: a Dutch controller, every
     * rule of the GDPR and of the Dutch layer kept; the registers of {@link #compliantDraft()}}
     */
    public static Gen<Register> compliantRegister() {
        return compliantDraft().map(RegisterGens::build);
    }

    /**
     * Builds the register of a draft the generators built; an invalid one is a bug of the generator.
     *
     * @param draft the draft, valid in structure
     * @return the register
     * @throws IllegalStateException if the draft is not a valid register
     */
    public static Register build(RegisterDraft draft) {
        var built = Register.of(draft);
        if (built.isInvalid()) {
            throw new IllegalStateException("generator built an invalid register: " + built.getError());
        }
        return built.get();
    }

    /**
     * The rights a compliant register tells the subject about: every right R13 can ask for (access,
     * rectification, erasure, restriction, portability, objection, withdrawal of consent, the
     * complaint), and human intervention (22(3)) when the given flag says so.
     *
     * @param humanIntervention whether the right to human intervention is offered as well
     * @return the rights, in the order of {@link DataSubjectRight}
     */
    public static Set<DataSubjectRight> rightsOffered(boolean humanIntervention) {
        return LinkedHashSet.of(DataSubjectRight.values())
                .filter(r -> humanIntervention || r != DataSubjectRight.HUMAN_INTERVENTION);
    }

    /**
     * The draft of a compliant register of a Dutch controller, for tests that break it: joint
     * controllers with their arrangement and contact point, data from the subject and from other
     * sources (named), retention per purpose and per data category, archives with their 89(1)
     * purpose, transfers on every tool the check does not question, purposes on every basis.
     * Each draft has one to four subject categories, one to three retention rules, one to six data
     * categories, up to four recipients, up to three transfers and one to five purposes; it shrinks
     * towards the smallest of these.
     *
     * @return a generator of drafts of compliant registers
     */
    public static Gen<RegisterDraft> compliantDraft() {
        return c -> {
            Controller controller = controller().generate(c);
            List<JointController> joint = Gens.lists(jointController(), 0, 2).generate(c);
            List<SubjectCategory> subjects = ids("s", Gens.integers(1, 4).generate(c))
                    .map(id -> new SubjectCategory(id, text().generate(c), source().generate(c)));
            List<RetentionRule> rules = ids("k", Gens.integers(1, 3).generate(c))
                    .map(id -> retentionRule(id).generate(c));
            List<String> ruleIds = rules.map(RetentionRule::id);
            List<DataCategory> data = ids("d", Gens.integers(1, 6).generate(c))
                    .map(id -> dataCategory(id, ruleIds).generate(c));
            List<Recipient> recipients = ids("r", Gens.integers(0, 4).generate(c))
                    .map(id -> recipient(id).generate(c));
            List<String> recipientIds = recipients.map(Recipient::id);
            List<Transfer> transfers = ids("t", Gens.integers(0, 3).generate(c))
                    .map(id -> transfer(id, recipientIds).generate(c));
            List<String> subjectIds = subjects.map(SubjectCategory::id);
            boolean humanIntervention = Gens.booleans().generate(c);
            Context context = new Context(data, subjectIds, recipientIds, ruleIds, controller, humanIntervention);
            List<Purpose> purposes = ids("p", Gens.integers(1, 5).generate(c))
                    .map(id -> purpose(id, context).generate(c));
            return new RegisterDraft(controller, joint,
                    Option.some(Gens.localDates(LocalDate.of(2018, 5, 25), LocalDate.of(2030, 12, 31)).generate(c)),
                    subjects, data, recipients, transfers, rules, purposes, rightsOffered(humanIntervention),
                    source().generate(c), Option.some(responsePolicy().generate(c)));
        };
    }

    /** {@return the member states for which {@link RegisterCheck#LAYERS} has no national layer} */
    public static List<String> memberStatesWithoutLayer() {
        return MEMBER_STATES.filter(s -> !RegisterCheck.LAYERS.exists(l -> l.memberState().equals(s)));
    }

    /**
     * Moves the controller of a draft to another member state, nothing else changed.
     *
     * @param draft the draft
     * @param memberState the ISO 3166 code of the member state, or none: not stated
     * @return the draft with the controller in that member state
     */
    public static RegisterDraft inMemberState(RegisterDraft draft, Option<String> memberState) {
        return draft.withController(draft.controller().withMemberState(memberState));
    }

    /**
     * The draft of a register that keeps every rule of the GDPR, of a controller in a member state
     * without a national layer or that states none (then with a representative, so that R14 holds):
     * {@link RegisterCheck} finds exactly one warning, {@link RegisterCheck.LayerRule#N1_NATIONAL_LAW_NOT_CHECKED}.
     * Four in five name a member state, one in five none.
     *
     * @return a generator of drafts of registers outside any national layer
     */
    public static Gen<RegisterDraft> draftWithoutNationalLayer() {
        return c -> {
            RegisterDraft draft = compliantDraft().generate(c);
            Option<String> state = Gens.frequency(
                    io.vavr.Tuple.of(4, Gens.elementsOf(memberStatesWithoutLayer()).map(Option::some)),
                    io.vavr.Tuple.of(1, Gens.constant(Option.<String>none()))).generate(c);
            RegisterDraft moved = inMemberState(draft, state);
            Controller k = moved.controller();
            return state.isDefined() || k.representative().isDefined() ? moved : moved.withController(new Controller(
                    k.name(), k.chamberOfCommerceNumber(), k.address(), k.contact(), k.dpoContact(), k.group(),
                    k.memberState(), k.publicAuthority(), k.largeScale(), k.dpoGrounds(),
                    Option.some("representative " + text().generate(c)), k.source()));
        };
    }

    /** {@return the registers of {@link #draftWithoutNationalLayer()}} */
    public static Gen<Register> registerWithoutNationalLayer() {
        return draftWithoutNationalLayer().map(RegisterGens::build);
    }

    /**
     * Whether a national layer of {@link RegisterCheck#LAYERS} applies to the register: its
     * controller names a member state that has one.
     *
     * @param register the register
     * @return {@code true} if a national layer applies
     */
    public static boolean hasNationalLayer(Register register) {
        return register.controller().memberState()
                .exists(s -> RegisterCheck.LAYERS.map(NationalLayer::memberState).contains(s));
    }

    /**
     * A register, valid in structure, in which some purposes lack what the processing decision
     * must deny without: a lawful basis (about one purpose in six), the 9(2) condition for special
     * data or the art. 10 authorisation for criminal data (about one in four each). The rest is as
     * {@link #compliantDraft()} makes it.
     *
     * @return a generator of registers with gaps
     */
    public static Gen<Register> registerWithGaps() {
        return c -> {
            RegisterDraft draft = compliantDraft().generate(c);
            List<Purpose> purposes = draft.purposes().map(p -> {
                PurposeBuilder b = PurposeBuilder.from(p);
                if (Gens.integers(0, 5).generate(c) == 0) {
                    b = b.withLawfulBases(List.empty());
                }
                if (Gens.integers(0, 3).generate(c) == 0) {
                    b = b.withSpecialConditions(List.empty());
                }
                if (Gens.integers(0, 3).generate(c) == 0) {
                    b = b.withCriminalAuthorisation(Option.none());
                }
                return b.build();
            });
            return build(draft.withPurposes(purposes));
        };
    }

    /**
     * The assessment (a balancing test or an impact assessment) of a fact: made, with the
     * reference, when yes; otherwise without a reference.
     *
     * @param made whether the assessment was made
     * @param reference where a made assessment is recorded
     * @return the assessment
     */
    public static Assessment assessment(Fact made, String reference) {
        return new Assessment(made, made.isYes() ? Option.some(reference) : Option.none());
    }

    /**
     * Some of the given elements, in their order (possibly none): each kept or not with equal
     * chance; shrinks towards the empty list.
     *
     * @param elements the elements to choose from
     * @param <T> the type of the elements
     * @return a generator of sublists of {@code elements}
     */
    public static <T> Gen<List<T>> subset(List<T> elements) {
        return c -> elements.filter(e -> Gens.booleans().generate(c));
    }

    /**
     * At least one of the given elements, in their order: as {@link #subset(List)}, but the first
     * element alone where that would be empty; shrinks towards the first element alone.
     *
     * @param elements the elements to choose from, at least one
     * @param <T> the type of the elements
     * @return a generator of non-empty sublists of {@code elements}
     */
    public static <T> Gen<List<T>> nonEmptySubset(List<T> elements) {
        return subset(elements).map(s -> s.isEmpty() ? List.of(elements.head()) : s);
    }

    private static List<String> ids(String prefix, int count) {
        return List.range(0, count).map(i -> prefix + i);
    }
}
