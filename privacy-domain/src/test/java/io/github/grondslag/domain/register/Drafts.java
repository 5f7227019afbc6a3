package io.github.grondslag.domain.register;

import io.github.grondslag.domain.law.AutomatedDecisionGround;
import io.github.grondslag.domain.law.CriminalDataAuthorisation;
import io.github.grondslag.domain.law.DataSubjectRight;
import io.github.grondslag.domain.law.LawfulBasis;
import io.github.grondslag.domain.law.SpecialCategory;
import io.github.grondslag.domain.law.SpecialCategoryCondition;
import io.github.grondslag.domain.law.TrackingTechnique;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.time.Period;

/**
 * A small lawful register to start the examples from, a larger one for the decision and the use
 * cases with a purpose of every kind they treat differently, and short factories for the parts of
 * a purpose ({@link #purpose(String)} starts from the lawful contract purpose).
 */
public final class Drafts {

    private Drafts() {
    }

    // --- purposes ---

    /**
     * A purpose to change step by step, starting as {@link #contractPurpose}: contract basis (6(1)(b)),
     * contact data of partners, kept by "contract-7y", nothing sensitive or automated.
     */
    public static PurposeBuilder purpose(String id) {
        return new PurposeBuilder(id);
    }

    /** Contract basis (6(1)(b)), contact data of partners, retention "contract-7y". */
    public static Purpose contractPurpose(String id) {
        return purpose(id).build();
    }

    /** A purpose that rests on consent (6(1)(a)) and collects it, withdrawable as easily as given. */
    public static Purpose consentPurpose(String id) {
        return purpose(id).bases(LawfulBasis.CONSENT).consent(consentAsBasis()).build();
    }

    /**
     * A purpose on a contract basis that nevertheless asks for consent as its ground, as Zorggenoot's
     * "Om aanbiedingen te kunnen doen" does.
     */
    public static Purpose contractPurposeCollectingConsent(String id) {
        return purpose(id).consent(consentAsBasis()).build();
    }

    /** A purpose on legitimate interests (6(1)(f)), the interest named, with its balancing test, open to objection (21(1)). */
    public static Purpose legitimateInterestsPurpose(String id) {
        return legitimateInterests(id).build();
    }

    /** The builder of {@link #legitimateInterestsPurpose}, to change further. */
    public static PurposeBuilder legitimateInterests(String id) {
        return purpose(id).bases(LawfulBasis.LEGITIMATE_INTERESTS)
                .legitimateInterest("improving our service to partners", Assessment.made("LIA-2025-01"));
    }

    /** Direct marketing on legitimate interests: an objection to it is absolute (21(3)). */
    public static Purpose directMarketingPurpose(String id) {
        return legitimateInterests(id).name("Direct marketing").directMarketing().build();
    }

    // --- parts of a purpose ---

    /** Consent as the basis (6(1)(a)), not explicit, by a clear act, as easy to withdraw as to give. */
    public static ConsentTerms consentAsBasis() {
        return consent(ConsentKind.BASIS, Fact.NO, Fact.YES, ConsentMechanism.CLEAR_AFFIRMATIVE_ACT);
    }

    /** Consent of a kind, with the facts the register check judges; the rest as {@link ConsentTerms#clear}. */
    public static ConsentTerms consent(ConsentKind kind, Fact explicit, Fact withdrawable, ConsentMechanism by) {
        return new ConsentTerms(kind, explicit, withdrawable, by, Fact.NO,
                kind == ConsentKind.OTHER_LAW ? Option.some("medical secrecy (BW 7:457)") : Option.none(),
                Option.some("checkbox"), Option.some("link in e-mail"), Option.none());
    }

    /**
     * A solely automated decision with legal or similar effect on a 22(2) ground, the logic
     * explained (13(2)(f)), human intervention as given.
     */
    public static AutomatedDecision automatedDecision(AutomatedDecisionGround ground, Fact humanIntervention) {
        return new AutomatedDecision(true, Option.some(ground), humanIntervention, Fact.YES, Option.none());
    }

    // --- controllers ---

