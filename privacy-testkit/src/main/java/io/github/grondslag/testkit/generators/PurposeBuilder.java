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

    /**
     * Starts a purpose that states nothing but its id (its name is the id, its description empty).
     *
     * @param id the id of the purpose in the register
     * @return a builder of that purpose
     */
    public static PurposeBuilder purpose(String id) {
        return new PurposeBuilder(new Purpose(id, id, "",
                new Basis(List.empty(), Option.none(), Option.none(), Assessment.notStated()),
                new Scope(List.empty(), List.empty(), List.empty(), List.empty()), SensitiveData.none(),
                Automation.none(), false, Assessment.notStated(), Option.none()));
    }

    /**
     * Starts from an existing purpose, to change some of it (for instance to break one rule).
     *
     * @param purpose the purpose to start from
     * @return a builder holding that purpose
     * @throws NullPointerException if {@code purpose} is {@code null}
     */
    public static PurposeBuilder from(Purpose purpose) {
        return new PurposeBuilder(purpose);
    }

    /** {@return the purpose as built so far; the builder can be used further} */
    public Purpose build() {
        return purpose;
    }

    // --- identity ---

    /**
     * Sets the id; the name stays what it was, and nothing else in the register is renamed.
     *
     * @param id the new id of the purpose in the register
     * @return a new builder with that id
     */
    public PurposeBuilder withId(String id) {
        Purpose p = purpose;
        return new PurposeBuilder(new Purpose(id, p.name(), p.description(), p.basis(), p.scope(), p.sensitive(),
                p.automation(), p.directMarketing(), p.impactAssessment(), p.source()));
    }

    /**
     * Sets the name the statement gives the purpose.
     *
     * @param name the name
     * @return a new builder with that name
     */
    public PurposeBuilder withName(String name) {
        Purpose p = purpose;
        return new PurposeBuilder(new Purpose(p.id(), name, p.description(), p.basis(), p.scope(), p.sensitive(),
                p.automation(), p.directMarketing(), p.impactAssessment(), p.source()));
    }

    /**
     * Sets the description the statement gives the purpose.
     *
     * @param description the description
     * @return a new builder with that description
     */
    public PurposeBuilder withDescription(String description) {
        Purpose p = purpose;
        return new PurposeBuilder(new Purpose(p.id(), p.name(), description, p.basis(), p.scope(), p.sensitive(),
                p.automation(), p.directMarketing(), p.impactAssessment(), p.source()));
    }

    /**
     * Sets the section of the statement the purpose comes from.
     *
     * @param source the section, such as {@code "§3"}, or none
     * @return a new builder with that source
     */
    public PurposeBuilder withSource(Option<String> source) {
        Purpose p = purpose;
        return new PurposeBuilder(new Purpose(p.id(), p.name(), p.description(), p.basis(), p.scope(), p.sensitive(),
                p.automation(), p.directMarketing(), p.impactAssessment(), source));
    }

    /**
     * Sets the section of the statement the purpose comes from.
     *
     * @param source the section, such as {@code "§3"}
     * @return a new builder with that source
     */
    public PurposeBuilder withSource(String source) {
        return withSource(Option.some(source));
    }

    // --- basis (AVG 6, 7) ---

    /**
     * Replaces the whole basis at once: lawful bases, consent, legitimate interest and balancing
     * test (AVG 6(1)).
     *
     * @param basis the basis
     * @return a new builder with that basis
     */
    public PurposeBuilder withBasis(Basis basis) {
        Purpose p = purpose;
        return new PurposeBuilder(new Purpose(p.id(), p.name(), p.description(), basis, p.scope(), p.sensitive(),
                p.automation(), p.directMarketing(), p.impactAssessment(), p.source()));
    }

    private PurposeBuilder basis(UnaryOperator<Basis> change) {
        return withBasis(change.apply(purpose.basis()));
    }

    /**
     * Sets the lawful bases of 6(1) the statement gives (none, one or, wrongly, several).
     *
     * @param bases the lawful bases, possibly empty
     * @return a new builder with those bases
     */
    public PurposeBuilder withLawfulBases(List<LawfulBasis> bases) {
        return basis(b -> new Basis(bases, b.consent(), b.legitimateInterest(), b.balancingTest()));
    }

    /**
     * Sets the lawful bases of 6(1) the statement gives (none, one or, wrongly, several).
     *
     * @param bases the lawful bases, possibly none
     * @return a new builder with those bases
     */
    public PurposeBuilder withLawfulBases(LawfulBasis... bases) {
        return withLawfulBases(List.of(bases));
    }

    /**
     * Sets the consent the purpose asks for (art. 7), or none.
     *
     * @param consent the terms of the consent, or none
     * @return a new builder with that consent
     */
    public PurposeBuilder withConsent(Option<ConsentTerms> consent) {
        return basis(b -> new Basis(b.lawfulBases(), consent, b.legitimateInterest(), b.balancingTest()));
    }

    /**
     * Sets the consent the purpose asks for (art. 7).
     *
     * @param consent the terms of the consent
     * @return a new builder with that consent
     */
    public PurposeBuilder withConsent(ConsentTerms consent) {
        return withConsent(Option.some(consent));
    }

    /** {@return a new builder whose purpose asks for no consent} */
    public PurposeBuilder withoutConsent() {
        return withConsent(Option.none());
    }

    /**
     * Changes the consent terms the purpose asks for; nothing when it asks for none.
     *
     * @param change turns the current terms into the new ones
     * @return a new builder with the changed consent
     */
    public PurposeBuilder withConsentChanged(UnaryOperator<ConsentTerms> change) {
        return withConsent(purpose.consent().map(change));
    }

    /**
     * Sets the legitimate interest pursued (13(1)(d)), or none.
     *
     * @param interest the interest, in the statement's words, or none
     * @return a new builder with that interest
     */
    public PurposeBuilder withLegitimateInterest(Option<String> interest) {
        return basis(b -> new Basis(b.lawfulBases(), b.consent(), interest, b.balancingTest()));
    }

    /**
     * Sets the legitimate interest pursued (13(1)(d)).
     *
     * @param interest the interest, in the statement's words
     * @return a new builder with that interest
     */
    public PurposeBuilder withLegitimateInterest(String interest) {
        return withLegitimateInterest(Option.some(interest));
    }

    /**
     * Sets the balancing test of legitimate interests (6(1)(f)).
     *
     * @param test whether the test was made, and where it is recorded
     * @return a new builder with that balancing test
     */
    public PurposeBuilder withBalancingTest(Assessment test) {
        return basis(b -> new Basis(b.lawfulBases(), b.consent(), b.legitimateInterest(), test));
    }

    /**
     * Sets whether a balancing test of legitimate interests (6(1)(f)) was made; a made one gets the
     * reference {@code "balancing test <id>"}.
     *
     * @param made whether the test was made: yes, no or not stated
     * @return a new builder with that balancing test
     */
    public PurposeBuilder withBalancingTest(Fact made) {
        return withBalancingTest(assessment(made, "balancing test " + purpose.id()));
    }

    // --- scope (AVG 5(1)(b),(c), 30(1)) ---

    /**
     * Replaces the whole scope at once: data and subject categories, recipients and retention rules.
     *
     * @param scope the scope
     * @return a new builder with that scope
     */
    public PurposeBuilder withScope(Scope scope) {
        Purpose p = purpose;
        return new PurposeBuilder(new Purpose(p.id(), p.name(), p.description(), p.basis(), scope, p.sensitive(),
                p.automation(), p.directMarketing(), p.impactAssessment(), p.source()));
    }

    /**
     * Sets the data categories the purpose uses (30(1)(c)).
     *
     * @param ids the ids of the register's data categories
     * @return a new builder with those data categories
     */
    public PurposeBuilder withDataCategories(List<String> ids) {
        Scope s = purpose.scope();
        return withScope(new Scope(ids, s.subjectCategories(), s.recipients(), s.retentionRules()));
    }

    /**
     * Sets the data categories the purpose uses (30(1)(c)).
     *
     * @param ids the ids of the register's data categories
     * @return a new builder with those data categories
     */
    public PurposeBuilder withDataCategories(String... ids) {
        return withDataCategories(List.of(ids));
    }

    /**
     * Sets the categories of subjects whose data the purpose processes (30(1)(c)).
     *
     * @param ids the ids of the register's subject categories
     * @return a new builder with those subject categories
     */
    public PurposeBuilder withSubjectCategories(List<String> ids) {
        Scope s = purpose.scope();
        return withScope(new Scope(s.dataCategories(), ids, s.recipients(), s.retentionRules()));
    }

    /**
     * Sets the categories of subjects whose data the purpose processes (30(1)(c)).
     *
     * @param ids the ids of the register's subject categories
     * @return a new builder with those subject categories
     */
    public PurposeBuilder withSubjectCategories(String... ids) {
        return withSubjectCategories(List.of(ids));
    }

    /**
     * Sets the recipients the purpose gives data to (30(1)(d)).
     *
     * @param ids the ids of the register's recipients
     * @return a new builder with those recipients
     */
    public PurposeBuilder withRecipients(List<String> ids) {
        Scope s = purpose.scope();
        return withScope(new Scope(s.dataCategories(), s.subjectCategories(), ids, s.retentionRules()));
    }

    /**
     * Sets the recipients the purpose gives data to (30(1)(d)).
     *
     * @param ids the ids of the register's recipients
     * @return a new builder with those recipients
     */
    public PurposeBuilder withRecipients(String... ids) {
        return withRecipients(List.of(ids));
    }

    /**
     * Sets the retention rules of the purpose itself (30(1)(f)).
     *
     * @param ids the ids of the register's retention rules
     * @return a new builder with those retention rules
     */
    public PurposeBuilder withRetentionRules(List<String> ids) {
        Scope s = purpose.scope();
        return withScope(new Scope(s.dataCategories(), s.subjectCategories(), s.recipients(), ids));
    }

    /**
     * Sets the retention rules of the purpose itself (30(1)(f)).
     *
     * @param ids the ids of the register's retention rules
     * @return a new builder with those retention rules
     */
    public PurposeBuilder withRetentionRules(String... ids) {
        return withRetentionRules(List.of(ids));
    }

    // --- sensitive data (AVG 9, 10) ---

    /**
     * Replaces at once what allows the purpose its special-category data (9(2)) and criminal data
     * (art. 10).
     *
     * @param sensitive the conditions and the authorisation
     * @return a new builder with them
     */
    public PurposeBuilder withSensitive(SensitiveData sensitive) {
        Purpose p = purpose;
        return new PurposeBuilder(new Purpose(p.id(), p.name(), p.description(), p.basis(), p.scope(), sensitive,
                p.automation(), p.directMarketing(), p.impactAssessment(), p.source()));
    }

    /**
     * Sets the conditions of 9(2) the purpose names for its special-category data.
     *
     * @param conditions the conditions; empty when it names none
     * @return a new builder with those conditions
     */
    public PurposeBuilder withSpecialConditions(List<SpecialCategoryCondition> conditions) {
        return withSensitive(new SensitiveData(conditions, purpose.sensitive().criminalAuthorisation()));
    }

    /**
     * Sets the conditions of 9(2) the purpose names for its special-category data.
     *
     * @param conditions the conditions; none when it names none
     * @return a new builder with those conditions
     */
    public PurposeBuilder withSpecialConditions(SpecialCategoryCondition... conditions) {
        return withSpecialConditions(List.of(conditions));
    }

    /**
     * Sets the authorisation of art. 10 (in NL: UAVG 31–33) for its criminal data, or none.
     *
     * @param authorisation the authorisation, or none
     * @return a new builder with that authorisation
     */
    public PurposeBuilder withCriminalAuthorisation(Option<CriminalDataAuthorisation> authorisation) {
        return withSensitive(new SensitiveData(purpose.sensitive().specialConditions(), authorisation));
    }

    /**
     * Sets the authorisation of art. 10 (in NL: UAVG 31–33) for its criminal data.
     *
     * @param authorisation the authorisation
     * @return a new builder with that authorisation
     */
    public PurposeBuilder withCriminalAuthorisation(CriminalDataAuthorisation authorisation) {
        return withCriminalAuthorisation(Option.some(authorisation));
    }

    // --- automation (AVG 22, 4(4); the cookie rule) ---

    /**
     * Replaces at once what the purpose does by machine: automated decision (22), profiling (4(4))
     * and tracking techniques (the cookie rule).
     *
     * @param automation the automation
     * @return a new builder with that automation
     */
    public PurposeBuilder withAutomation(Automation automation) {
        Purpose p = purpose;
        return new PurposeBuilder(new Purpose(p.id(), p.name(), p.description(), p.basis(), p.scope(), p.sensitive(),
                automation, p.directMarketing(), p.impactAssessment(), p.source()));
    }

    /**
     * Sets the solely automated decision (art. 22) the purpose takes, or none.
     *
     * @param decision the decision, or none
     * @return a new builder with that decision
     */
    public PurposeBuilder withAutomatedDecision(Option<AutomatedDecision> decision) {
        Automation a = purpose.automation();
        return withAutomation(new Automation(decision, a.profiling(), a.tracking()));
    }

    /**
     * Sets the solely automated decision (art. 22) the purpose takes.
     *
     * @param decision the decision
     * @return a new builder with that decision
     */
    public PurposeBuilder withAutomatedDecision(AutomatedDecision decision) {
        return withAutomatedDecision(Option.some(decision));
    }

    /**
     * Sets whether the purpose profiles the subject (4(4)).
     *
     * @param profiling whether it profiles
     * @return a new builder with that fact
     */
    public PurposeBuilder withProfiling(boolean profiling) {
        Automation a = purpose.automation();
        return withAutomation(new Automation(a.decision(), profiling, a.tracking()));
    }

    /**
     * Sets the techniques that read or write the subject's device (the cookie rule).
     *
     * @param tracking the techniques, possibly none
     * @return a new builder with those techniques
     */
    public PurposeBuilder withTracking(Set<TrackingTechnique> tracking) {
        Automation a = purpose.automation();
        return withAutomation(new Automation(a.decision(), a.profiling(), tracking));
    }

    /**
     * Sets the techniques that read or write the subject's device (the cookie rule).
     *
     * @param tracking the techniques, possibly none
     * @return a new builder with those techniques
     */
    public PurposeBuilder withTracking(TrackingTechnique... tracking) {
        return withTracking(LinkedHashSet.of(tracking));
    }

    // --- direct marketing and impact assessment ---

    /**
     * Sets whether the purpose is direct marketing, to which the subject may always object (21(2),(3)).
     *
     * @param directMarketing whether it is direct marketing
     * @return a new builder with that fact
     */
    public PurposeBuilder withDirectMarketing(boolean directMarketing) {
        Purpose p = purpose;
        return new PurposeBuilder(new Purpose(p.id(), p.name(), p.description(), p.basis(), p.scope(), p.sensitive(),
                p.automation(), directMarketing, p.impactAssessment(), p.source()));
    }

    /**
     * Sets the data protection impact assessment (35).
     *
     * @param assessment whether it was made, and where it is recorded
     * @return a new builder with that assessment
     */
    public PurposeBuilder withImpactAssessment(Assessment assessment) {
        Purpose p = purpose;
        return new PurposeBuilder(new Purpose(p.id(), p.name(), p.description(), p.basis(), p.scope(), p.sensitive(),
                p.automation(), p.directMarketing(), assessment, p.source()));
    }

    /**
     * Sets whether a data protection impact assessment (35) was made; a made one gets the
     * reference {@code "dpia <id>"}.
     *
     * @param made whether it was made: yes, no or not stated
     * @return a new builder with that assessment
     */
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
