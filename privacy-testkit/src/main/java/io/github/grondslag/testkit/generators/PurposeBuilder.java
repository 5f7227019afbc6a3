package io.github.grondslag.testkit.generators;

import io.github.grondslag.domain.law.CriminalDataAuthorisation;
import io.github.grondslag.domain.law.LawfulBasis;
import io.github.grondslag.domain.law.SpecialCategoryCondition;
import io.github.grondslag.domain.law.TrackingTechnique;
import io.github.grondslag.domain.register.Assessment;
import io.github.grondslag.domain.register.AutomatedDecision;
import io.github.grondslag.domain.register.Automation;
import io.github.grondslag.domain.register.Basis;
import io.github.grondslag.domain.register.ConsentTerms;
import io.github.grondslag.domain.register.Fact;
import io.github.grondslag.domain.register.Purpose;
import io.github.grondslag.domain.register.Scope;
import io.github.grondslag.domain.register.SensitiveData;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A fluent, immutable builder of a {@link Purpose}: every {@code with...} returns a new builder and
 * leaves this one as it was, so that one builder can be the common start of many purposes.
 *
 * <pre>{@code
 * Purpose offers = PurposeBuilder.purpose("offers")
 *         .withLawfulBases(LawfulBasis.CONSENT)
 *         .withConsent(ConsentTerms.clear(ConsentKind.BASIS, false))
 *         .withDataCategories("contact-details").withSubjectCategories("customers")
 *         .withDirectMarketing(true)
 *         .build();
 * Purpose broken = PurposeBuilder.from(offers).withoutConsent().build();
 * }</pre>
 *
 * <p>A builder started with {@link #purpose(String)} states nothing but its id (its name is the
 * id): no basis, no data or subject categories, no consent, no conditions, no automation, no
 * direct marketing, no impact assessment stated. What the register check makes of such a purpose is
 * what it makes of a statement that is silent.
 */
public final class PurposeBuilder {

    private final Purpose purpose;

    private PurposeBuilder(Purpose purpose) {
        this.purpose = Objects.requireNonNull(purpose, "purpose");
    }

    /** A purpose with this id that states nothing else (its name is the id). */
    public static PurposeBuilder purpose(String id) {
        return new PurposeBuilder(new Purpose(id, id, "",
                new Basis(List.empty(), Option.none(), Option.none(), Assessment.notStated()),
                new Scope(List.empty(), List.empty(), List.empty(), List.empty()), SensitiveData.none(),
                Automation.none(), false, Assessment.notStated(), Option.none()));
    }

    /** A builder that starts from an existing purpose, to change some of it. */
    public static PurposeBuilder from(Purpose purpose) {
        return new PurposeBuilder(purpose);
    }

    /** The purpose. */
    public Purpose build() {
        return purpose;
    }

    // --- identity ---

    public PurposeBuilder withId(String id) {
        Purpose p = purpose;
        return new PurposeBuilder(new Purpose(id, p.name(), p.description(), p.basis(), p.scope(), p.sensitive(),
                p.automation(), p.directMarketing(), p.impactAssessment(), p.source()));
    }

    public PurposeBuilder withName(String name) {
        Purpose p = purpose;
        return new PurposeBuilder(new Purpose(p.id(), name, p.description(), p.basis(), p.scope(), p.sensitive(),
                p.automation(), p.directMarketing(), p.impactAssessment(), p.source()));
    }

    public PurposeBuilder withDescription(String description) {
        Purpose p = purpose;
        return new PurposeBuilder(new Purpose(p.id(), p.name(), description, p.basis(), p.scope(), p.sensitive(),
                p.automation(), p.directMarketing(), p.impactAssessment(), p.source()));
    }

    /** The section of the statement the purpose comes from. */
    public PurposeBuilder withSource(Option<String> source) {
        Purpose p = purpose;
        return new PurposeBuilder(new Purpose(p.id(), p.name(), p.description(), p.basis(), p.scope(), p.sensitive(),
                p.automation(), p.directMarketing(), p.impactAssessment(), source));
    }