    /** The lawful register's controller: private, not large scale, in the Netherlands, with a DPO. */
    public static Controller controller() {
        return new Controller("Insurer U.A.", Option.some("12345678"), Option.some("Postbus 1, Arnhem"),
                Option.some("privacy@insurer.example"), Option.some("dpo@insurer.example"), Option.none(),
                Option.some("NL"), Fact.NO, Fact.NO, Option.none(), Option.none(), Option.some("§Contact"));
    }

    /** The controller as a public authority or body (6(1) last subparagraph, 37(1)(a)), DPO as given. */
    public static Controller publicAuthority(Option<String> dpoContact) {
        Controller c = controller();
        return new Controller("Gemeente Voorbeeld", Option.none(), c.address(), c.contact(), dpoContact, c.group(),
                c.memberState(), Fact.YES, Fact.NO, Option.none(), Option.none(), c.source());
    }

    // --- registers ---

    /**
     * A lawful register with no finding: one contract purpose "p1" on contact data of partners,
     * kept 7 years after the relationship ends, every right offered, a controller in the
     * Netherlands with a DPO, a response policy within 12(3).
     */
    public static RegisterDraft lawful() {
        return new RegisterDraft(
                controller(),
                List.empty(),
                Option.some(LocalDate.of(2025, 12, 22)),
                List.of(new SubjectCategory("partners", "Contact persons of partners", Option.none())),
                List.of(DataCategory.of("contact", "Contact details", DataClass.ORDINARY, Option.none())),
                List.empty(),
                List.empty(),
                List.of(RetentionRule.of("contract-7y", "7 years after the relationship ends",
                        RetentionTrigger.RELATIONSHIP_ENDED, Period.ofYears(7))),
                List.of(contractPurpose("p1")),
                LinkedHashSet.of(DataSubjectRight.ACCESS, DataSubjectRight.RECTIFICATION, DataSubjectRight.ERASURE,
                        DataSubjectRight.RESTRICTION, DataSubjectRight.OBJECTION, DataSubjectRight.PORTABILITY,
                        DataSubjectRight.WITHDRAW_CONSENT, DataSubjectRight.COMPLAINT_TO_AUTHORITY,
                        DataSubjectRight.HUMAN_INTERVENTION),
                Option.some("§Rechten"),
                Option.some(new ResponsePolicy(Period.ofMonths(1), Period.ofMonths(1), Option.some(Period.ofDays(14)),
                        Option.none())));
    }

    /** The lawful register with more data categories declared (not yet used by a purpose). */
    public static RegisterDraft lawfulWith(DataCategory... categories) {
        RegisterDraft d = lawful();
        return d.withDataCategories(d.dataCategories().appendAll(List.of(categories)));
    }

    /** Health data (special category, 9(1)), id "health". */
    public static DataCategory health() {
        return DataCategory.of("health", "Health", DataClass.SPECIAL, Option.some(SpecialCategory.HEALTH));
    }

    /** Data on criminal convictions and offences (10), id "criminal". */
    public static DataCategory criminal() {
        return DataCategory.of("criminal", "Fraud history", DataClass.CRIMINAL, Option.none());
    }

