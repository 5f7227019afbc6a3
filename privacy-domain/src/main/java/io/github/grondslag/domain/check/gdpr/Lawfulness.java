package io.github.grondslag.domain.check.gdpr;

import io.github.grondslag.domain.check.Finding;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.DataSubjectRight;
import io.github.grondslag.domain.law.LawfulBasis;
import io.github.grondslag.domain.law.SpecialCategoryCondition;
import io.github.grondslag.domain.register.ConsentKind;
import io.github.grondslag.domain.register.ConsentMechanism;
import io.github.grondslag.domain.register.ConsentTerms;
import io.github.grondslag.domain.register.DataCategory;
import io.github.grondslag.domain.register.Fact;
import io.github.grondslag.domain.register.Purpose;
import io.github.grondslag.domain.register.Register;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import static io.github.grondslag.domain.check.Findings.all;
import static io.github.grondslag.domain.check.Findings.error;
import static io.github.grondslag.domain.check.Findings.ids;
import static io.github.grondslag.domain.check.Findings.warning;
import static io.github.grondslag.domain.check.Findings.when;

/** R1–R5: whether each purpose is lawful (AVG 6, 7, 9, 10, 21). */
final class Lawfulness {

    private Lawfulness() {
    }

    // R1 — AVG 6(1), and its last subparagraph for public authorities
    static Seq<Finding> lawfulBasis(Register register) {
        boolean authority = register.controller().publicAuthority().isYes();
        return register.purposes().flatMap(p -> {
            List<LawfulBasis> bases = p.lawfulBases().distinct();
            return all(
                    when(bases.isEmpty() && p.basis().basisInLaw().isDefined(), () -> warning(
                            GdprRule.R1_LAWFUL_BASIS, Citation.avg("6(3)"), p, "names a law as the ground of the"
                                    + " processing but no point of art. 6(1): find out whether it is a legal obligation"
                                    + " (c) or a public task (e), which decides the subject's rights.")),
                    when(bases.isEmpty() && p.basis().basisInLaw().isEmpty(), () -> error(GdprRule.R1_LAWFUL_BASIS,
                            Citation.avg("13(1)(c)"), p,
                            "names no lawful basis, which the statement must give (13(1)(c)); processing is lawful"
                                    + " only on one of the six bases of art. 6(1).")),
                    when(bases.size() > 1, () -> warning(GdprRule.R1_LAWFUL_BASIS, Citation.avg("6(1)"), p,
                            "names " + bases.size() + " lawful bases (" + citations(bases) + "); the subject cannot"
                                    + " tell which rights apply: find out which one it rests on.")),
                    when(authority && bases.contains(LawfulBasis.LEGITIMATE_INTERESTS), () -> warning(
                            GdprRule.R1_LAWFUL_BASIS, Citation.avg("6(1) second subparagraph"), p,
                            "rests on legitimate interests, which a public authority cannot rely on for processing"
                                    + " in the performance of its tasks (recital 47): find out whether this processing"
                                    + " lies outside its tasks.")));
        });
    }

    // R2 — AVG 4(11), 6(1)(a), 7(1), 7(3), 7(4)
    static Seq<Finding> consent(Register register) {
        return register.purposes().flatMap(p -> p.consent().fold(
                () -> all(when(p.restsOn(LawfulBasis.CONSENT), () -> warning(GdprRule.R2_CONSENT,
                        Citation.avg("7(1)"), p, "rests on consent but the statement does not say how consent is"
                                + " obtained: find out how it is asked and recorded, so that it can be demonstrated."))),
                c -> consentTerms(p, c)));
    }