    public PurposeBuilder withSource(String source) {
        return withSource(Option.some(source));
    }

    // --- basis (AVG 6, 7) ---

    /** The whole basis at once. */
    public PurposeBuilder withBasis(Basis basis) {
        Purpose p = purpose;
        return new PurposeBuilder(new Purpose(p.id(), p.name(), p.description(), basis, p.scope(), p.sensitive(),
                p.automation(), p.directMarketing(), p.impactAssessment(), p.source()));
    }

    private PurposeBuilder basis(UnaryOperator<Basis> change) {
        return withBasis(change.apply(purpose.basis()));
    }

    /** The lawful bases the statement gives (none, one or, wrongly, several). */
    public PurposeBuilder withLawfulBases(List<LawfulBasis> bases) {
        return basis(b -> new Basis(bases, b.consent(), b.legitimateInterest(), b.balancingTest()));
    }

    public PurposeBuilder withLawfulBases(LawfulBasis... bases) {
        return withLawfulBases(List.of(bases));
    }

    /** The consent the purpose asks for, or none. */
    public PurposeBuilder withConsent(Option<ConsentTerms> consent) {
        return basis(b -> new Basis(b.lawfulBases(), consent, b.legitimateInterest(), b.balancingTest()));
    }

    public PurposeBuilder withConsent(ConsentTerms consent) {
        return withConsent(Option.some(consent));
    }

    public PurposeBuilder withoutConsent() {
        return withConsent(Option.none());
    }

    /** Changes the consent terms the purpose asks for; nothing when it asks for none. */
    public PurposeBuilder withConsentChanged(UnaryOperator<ConsentTerms> change) {
        return withConsent(purpose.consent().map(change));
    }

    /** The legitimate interest pursued (13(1)(d)), or none. */
    public PurposeBuilder withLegitimateInterest(Option<String> interest) {
        return basis(b -> new Basis(b.lawfulBases(), b.consent(), interest, b.balancingTest()));
    }

    public PurposeBuilder withLegitimateInterest(String interest) {
        return withLegitimateInterest(Option.some(interest));
    }

    /** The balancing test of legitimate interests (6(1)(f)). */
    public PurposeBuilder withBalancingTest(Assessment test) {
        return basis(b -> new Basis(b.lawfulBases(), b.consent(), b.legitimateInterest(), test));
    }

    /** Whether a balancing test was made; a made one gets a reference. */
    public PurposeBuilder withBalancingTest(Fact made) {
        return withBalancingTest(assessment(made, "balancing test " + purpose.id()));
    }

    // --- scope (AVG 5(1)(b),(c), 30(1)) ---

    public PurposeBuilder withScope(Scope scope) {
        Purpose p = purpose;
        return new PurposeBuilder(new Purpose(p.id(), p.name(), p.description(), p.basis(), scope, p.sensitive(),
                p.automation(), p.directMarketing(), p.impactAssessment(), p.source()));
    }

    public PurposeBuilder withDataCategories(List<String> ids) {
        Scope s = purpose.scope();
        return withScope(new Scope(ids, s.subjectCategories(), s.recipients(), s.retentionRules()));
    }

    public PurposeBuilder withDataCategories(String... ids) {
        return withDataCategories(List.of(ids));
    }

    public PurposeBuilder withSubjectCategories(List<String> ids) {
        Scope s = purpose.scope();
        return withScope(new Scope(s.dataCategories(), ids, s.recipients(), s.retentionRules()));
    }

    public PurposeBuilder withSubjectCategories(String... ids) {
        return withSubjectCategories(List.of(ids));
    }

    public PurposeBuilder withRecipients(List<String> ids) {
        Scope s = purpose.scope();
        return withScope(new Scope(s.dataCategories(), s.subjectCategories(), ids, s.retentionRules()));
    }

    public PurposeBuilder withRecipients(String... ids) {
        return withRecipients(List.of(ids));
    }

    public PurposeBuilder withRetentionRules(List<String> ids) {
        Scope s = purpose.scope();
        return withScope(new Scope(s.dataCategories(), s.subjectCategories(), s.recipients(), ids));
    }

