package io.github.grondslag.domain.register;

import io.github.grondslag.domain.law.CriminalDataAuthorisation;
import io.github.grondslag.domain.law.DataSubjectRight;
import io.github.grondslag.domain.law.LawfulBasis;
import io.github.grondslag.domain.law.SpecialCategory;
import io.github.grondslag.domain.law.SpecialCategoryCondition;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.time.Period;

/**
 * A small lawful register to start the examples from, and a larger one for the decision and the
 * use cases with a purpose of every kind they treat differently.
 */
public final class Drafts {

    private Drafts() {
    }

    public static Purpose contractPurpose(String id) {
        return new Purpose(id, "Administration", "", List.of(LawfulBasis.CONTRACT), List.of("contact"),
                List.of("partners"), List.empty(), List.of("contract-7y"), Option.none(), Option.none(),
                Option.none(), Option.none(), Option.none(), false, false, HashSet.empty(), Option.some("§I"));
    }

    public static RegisterDraft lawful() {
        return new RegisterDraft(
                new Controller("Insurer U.A.", Option.none(), Option.some("Postbus 1, Arnhem"),
                        Option.some("privacy@insurer.example"), Option.some("dpo@insurer.example"), Option.none(),
                        Option.none()),
                Option.some(LocalDate.of(2025, 12, 22)),
                List.of(new SubjectCategory("partners", "Contact persons of partners", Option.none())),
                List.of(new DataCategory("contact", "Contact details", DataClass.ORDINARY, Option.none(),
                        Option.none())),
                List.empty(),
                List.empty(),
                List.of(new RetentionRule("contract-7y", "7 years after the relationship ends",
                        Option.some(RetentionTrigger.RELATIONSHIP_ENDED), Option.some(Period.ofYears(7)),
                        Option.none(), Option.none(), RetentionAction.ERASE, false, Option.none())),
                List.of(contractPurpose("p1")),
                LinkedHashSet.of(DataSubjectRight.values()),
                Option.none(),
                Option.some(new ResponsePolicy(Period.ofMonths(1), Period.ofMonths(1), Option.some(Period.ofDays(14)),
                        Option.none())));
    }

    public static Register build(RegisterDraft draft) {
        var built = Register.of(draft);
        if (built.isInvalid()) {
            throw new AssertionError("invalid: " + built.getError());
        }
        return built.get();
    }

    /** A purpose that rests on consent (6(1)(a)) and collects it, withdrawable as easily as given. */
    public static Purpose consentPurpose(String id) {
        return contractPurpose(id).withLawfulBases(List.of(LawfulBasis.CONSENT)).withConsent(Option.some(terms()));
    }

    /**
     * A purpose on a contract basis that nevertheless asks for consent, as Zorggenoot's "Om
     * aanbiedingen te kunnen doen" does.
     */
    public static Purpose contractPurposeCollectingConsent(String id) {
        return contractPurpose(id).withConsent(Option.some(terms()));
    }

    /** A purpose on legitimate interests (6(1)(f)) with its balancing test, open to objection (21(1)). */
    public static Purpose legitimateInterestsPurpose(String id) {
        return contractPurpose(id).withLawfulBases(List.of(LawfulBasis.LEGITIMATE_INTERESTS))
                .withBalancingTest(Option.some("LIA-2025-01"));
    }

    /** Direct marketing on legitimate interests: an objection to it is absolute (21(3)). */
    public static Purpose directMarketingPurpose(String id) {
        Purpose p = legitimateInterestsPurpose(id);
        return new Purpose(p.id(), "Direct marketing", p.description(), p.lawfulBases(), p.dataCategories(),
                p.subjectCategories(), p.recipients(), p.retentionRules(), p.specialCategoryCondition(),
                p.criminalDataAuthorisation(), p.balancingTest(), p.consent(), p.automatedDecision(), p.profiling(),
                true, p.tracking(), p.source());
    }

    private static ConsentTerms terms() {
        return new ConsentTerms(false, true, Option.some("checkbox"), Option.some("link in e-mail"), Option.none());
    }

    /**
     * The lawful register extended for the decision: subject categories "partners" and "customers",
     * ordinary data "contact" and "bank", special (health) data "health", criminal data "criminal",
     * and the purposes
     * <ul>
     *   <li>"p1": contract, contact data of partners;</li>
     *   <li>"newsletter": consent;</li>
     *   <li>"offers": contract, but collects consent;</li>
     *   <li>"analytics": legitimate interests;</li>
     *   <li>"marketing": legitimate interests, direct marketing;</li>
     *   <li>"care" / "care-lawful": health data without / with a 9(2) condition;</li>
     *   <li>"fraud" / "fraud-lawful": criminal data without / with an authorisation;</li>
     *   <li>"no-basis": names no lawful basis at all.</li>
     * </ul>
     * Every purpose concerns "partners" only.
     */
    public static Register decisionRegister() {
        RegisterDraft d = lawful();
        d = new RegisterDraft(d.controller(), d.statementVersion(),
                d.subjectCategories().append(new SubjectCategory("customers", "Customers", Option.none())),
                d.dataCategories().appendAll(List.of(
                        new DataCategory("bank", "Bank account", DataClass.ORDINARY, Option.none(), Option.none()),
                        new DataCategory("health", "Health", DataClass.SPECIAL, Option.some(SpecialCategory.HEALTH),
                                Option.none()),
                        new DataCategory("criminal", "Fraud history", DataClass.CRIMINAL, Option.none(),
                                Option.none()))),
                d.recipients(), d.transfers(), d.retentionRules(), d.purposes(), d.rightsOffered(),
                d.rightsSource(), d.responsePolicy());
        return build(d.withPurposes(List.of(
                contractPurpose("p1"),
                consentPurpose("newsletter"),
                contractPurposeCollectingConsent("offers"),
                legitimateInterestsPurpose("analytics"),
                directMarketingPurpose("marketing"),
                contractPurpose("care").withDataCategories(List.of("contact", "health")),
                contractPurpose("care-lawful").withDataCategories(List.of("contact", "health"))
                        .withSpecialCategoryCondition(Option.some(SpecialCategoryCondition.HEALTH_OR_SOCIAL_CARE)),
                contractPurpose("fraud").withDataCategories(List.of("contact", "criminal")),
                contractPurpose("fraud-lawful").withDataCategories(List.of("contact", "criminal"))
                        .withCriminalDataAuthorisation(Option.some(
                                CriminalDataAuthorisation.OWN_PROTECTION_AGAINST_OFFENCES)),
                contractPurpose("no-basis").withLawfulBases(List.empty()))));
    }
}
