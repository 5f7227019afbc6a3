package io.github.grondslag.testkit.generators;

import io.github.grondslag.domain.law.AutomatedDecisionGround;
import io.github.grondslag.domain.law.CriminalDataAuthorisation;
import io.github.grondslag.domain.law.DataSubjectRight;
import io.github.grondslag.domain.law.LawfulBasis;
import io.github.grondslag.domain.law.SpecialCategory;
import io.github.grondslag.domain.law.SpecialCategoryCondition;
import io.github.grondslag.domain.law.TrackingTechnique;
import io.github.grondslag.domain.law.TransferSafeguard;
import io.github.grondslag.domain.register.AutomatedDecision;
import io.github.grondslag.domain.register.ConsentTerms;
import io.github.grondslag.domain.register.Controller;
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
import io.github.grondslag.domain.register.SubjectCategory;
import io.github.grondslag.domain.register.Transfer;
import io.github.grondslag.testkit.property.Gen;
import io.github.grondslag.testkit.property.Gens;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.time.Period;

/**
 * Generators for the register of processing and its parts. {@link #compliantRegister()} gives
 * registers on which the register check finds nothing; {@link RegisterBreakers} breaks them one
 * rule at a time. Everything shrinks through the property engine's choice sequence.
 *
 * <p>Use them in your own CI to test code that consumes registers, or as the start of your own
 * generators of an insurer's register.
 */
public final class RegisterGens {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz ";

    private RegisterGens() {
    }

    /** Short non-blank text, as names and descriptions. */
    public static Gen<String> text() {
        return Gens.strings(ALPHABET, 1, 12).map(s -> "t" + s.trim());
    }

    /** A section reference, or none. */
    public static Gen<Option<String>> source() {
        return Gens.optionOf(Gens.integers(1, 12).map(n -> "§" + n));
    }

    /** A controller with name, address, contact and DPO contact: rule 12 holds. */
    public static Gen<Controller> controller() {
        return c -> new Controller(text().generate(c), Gens.optionOf(Gens.strings("0123456789", 8, 8)).generate(c),
                Option.some(text().generate(c)), Option.some(text().generate(c) + "@example.org"),
                Option.some("dpo@example.org"), Gens.optionOf(text()).generate(c), source().generate(c));
    }

    /** A data category of any class, id given. */
    public static Gen<DataCategory> dataCategory(String id) {
        return c -> {
            DataClass dataClass = Gens.elements(DataClass.values()).generate(c);
            Option<SpecialCategory> special = dataClass == DataClass.SPECIAL
                    ? Option.some(Gens.elements(SpecialCategory.values()).generate(c))
                    : Option.none();
            return new DataCategory(id, text().generate(c), dataClass, special, source().generate(c));
        };
    }

    /** A recipient; a processor always has its agreement (rule 7 holds). */
    public static Gen<Recipient> recipient(String id) {
        return c -> {
            RecipientKind kind = Gens.elements(RecipientKind.values()).generate(c);
            boolean agreement = kind == RecipientKind.PROCESSOR || Gens.booleans().generate(c);
            return new Recipient(id, text().generate(c), kind, agreement, source().generate(c));
        };
    }

    /**
     * A retention rule that is finite, has a trigger and keeps min <= max (rule 6 holds): a plain
     * duration, a minimum–maximum window, or a maximum only, in years, months, weeks or days.
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
            return new RetentionRule(id, text().generate(c),
                    Option.some(Gens.elements(RetentionTrigger.values()).generate(c)),
                    shape == 0 ? Option.some(period.apply(high + 1)) : Option.none(),
                    shape == 1 ? Option.some(period.apply(low)) : Option.none(),
                    shape == 0 ? Option.none() : Option.some(period.apply(high + 1)),
                    Gens.elements(RetentionAction.values()).generate(c), Gens.booleans().generate(c),
                    source().generate(c));
        };
    }

    /** A transfer outside the EEA that names its safeguard (rule 8 holds). */
    public static Gen<Transfer> transfer(String id, List<String> recipientIds) {
        return c -> new Transfer(id,
                recipientIds.isEmpty() ? Option.none() : Gens.optionOf(Gens.elementsOf(recipientIds)).generate(c),
                text().generate(c), Option.some(Gens.elements(TransferSafeguard.values()).generate(c)),
                Option.none(), source().generate(c));
    }

    /** A response policy within art. 12(3) (rule 10 holds). */
    public static Gen<ResponsePolicy> responsePolicy() {
        return c -> new ResponsePolicy(
                Gens.elements(Period.ofMonths(1), Period.ofDays(30), Period.ofWeeks(2)).generate(c),
                Period.ofMonths(Gens.integers(0, 2).generate(c)),
                Gens.optionOf(Gens.integers(1, 28).map(Period::ofDays)).generate(c), source().generate(c));
    }

