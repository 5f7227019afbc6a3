package io.github.grondslag.domain.check.gdpr;

import io.github.grondslag.domain.check.Finding;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.DataSubjectRight;
import io.github.grondslag.domain.register.Controller;
import io.github.grondslag.domain.register.DpoGround;
import io.github.grondslag.domain.register.Periods;
import io.github.grondslag.domain.register.Purpose;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.register.ResponsePolicy;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;

import java.time.Period;

import static io.github.grondslag.domain.check.Findings.all;
import static io.github.grondslag.domain.check.Findings.error;
import static io.github.grondslag.domain.check.Findings.warning;
import static io.github.grondslag.domain.check.Findings.when;

/** R10 and R12–R14: what the statement must tell the subject (AVG 12–14, 26, 27, 37). */
final class Transparency {

    private static final Period ONE_MONTH = Period.ofMonths(1);
    private static final Period TWO_MONTHS = Period.ofMonths(2);

    private Transparency() {
    }

    // R10 — AVG 12(3)
    static Seq<Finding> responsePolicy(Register register) {
        if (register.responsePolicy().isEmpty()) {
            return List.of(warning(GdprRule.R10_RESPONSE_POLICY, Citation.avg("12(3)"), "response policy",
                    "the statement does not say within what period a rights request is answered; the law's one"
                            + " month applies."));
        }
        ResponsePolicy policy = register.responsePolicy().get();
        return all(
                when(Periods.compare(policy.basePeriod(), ONE_MONTH) > 0, () -> error(GdprRule.R10_RESPONSE_POLICY,
                        Citation.avg("12(3)"), "response policy", "promises an answer within " + policy.basePeriod()
                                + ", longer than the one month of art. 12(3).")),
                when(Periods.compare(policy.maximumExtension(), TWO_MONTHS) > 0, () -> error(
                        GdprRule.R10_RESPONSE_POLICY, Citation.avg("12(3)"), "response policy", "allows an extension"
                                + " of " + policy.maximumExtension() + "; art. 12(3) allows at most two further months.")));
    }

    // R12 — AVG 13(1)(a),(b), 12(1), 37(1), 37(7)
    static Seq<Finding> controller(Register register) {
        Controller c = register.controller();
        return all(
                when(c.name().isBlank(), () -> error(GdprRule.R12_TRANSPARENCY, Citation.avg("13(1)(a)"), "controller",
                        "the statement does not name the controller.")),
                when(c.address().isEmpty() && c.contact().isEmpty(), () -> error(GdprRule.R12_TRANSPARENCY,
                        Citation.avg("13(1)(a)"), "controller", "the statement gives no contact details of the"
                                + " controller.")),
                when(register.statementVersion().isEmpty(), () -> warning(GdprRule.R12_TRANSPARENCY,
                        Citation.avg("12(1)"), "statement", "the statement carries no version date, so a subject"
                                + " cannot tell which text applied when.")))
                .appendAll(dpo(register));
    }

    /** The DPO: mandatory under 37(1)(a)–(c) as stated, or as inferred from the register (said so). */
    private static Seq<Finding> dpo(Register register) {
        Controller c = register.controller();
        if (c.dpoContact().isDefined()) {
            return List.empty();
        }
        if (c.dpoGrounds().isDefined() && c.dpoGrounds().get().nonEmpty()) {
            return List.of(error(GdprRule.R12_TRANSPARENCY, Citation.avg("37(7)"), "controller",
                    "the register states that a data protection officer is mandatory (" + describe(c.dpoGrounds().get())
                            + ") and the statement gives no contact details of one (37(7), 13(1)(b))."));
        }
        Set<DpoGround> inferred = c.dpoGrounds().isDefined() ? LinkedHashSet.empty() : inferredGrounds(register);
        if (inferred.contains(DpoGround.PUBLIC_AUTHORITY)) {
            return List.of(error(GdprRule.R12_TRANSPARENCY, Citation.avg("37(7)"), "controller",
                    "a data protection officer is mandatory (inferred from what the register declares: "
                            + describe(inferred) + ") and the statement gives no contact details of one (37(7),"
                            + " 13(1)(b))."));
        }
        if (inferred.nonEmpty()) {
            return List.of(warning(GdprRule.R12_TRANSPARENCY, Citation.avg("37(7)"), "controller",
                    "a data protection officer is likely mandatory (inferred from what the register declares: "
                            + describe(inferred) + ", if that is a core activity) and the statement gives no contact"
                            + " details of one: find out whether one is designated (37(7), 13(1)(b))."));
        }
        boolean undecided = c.dpoGrounds().isEmpty() && c.largeScale().isNotStated()
                && register.dataCategories().exists(d -> d.isSpecial() || d.isCriminal());
        return List.of(warning(GdprRule.R12_TRANSPARENCY, Citation.avg("13(1)(b)"), "controller",
                "the statement gives no contact details of a data protection officer; required where one is"
                        + " designated" + (undecided ? ", and mandatory if the special-category or criminal data are"
                        + " processed on a large scale (37(1)(c)), which the register does not say: find out."
                        : " (37).")));
    }