    public static Register build(RegisterDraft draft) {
        var built = Register.of(draft);
        if (built.isInvalid()) {
            throw new AssertionError("invalid: " + built.getError());
        }
        return built.get();
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
     *   <li>"care" / "care-lawful": contact and health data, without / with a 9(2) condition (like
     *   Zorggenoot answering a carer's question);</li>
     *   <li>"fraud" / "fraud-lawful": contact and criminal data, without / with an authorisation;</li>
     *   <li>"no-basis": names no lawful basis at all.</li>
     * </ul>
     * Every purpose concerns "partners" only.
     */
    public static Register decisionRegister() {
        RegisterDraft d = lawfulWith(
                DataCategory.of("bank", "Bank account", DataClass.ORDINARY, Option.none()),
                health(),
                criminal());
        d = d.withSubjectCategories(d.subjectCategories().append(new SubjectCategory("customers", "Customers",
                Option.none())));
        return build(d.withPurposes(List.of(
                contractPurpose("p1"),
                consentPurpose("newsletter"),
                contractPurposeCollectingConsent("offers"),
                legitimateInterestsPurpose("analytics"),
                directMarketingPurpose("marketing"),
                purpose("care").data("contact", "health").build(),
                purpose("care-lawful").data("contact", "health")
                        .special(SpecialCategoryCondition.HEALTH_OR_SOCIAL_CARE).build(),
                purpose("fraud").data("contact", "criminal").build(),
                purpose("fraud-lawful").data("contact", "criminal")
                        .criminal(CriminalDataAuthorisation.OWN_PROTECTION_AGAINST_OFFENCES).build(),
                purpose("no-basis").bases().build())));
    }

    /** Builds a {@link Purpose} from the defaults of {@link #contractPurpose}; test code only. */
    public static final class PurposeBuilder {
        private final String id;
        private String name = "Administration";
        private List<LawfulBasis> bases = List.of(LawfulBasis.CONTRACT);
        private Option<ConsentTerms> consent = Option.none();
        private Option<String> legitimateInterest = Option.none();
        private Assessment balancingTest = Assessment.notStated();
        private List<String> data = List.of("contact");
        private List<String> subjects = List.of("partners");
        private List<String> recipients = List.empty();
        private List<String> retention = List.of("contract-7y");
        private List<SpecialCategoryCondition> special = List.empty();
        private Option<CriminalDataAuthorisation> criminal = Option.none();
        private Option<AutomatedDecision> decision = Option.none();
        private boolean profiling;
        private HashSet<TrackingTechnique> tracking = HashSet.empty();
        private boolean directMarketing;
        private Assessment impactAssessment = Assessment.notStated();

        private PurposeBuilder(String id) {
            this.id = id;
        }

        public PurposeBuilder name(String value) {
            name = value;
            return this;
        }

        /** The lawful bases; none for a purpose that names no basis. */
        public PurposeBuilder bases(LawfulBasis... values) {
            bases = List.of(values);
            return this;
        }

        public PurposeBuilder consent(ConsentTerms terms) {
            consent = Option.some(terms);
            return this;
        }

        /** The interest pursued (13(1)(d)) and the balancing test (6(1)(f)). */
        public PurposeBuilder legitimateInterest(String interest, Assessment balancing) {
            legitimateInterest = Option.some(interest);
            balancingTest = balancing;
            return this;
        }

        public PurposeBuilder balancingTest(Assessment balancing) {
            balancingTest = balancing;
            return this;
        }

        public PurposeBuilder data(String... ids) {
            data = List.of(ids);
            return this;
        }

        public PurposeBuilder recipients(String... ids) {
            recipients = List.of(ids);
            return this;
        }

        /** The purpose's own retention rules; none to rely on those of its data categories. */
        public PurposeBuilder retention(String... ids) {
            retention = List.of(ids);
            return this;
        }

        /** The conditions of 9(2) it names. */
        public PurposeBuilder special(SpecialCategoryCondition... conditions) {
            special = List.of(conditions);
            return this;
        }

        public PurposeBuilder criminal(CriminalDataAuthorisation authorisation) {
            criminal = Option.some(authorisation);
            return this;
        }

        public PurposeBuilder decision(AutomatedDecision value) {
            decision = Option.some(value);
            return this;
        }

        public PurposeBuilder profiling() {
            profiling = true;
            return this;
        }

        public PurposeBuilder tracking(TrackingTechnique... techniques) {
            tracking = HashSet.of(techniques);
            return this;
        }

        public PurposeBuilder directMarketing() {
            directMarketing = true;
            return this;
        }

        public PurposeBuilder impactAssessment(Assessment value) {
            impactAssessment = value;
            return this;
        }

        public Purpose build() {
            return new Purpose(id, name, "", new Basis(bases, consent, legitimateInterest, balancingTest),
                    new Scope(data, subjects, recipients, retention), new SensitiveData(special, criminal),
                    new Automation(decision, profiling, tracking), directMarketing, impactAssessment,
                    Option.some("§I"));
        }
    }
}