    /**
     * A purpose that keeps every rule, using the register's categories, recipients and rules.
     * Its companions follow from what it uses: consent terms for consent, a 9(2) condition for
     * special data, an authorisation for criminal data, a balancing test for legitimate interests.
     */
    public static Gen<Purpose> purpose(String id, List<DataCategory> data, List<String> subjectIds,
                                       List<String> recipientIds, List<String> ruleIds) {
        return c -> {
            LawfulBasis basis = Gens.elements(LawfulBasis.values()).generate(c);
            List<DataCategory> used = nonEmptySubset(data).generate(c);
            boolean special = used.exists(DataCategory::isSpecial);
            boolean criminal = used.exists(DataCategory::isCriminal);
            boolean explicit = Gens.booleans().generate(c);
            Option<ConsentTerms> consent = basis == LawfulBasis.CONSENT
                    ? Option.some(new ConsentTerms(explicit, true, Option.some("form"), Option.some("link"),
                    Option.none()))
                    : Option.none();
            Option<SpecialCategoryCondition> condition = special
                    ? Option.some(basis == LawfulBasis.CONSENT && explicit
                    ? SpecialCategoryCondition.EXPLICIT_CONSENT
                    : Gens.elements(List.of(SpecialCategoryCondition.values())
                    .remove(SpecialCategoryCondition.EXPLICIT_CONSENT).toJavaArray(SpecialCategoryCondition[]::new))
                    .generate(c))
                    : Option.none();
            Option<CriminalDataAuthorisation> authorisation = criminal
                    ? Option.some(basis == LawfulBasis.CONSENT && explicit
                    ? Gens.elements(CriminalDataAuthorisation.values()).generate(c)
                    : Gens.elementsOf(List.of(CriminalDataAuthorisation.values())
                    .remove(CriminalDataAuthorisation.EXPLICIT_CONSENT)).generate(c))
                    : Option.none();
            Option<AutomatedDecision> automated = Gens.optionOf(c2 -> new AutomatedDecision(
                    Gens.booleans().generate(c2),
                    Option.some(Gens.elements(AutomatedDecisionGround.values()).generate(c2)),
                    Option.none())).generate(c);
            List<TrackingTechnique> allowedTracking = basis == LawfulBasis.CONSENT
                    ? List.of(TrackingTechnique.values())
                    : List.of(TrackingTechnique.values()).filter(TrackingTechnique::exemptFromConsent);
            return new Purpose(id, text().generate(c), text().generate(c), List.of(basis),
                    used.map(DataCategory::id), nonEmptySubset(subjectIds).generate(c),
                    subset(recipientIds).generate(c), nonEmptySubset(ruleIds).generate(c),
                    condition, authorisation,
                    basis == LawfulBasis.LEGITIMATE_INTERESTS ? Option.some("balancing test " + id) : Option.none(),
                    consent, automated, Gens.booleans().generate(c), Gens.booleans().generate(c),
                    LinkedHashSet.ofAll(subset(allowedTracking).generate(c)), source().generate(c));
        };
    }

    /** A register on which {@link io.github.grondslag.domain.register.RegisterCheck} finds nothing. */
    public static Gen<Register> compliantRegister() {
        return compliantDraft().map(RegisterGens::build);
    }

    /** The register of a draft the generators built; an invalid one is a bug of the generator. */
    public static Register build(RegisterDraft draft) {
        var built = Register.of(draft);
        if (built.isInvalid()) {
            throw new IllegalStateException("generator built an invalid register: " + built.getError());
        }
        return built.get();
    }

    /** The draft of a compliant register, for tests that break it. */
    public static Gen<RegisterDraft> compliantDraft() {
        return c -> {
            List<SubjectCategory> subjects = ids("s", Gens.integers(1, 4).generate(c))
                    .map(id -> new SubjectCategory(id, text().generate(c), source().generate(c)));
            List<DataCategory> data = ids("d", Gens.integers(1, 6).generate(c)).map(id -> dataCategory(id).generate(c));
            List<Recipient> recipients = ids("r", Gens.integers(0, 4).generate(c))
                    .map(id -> recipient(id).generate(c));
            List<String> recipientIds = recipients.map(Recipient::id);
            List<Transfer> transfers = ids("t", Gens.integers(0, 2).generate(c))
                    .map(id -> transfer(id, recipientIds).generate(c));
            List<RetentionRule> rules = ids("k", Gens.integers(1, 3).generate(c))
                    .map(id -> retentionRule(id).generate(c));
            List<String> subjectIds = subjects.map(SubjectCategory::id);
            List<String> ruleIds = rules.map(RetentionRule::id);
            List<Purpose> purposes = ids("p", Gens.integers(1, 5).generate(c))
                    .map(id -> purpose(id, data, subjectIds, recipientIds, ruleIds).generate(c));
            List<DataSubjectRight> rights = subset(List.of(DataSubjectRight.values())).generate(c)
                    .appendAll(List.of(DataSubjectRight.OBJECTION, DataSubjectRight.HUMAN_INTERVENTION)).distinct();
            return new RegisterDraft(controller().generate(c),
                    Option.some(Gens.localDates(LocalDate.of(2018, 5, 25), LocalDate.of(2030, 12, 31)).generate(c)),
                    subjects, data, recipients, transfers, rules, purposes, LinkedHashSet.ofAll(rights),
                    source().generate(c), Option.some(responsePolicy().generate(c)));
        };
    }

    /** Some of the given elements, in their order (possibly none). */
    public static <T> Gen<List<T>> subset(List<T> elements) {
        return c -> elements.filter(e -> Gens.booleans().generate(c));
    }

    /** At least one of the given (non-empty) elements, in their order. */
    public static <T> Gen<List<T>> nonEmptySubset(List<T> elements) {
        return subset(elements).map(s -> s.isEmpty() ? List.of(elements.head()) : s);
    }

    private static List<String> ids(String prefix, int count) {
        return List.range(0, count).map(i -> prefix + i);
    }
}
