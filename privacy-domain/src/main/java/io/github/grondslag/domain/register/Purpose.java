package io.github.grondslag.domain.register;

import io.github.grondslag.domain.law.CriminalDataAuthorisation;
import io.github.grondslag.domain.law.LawfulBasis;
import io.github.grondslag.domain.law.SpecialCategoryCondition;
import io.github.grondslag.domain.law.TrackingTechnique;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * A purpose of processing (AVG 5(1)(b), 13(1)(c), 30(1)(b)) and everything the law asks of it.
 *
 * <p>The lawful bases are a list, not a single value, so that a register that names none or
 * several can be read as written and reported by the register check (rule 1), instead of being
 * silently repaired.
 *
 * @param lawfulBases the bases the statement gives for this purpose (art. 6(1))
 * @param dataCategories ids of the {@link DataCategory data categories} it uses
 * @param subjectCategories ids of the {@link SubjectCategory subject categories} it concerns
 * @param recipients ids of the {@link Recipient recipients} it gives data to
 * @param retentionRules ids of the {@link RetentionRule retention rules} that apply
 * @param specialCategoryCondition the art. 9(2) condition for its special-category data
 * @param criminalDataAuthorisation the art. 10 / UAVG authorisation for its criminal data
 * @param balancingTest where the legitimate-interests assessment is recorded (6(1)(f))
 * @param consent how consent is collected, when it is
 * @param automatedDecision the solely automated decisions it takes, if any (22)
 * @param tracking the cookies, pixels and scripts it uses (Telecommunicatiewet 11.7a)
 */
public record Purpose(
        String id,
        String name,
        String description,
        List<LawfulBasis> lawfulBases,
        List<String> dataCategories,
        List<String> subjectCategories,
        List<String> recipients,
        List<String> retentionRules,
        Option<SpecialCategoryCondition> specialCategoryCondition,
        Option<CriminalDataAuthorisation> criminalDataAuthorisation,
        Option<String> balancingTest,
        Option<ConsentTerms> consent,
        Option<AutomatedDecision> automatedDecision,
        boolean profiling,
        boolean directMarketing,
        Set<TrackingTechnique> tracking,
        Option<String> source) {

    public Purpose {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(lawfulBases, "lawfulBases");
        Objects.requireNonNull(dataCategories, "dataCategories");
        Objects.requireNonNull(subjectCategories, "subjectCategories");
        Objects.requireNonNull(recipients, "recipients");
        Objects.requireNonNull(retentionRules, "retentionRules");
        Objects.requireNonNull(specialCategoryCondition, "specialCategoryCondition");
        Objects.requireNonNull(criminalDataAuthorisation, "criminalDataAuthorisation");
        Objects.requireNonNull(balancingTest, "balancingTest");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(automatedDecision, "automatedDecision");
        Objects.requireNonNull(tracking, "tracking");
        Objects.requireNonNull(source, "source");
    }

    /** Whether this purpose rests on the given basis. */
    public boolean restsOn(LawfulBasis basis) {
        return lawfulBases.contains(basis);
    }

    /** Whether this purpose collects the subject's consent. */
    public boolean collectsConsent() {
        return consent.isDefined();
    }

    public Purpose withLawfulBases(List<LawfulBasis> bases) {
        return new Purpose(id, name, description, bases, dataCategories, subjectCategories, recipients,
                retentionRules, specialCategoryCondition, criminalDataAuthorisation, balancingTest, consent,
                automatedDecision, profiling, directMarketing, tracking, source);
    }

    public Purpose withDataCategories(List<String> ids) {
        return new Purpose(id, name, description, lawfulBases, ids, subjectCategories, recipients,
                retentionRules, specialCategoryCondition, criminalDataAuthorisation, balancingTest, consent,
                automatedDecision, profiling, directMarketing, tracking, source);
    }

    public Purpose withRecipients(List<String> ids) {
        return new Purpose(id, name, description, lawfulBases, dataCategories, subjectCategories, ids,
                retentionRules, specialCategoryCondition, criminalDataAuthorisation, balancingTest, consent,
                automatedDecision, profiling, directMarketing, tracking, source);
    }

    public Purpose withRetentionRules(List<String> ids) {
        return new Purpose(id, name, description, lawfulBases, dataCategories, subjectCategories, recipients,
                ids, specialCategoryCondition, criminalDataAuthorisation, balancingTest, consent,
                automatedDecision, profiling, directMarketing, tracking, source);
    }

    public Purpose withSpecialCategoryCondition(Option<SpecialCategoryCondition> condition) {
        return new Purpose(id, name, description, lawfulBases, dataCategories, subjectCategories, recipients,
                retentionRules, condition, criminalDataAuthorisation, balancingTest, consent,
                automatedDecision, profiling, directMarketing, tracking, source);
    }

    public Purpose withCriminalDataAuthorisation(Option<CriminalDataAuthorisation> authorisation) {
        return new Purpose(id, name, description, lawfulBases, dataCategories, subjectCategories, recipients,
                retentionRules, specialCategoryCondition, authorisation, balancingTest, consent,
                automatedDecision, profiling, directMarketing, tracking, source);
    }

    public Purpose withBalancingTest(Option<String> reference) {
        return new Purpose(id, name, description, lawfulBases, dataCategories, subjectCategories, recipients,
                retentionRules, specialCategoryCondition, criminalDataAuthorisation, reference, consent,
                automatedDecision, profiling, directMarketing, tracking, source);
    }

    public Purpose withConsent(Option<ConsentTerms> terms) {
        return new Purpose(id, name, description, lawfulBases, dataCategories, subjectCategories, recipients,
                retentionRules, specialCategoryCondition, criminalDataAuthorisation, balancingTest, terms,
                automatedDecision, profiling, directMarketing, tracking, source);
    }

    public Purpose withAutomatedDecision(Option<AutomatedDecision> decision) {
        return new Purpose(id, name, description, lawfulBases, dataCategories, subjectCategories, recipients,
                retentionRules, specialCategoryCondition, criminalDataAuthorisation, balancingTest, consent,
                decision, profiling, directMarketing, tracking, source);
    }

    public Purpose withTracking(Set<TrackingTechnique> techniques) {
        return new Purpose(id, name, description, lawfulBases, dataCategories, subjectCategories, recipients,
                retentionRules, specialCategoryCondition, criminalDataAuthorisation, balancingTest, consent,
                automatedDecision, profiling, directMarketing, techniques, source);
    }
}
