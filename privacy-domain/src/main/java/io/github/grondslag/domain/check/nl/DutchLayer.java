package io.github.grondslag.domain.check.nl;

import io.github.grondslag.domain.check.Finding;
import io.github.grondslag.domain.check.NationalLayer;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.CriminalDataAuthorisation;
import io.github.grondslag.domain.law.LawfulBasis;
import io.github.grondslag.domain.law.TrackingTechnique;
import io.github.grondslag.domain.register.ConsentTerms;
import io.github.grondslag.domain.register.DataCategory;
import io.github.grondslag.domain.register.DataClass;
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

/**
 * The Dutch layer: the rules the Netherlands adds to the GDPR that a register can show. The
 * Uitvoeringswet AVG (criminal data, UAVG 31–33; the BSN, UAVG 46) and the cookie rule of the
 * Telecommunicatiewet (11.7a). The Algemene termijnenwet is the Dutch calendar of the deadlines
 * (docs/deadlines.md), not a check of the register.
 */
public final class DutchLayer implements NationalLayer {

    /** The one instance; the layer holds no state. */
    public static final DutchLayer INSTANCE = new DutchLayer();

    private DutchLayer() {
    }

    @Override
    public String memberState() {
        return "NL";
    }

    @Override
    public String name() {
        return "Netherlands: UAVG 31-33 and 46, Telecommunicatiewet 11.7a";
    }

    @Override
    public List<DutchRule> rules() {
        return List.of(DutchRule.values());
    }

    @Override
    public Seq<Finding> check(Register register) {
        return register.purposes().flatMap(p -> tracking(p).appendAll(criminalData(register, p))
                .appendAll(bsn(register, p)));
    }

    // NL1 — Telecommunicatiewet 11.7a(1), (3)
    private static Seq<Finding> tracking(Purpose p) {
        List<TrackingTechnique> needConsent = p.automation().tracking().toList()
                .filter(t -> !t.exemptFromConsent()).sorted();
        // The consent 11.7a asks for: GDPR consent as the basis, or consent asked for the device itself;
        // explicit consent as the condition for special data is not consent to tracking.
        boolean consent = p.asksConsentForAllItDoes();
        return all(when(needConsent.nonEmpty() && !consent, () -> error(DutchRule.NL1_TRACKING_CONSENT,
                Citation.telecommunicatiewet("11.7a(1)"), p, "uses " + needConsent.map(t -> t.name().toLowerCase()
                        .replace('_', ' ')).mkString(", ") + " on " + p.lawfulBases().map(LawfulBasis::citation)
                        .mkString(", ") + " and asks no consent; reading or storing information on a subject's"
                        + " device needs consent, whatever the GDPR basis of what follows.")));
    }

    // NL2 — UAVG 31–33
    private static Seq<Finding> criminalData(Register register, Purpose p) {
        List<DataCategory> criminal = register.dataCategoriesOf(p).filter(DataCategory::isCriminal);
        Option<CriminalDataAuthorisation> authorisation = p.sensitive().criminalAuthorisation();
        if (criminal.isEmpty() || authorisation.isEmpty()) {
            return List.empty();
        }
        // No GDPR consent described is silence about it, as in the GDPR's rule for 9(2)(a) (R3): a warning.
        Fact explicit = p.consent().filter(c -> c.kind().isGdprConsent()).map(ConsentTerms::explicit)
                .getOrElse(Fact.NOT_STATED);
        boolean byConsent = authorisation.contains(CriminalDataAuthorisation.EXPLICIT_CONSENT);
        return all(
                when(authorisation.contains(CriminalDataAuthorisation.AUTHORISED_BY_LAW), () -> warning(
                        DutchRule.NL2_CRIMINAL_DATA, Citation.uavg("31"), p, "processes criminal data ("
                                + ids(criminal) + ") under an authorising law it does not name; in the Netherlands"
                                + " that is one of UAVG 32 or 33: find out which.")),
                when(byConsent && explicit.isNo(), () -> error(DutchRule.NL2_CRIMINAL_DATA, Citation.uavg("32(a)"),
                        p, "relies on explicit consent for criminal data (" + ids(criminal) + ") but does not ask"
                                + " for explicit consent.")),
                when(byConsent && explicit.isNotStated(), () -> warning(DutchRule.NL2_CRIMINAL_DATA,
                        Citation.uavg("32(a)"), p, "relies on explicit consent for criminal data (" + ids(criminal)
                                + "); the statement does not say that the consent is explicit: find out.")));
    }

    // NL3 — UAVG 46(1)
    private static Seq<Finding> bsn(Register register, Purpose p) {
        List<DataCategory> bsn = register.dataCategoriesOf(p).filter(d -> d.dataClass() == DataClass.NATIONAL_ID);
        // A contract can run under a law that prescribes the BSN (a health insurer under the Wet gebruik
        // burgerservicenummer in de zorg), so only consent and legitimate interests raise the question.
        boolean doubtful = p.restsOn(LawfulBasis.CONSENT) || p.restsOn(LawfulBasis.LEGITIMATE_INTERESTS);
        return all(when(bsn.nonEmpty() && doubtful, () -> warning(DutchRule.NL3_BSN, Citation.uavg("46(1)"), p,
                "uses the citizen service number (" + ids(bsn) + ") on " + p.lawfulBases().map(LawfulBasis::citation)
                        .mkString(", ") + "; the BSN may be used only to carry out the law that prescribes it: find"
                        + " out which law that is.")));
    }
}