    /**
     * The rules that follow the kind of consent (docs/register-check.md, "Three kinds of consent").
     * The definition of consent (4(11)) holds for every kind: the cookie rule and most national
     * rules that require consent refer to it (ePrivacy Directive 2(f)); withdrawal (7(3)) and the
     * condition-of-service presumption (7(4)) are GDPR consent's.
     */
    private static Seq<Finding> consentTerms(Purpose p, ConsentTerms c) {
        boolean gdpr = c.kind().isGdprConsent();
        return all(
                when(c.kind() == ConsentKind.BASIS && !p.restsOn(LawfulBasis.CONSENT), () -> error(
                        GdprRule.R2_CONSENT, Citation.avg("6(1)(a)"), p, "asks for consent as the ground of the"
                                + " processing but rests on " + citations(p.lawfulBases()) + "; when consent is what"
                                + " makes it lawful it must be the basis (6(1)(a), 7), or withdrawing it would change"
                                + " nothing.")),
                when(c.kind() == ConsentKind.OTHER_LAW && p.restsOn(LawfulBasis.CONSENT), () -> warning(
                        GdprRule.R2_CONSENT, Citation.avg("6(1)(a)"), p, "rests on consent, but the consent it"
                                + " describes is the one another law requires" + c.requiredBy().map(l -> " (" + l + ")")
                                .getOrElse("") + ": find out how the GDPR consent is asked.")),
                when(gdpr && c.withdrawableAsEasilyAsGiven().isNo(), () -> error(GdprRule.R2_CONSENT,
                        Citation.avg("7(3)"), p, "asks for consent that cannot be withdrawn as easily as it is given.")),
                when(gdpr && c.withdrawableAsEasilyAsGiven().isNotStated(), () -> warning(GdprRule.R2_CONSENT,
                        Citation.avg("7(3)"), p, "asks for consent; the statement does not say that it can be"
                                + " withdrawn as easily as it is given: find out how it is withdrawn.")),
                when(c.obtainedBy() == ConsentMechanism.PRE_TICKED_BOX
                        || c.obtainedBy() == ConsentMechanism.CONTINUED_USE, () -> error(GdprRule.R2_CONSENT,
                        Citation.avg("4(11)"), p, "takes " + (c.obtainedBy() == ConsentMechanism.PRE_TICKED_BOX
                                ? "a pre-ticked box" : "continued browsing or use") + " as consent; consent needs a"
                                + " clear affirmative act (recital 32; CJEU C-673/17, Planet49).")),
                when(c.obtainedBy() == ConsentMechanism.NOT_STATED, () -> warning(GdprRule.R2_CONSENT,
                        Citation.avg("4(11)"), p, "asks for consent; the statement does not say how it is obtained:"
                                + " find out whether it takes a clear affirmative act.")),
                when(gdpr && c.conditionOfService().isYes(), () -> warning(GdprRule.R2_CONSENT, Citation.avg("7(4)"),
                        p, "makes consent a condition of the service; consent to processing the service does not"
                                + " need is presumed not freely given (recital 43): find out whether the processing is"
                                + " necessary for the service.")));
    }

    // R3 — AVG 9(1), 9(2), 13(1)(c)
    static Seq<Finding> specialCategories(Register register) {
        return register.purposes().flatMap(p -> {
            List<DataCategory> special = register.dataCategoriesOf(p).filter(DataCategory::isSpecial);
            if (special.isEmpty()) {
                return List.<Finding>empty();
            }
            if (p.sensitive().specialConditions().isEmpty()) {
                return List.of(error(GdprRule.R3_SPECIAL_CATEGORY, Citation.avg("9(1)"), p,
                        "processes special-category data (" + ids(special) + ") but names no condition of art. 9(2);"
                                + " without one, art. 9(1) forbids it, and 13(1)(c) requires the statement to name it."));
            }
            return p.sensitive().names(SpecialCategoryCondition.EXPLICIT_CONSENT)
                    ? explicitConsent(GdprRule.R3_SPECIAL_CATEGORY, Citation.avg("9(2)(a)"), p,
                    "special-category data (" + ids(special) + ")")
                    : List.empty();
        });
    }