    public PurposeBuilder withRetentionRules(String... ids) {
        return withRetentionRules(List.of(ids));
    }

    // --- sensitive data (AVG 9, 10) ---

    public PurposeBuilder withSensitive(SensitiveData sensitive) {
        Purpose p = purpose;
        return new PurposeBuilder(new Purpose(p.id(), p.name(), p.description(), p.basis(), p.scope(), sensitive,
                p.automation(), p.directMarketing(), p.impactAssessment(), p.source()));
    }

    /** The conditions of 9(2) the purpose names for its special-category data (none: it names none). */
    public PurposeBuilder withSpecialConditions(List<SpecialCategoryCondition> conditions) {
        return withSensitive(new SensitiveData(conditions, purpose.sensitive().criminalAuthorisation()));
    }

    public PurposeBuilder withSpecialConditions(SpecialCategoryCondition... conditions) {
        return withSpecialConditions(List.of(conditions));
    }

    /** The authorisation of art. 10 (in NL: UAVG 31–33) for its criminal data, or none. */
    public PurposeBuilder withCriminalAuthorisation(Option<CriminalDataAuthorisation> authorisation) {
        return withSensitive(new SensitiveData(purpose.sensitive().specialConditions(), authorisation));
    }

    public PurposeBuilder withCriminalAuthorisation(CriminalDataAuthorisation authorisation) {
        return withCriminalAuthorisation(Option.some(authorisation));
    }

    // --- automation (AVG 22, 4(4); the cookie rule) ---

    public PurposeBuilder withAutomation(Automation automation) {
        Purpose p = purpose;
        return new PurposeBuilder(new Purpose(p.id(), p.name(), p.description(), p.basis(), p.scope(), p.sensitive(),
                automation, p.directMarketing(), p.impactAssessment(), p.source()));
    }

    /** The solely automated decision the purpose takes, or none. */
    public PurposeBuilder withAutomatedDecision(Option<AutomatedDecision> decision) {
        Automation a = purpose.automation();
        return withAutomation(new Automation(decision, a.profiling(), a.tracking()));
    }

    public PurposeBuilder withAutomatedDecision(AutomatedDecision decision) {
        return withAutomatedDecision(Option.some(decision));
    }

    public PurposeBuilder withProfiling(boolean profiling) {
        Automation a = purpose.automation();
        return withAutomation(new Automation(a.decision(), profiling, a.tracking()));
    }

    /** The techniques that read or write the subject's device. */
    public PurposeBuilder withTracking(Set<TrackingTechnique> tracking) {
        Automation a = purpose.automation();
        return withAutomation(new Automation(a.decision(), a.profiling(), tracking));
    }

    public PurposeBuilder withTracking(TrackingTechnique... tracking) {
        return withTracking(LinkedHashSet.of(tracking));
    }

    // --- direct marketing and impact assessment ---

    public PurposeBuilder withDirectMarketing(boolean directMarketing) {
        Purpose p = purpose;
        return new PurposeBuilder(new Purpose(p.id(), p.name(), p.description(), p.basis(), p.scope(), p.sensitive(),
                p.automation(), directMarketing, p.impactAssessment(), p.source()));
    }

    /** The data protection impact assessment (35). */
    public PurposeBuilder withImpactAssessment(Assessment assessment) {
        Purpose p = purpose;
        return new PurposeBuilder(new Purpose(p.id(), p.name(), p.description(), p.basis(), p.scope(), p.sensitive(),
                p.automation(), p.directMarketing(), assessment, p.source()));
    }

    /** Whether an impact assessment was made; a made one gets a reference. */
    public PurposeBuilder withImpactAssessment(Fact made) {
        return withImpactAssessment(assessment(made, "dpia " + purpose.id()));
    }

    private static Assessment assessment(Fact made, String reference) {
        return new Assessment(made, made.isYes() ? Option.some(reference) : Option.none());
    }

    @Override
    public String toString() {
        return "PurposeBuilder[" + purpose + "]";
    }
}