    /**
     * The points of 37(1) that the register's declarations imply: a public authority (a); large-scale
     * profiling or tracking as a core activity (b); large-scale special or criminal data (c).
     */
    static Set<DpoGround> inferredGrounds(Register register) {
        Controller c = register.controller();
        boolean large = c.largeScale().isYes();
        boolean monitoring = register.purposes().exists(p -> p.automation().profiling()
                || p.automation().tracking().exists(t -> !t.exemptFromConsent()));
        boolean sensitive = register.purposes().exists(p -> register.dataCategoriesOf(p)
                .exists(d -> d.isSpecial() || d.isCriminal()));
        return LinkedHashSet.<DpoGround>empty()
                .addAll(c.publicAuthority().isYes() ? List.of(DpoGround.PUBLIC_AUTHORITY) : List.empty())
                .addAll(large && monitoring ? List.of(DpoGround.LARGE_SCALE_MONITORING) : List.empty())
                .addAll(large && sensitive ? List.of(DpoGround.LARGE_SCALE_SPECIAL_OR_CRIMINAL_DATA) : List.empty());
    }

    private static String describe(Set<DpoGround> grounds) {
        return grounds.toList().map(g -> g.citation() + " " + describe(g)).mkString("; ");
    }

    private static String describe(DpoGround g) {
        return switch (g) {
            case PUBLIC_AUTHORITY -> "a public authority";
            case LARGE_SCALE_MONITORING -> "large-scale regular and systematic monitoring";
            case LARGE_SCALE_SPECIAL_OR_CRIMINAL_DATA -> "large-scale special-category or criminal data";
        };
    }

    // R13 — AVG 13(2)(b)–(d), 14(2)(c)–(e)
    static Seq<Finding> rights(Register register) {
        Set<DataSubjectRight> offered = register.rightsOffered();
        List<DataSubjectRight> always = List.of(DataSubjectRight.ACCESS, DataSubjectRight.RECTIFICATION,
                DataSubjectRight.ERASURE, DataSubjectRight.RESTRICTION).filter(r -> !offered.contains(r));
        List<Purpose> portable = register.purposes().filter(Purpose::givesPortability);
        List<Purpose> consent = register.purposes().filter(Purpose::reliesOnGdprConsent);
        return all(
                when(always.nonEmpty(), () -> error(GdprRule.R13_RIGHTS_INFORMATION, Citation.avg("13(2)(b)"),
                        "rights", "the statement does not tell the subject of the right" + (always.size() > 1 ? "s" : "")
                                + " of " + always.map(r -> r.citation().provision()).mkString(", ")
                                .replaceAll("(.*), ", "$1 and ") + ".")),
                when(portable.nonEmpty() && !offered.contains(DataSubjectRight.PORTABILITY), () -> error(
                        GdprRule.R13_RIGHTS_INFORMATION, Citation.avg("13(2)(b)"), "rights", "the statement does not"
                                + " tell the subject of the right to data portability (20), which the purposes on"
                                + " consent or contract give (" + ids(portable) + ").")),
                when(consent.nonEmpty() && !offered.contains(DataSubjectRight.WITHDRAW_CONSENT), () -> error(
                        GdprRule.R13_RIGHTS_INFORMATION, Citation.avg("13(2)(c)"), "rights", "the statement does not"
                                + " tell the subject that consent can be withdrawn at any time, for the purposes that"
                                + " rely on it (" + ids(consent) + ").")),
                when(!offered.contains(DataSubjectRight.COMPLAINT_TO_AUTHORITY), () -> error(
                        GdprRule.R13_RIGHTS_INFORMATION, Citation.avg("13(2)(d)"), "rights", "the statement does not"
                                + " tell the subject of the right to lodge a complaint with a supervisory authority.")));
    }

    // R14 — AVG 14(2)(f), 26(1),(2). A register without a member state is reported once, by the check
    // itself (N1, which names art. 27), not here as well.
    static Seq<Finding> controllersAndSources(Register register) {
        Seq<Finding> joint = register.jointControllers().flatMap(j -> all(
                when(j.essenceOfArrangement().isEmpty(), () -> error(GdprRule.R14_CONTROLLERS_AND_SOURCES,
                        Citation.avg("26(2)"), "joint controller", "the statement names a joint controller but does"
                                + " not make the essence of their arrangement available to the subject.")),
                when(j.contactPoint().isEmpty(), () -> warning(GdprRule.R14_CONTROLLERS_AND_SOURCES,
                        Citation.avg("26(1)"), "joint controller", "the statement names a joint controller but no"
                                + " contact point for subjects; the subject may then exercise rights against each"
                                + " controller (26(3)): find out whether one is designated."))));
        Seq<Finding> sources = register.dataCategories()
                .filter(d -> d.origin().fromOtherSources() && d.sources().isEmpty())
                .map(d -> error(GdprRule.R14_CONTROLLERS_AND_SOURCES, Citation.avg("14(2)(f)"),
                        "data category '" + d.id() + "'", "the data are not (all) obtained from the subject and the"
                                + " statement does not say from which source they come."));
        return joint.appendAll(sources);
    }

    private static String ids(List<Purpose> purposes) {
        return purposes.map(Purpose::id).mkString(", ");
    }
}