    /**
     * Where explicit consent is the condition (9(2)(a), 22(2)(c), and national equivalents), the
     * purpose must collect GDPR consent that is explicit: a consent stated not to be explicit is an
     * error; a consent whose explicitness, or whose description, the statement leaves out is a warning.
     */
    static Seq<Finding> explicitConsent(io.github.grondslag.domain.check.Rule rule, Citation citation, Purpose p,
                                        String what) {
        Option<ConsentTerms> consent = p.consent().filter(c -> c.kind().isGdprConsent());
        if (consent.isEmpty()) {
            return List.of(warning(rule, citation, p, "relies on explicit consent for " + what
                    + " but the register describes no consent: find out how it is asked and whether it is explicit."));
        }
        Fact explicit = consent.get().explicit();
        return all(
                when(explicit.isNo(), () -> error(rule, citation, p, "relies on explicit consent for " + what
                        + " but the consent it asks for is not explicit.")),
                when(explicit.isNotStated(), () -> warning(rule, citation, p, "relies on explicit consent for " + what
                        + "; the statement does not say that the consent is explicit: find out how it is given.")));
    }

    // R4 — AVG 10
    static Seq<Finding> criminalData(Register register) {
        return register.purposes().flatMap(p -> {
            List<DataCategory> criminal = register.dataCategoriesOf(p).filter(DataCategory::isCriminal);
            return all(when(criminal.nonEmpty() && p.sensitive().criminalAuthorisation().isEmpty(), () -> error(
                    GdprRule.R4_CRIMINAL_DATA, Citation.avg("10"), p, "processes criminal data (" + ids(criminal)
                            + ") but names no authorisation: art. 10 allows it only under the control of official"
                            + " authority or where Union or member-state law authorises it.")));
        });
    }

    // R5 — AVG 6(1)(f), 13(1)(d), 21(1)–(4)
    static Seq<Finding> legitimateInterests(Register register) {
        boolean objectionOffered = register.rightsOffered().contains(DataSubjectRight.OBJECTION);
        return register.purposes().flatMap(p -> {
            boolean interests = p.restsOn(LawfulBasis.LEGITIMATE_INTERESTS);
            Fact balancing = p.basis().balancingTest().made();
            List<LawfulBasis> objectable = p.lawfulBases().filter(LawfulBasis::givesObjection);
            return all(
                    when(interests && p.basis().legitimateInterest().isEmpty(), () -> error(
                            GdprRule.R5_LEGITIMATE_INTERESTS, Citation.avg("13(1)(d)"), p, "rests on legitimate"
                                    + " interests but the statement does not say which interests are pursued.")),
                    when(interests && balancing.isNo(), () -> error(GdprRule.R5_LEGITIMATE_INTERESTS,
                            Citation.avg("6(1)(f)"), p, "rests on legitimate interests but states that no balancing"
                                    + " test of those interests against the subject's was made.")),
                    when(interests && balancing.isNotStated(), () -> warning(GdprRule.R5_LEGITIMATE_INTERESTS,
                            Citation.avg("6(1)(f)"), p, "rests on legitimate interests; the statement refers to no"
                                    + " balancing test of those interests against the subject's: find out whether one"
                                    + " was made and where it is recorded.")),
                    when(objectable.nonEmpty() && !objectionOffered, () -> error(GdprRule.R5_LEGITIMATE_INTERESTS,
                            Citation.avg("21(4)"), p, "rests on " + citations(objectable) + " but the statement does"
                                    + " not offer the right to object (21(1)).")),
                    when(p.directMarketing() && objectable.isEmpty() && !objectionOffered, () -> error(
                            GdprRule.R5_LEGITIMATE_INTERESTS, Citation.avg("21(4)"), p, "is direct marketing but"
                                    + " the statement does not offer the right to object to it, which exists whatever"
                                    + " the basis (21(2), 21(3)).")));
        });
    }

    static String citations(List<LawfulBasis> bases) {
        return bases.isEmpty() ? "no basis" : bases.map(LawfulBasis::citation).mkString(", ");
    }
}
