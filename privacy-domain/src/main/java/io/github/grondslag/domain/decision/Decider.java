package io.github.grondslag.domain.decision;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.Rejection;
import io.github.grondslag.domain.register.DataCategory;
import io.github.grondslag.domain.register.Purpose;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.retention.RetentionVerdict;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.Objection;
import io.github.grondslag.domain.subject.Restriction;
import io.github.grondslag.domain.subject.RestrictionException;
import io.github.grondslag.domain.subject.SubjectState;
import io.vavr.collection.List;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Decides whether a processing may happen now (docs/decision.md), for one register. Build it once
 * per register; it is immutable and thread-safe, and on the permit path it allocates nothing but
 * returns {@link Decision#PERMITTED}. A denial carries every failing reason, each with its article.
 *
 * <p>Each rule is written once, as a method that returns no reasons (the shared empty list) when
 * the operation passes it: the permit path and the denial's reasons come from that one definition. Denied when, at the instant: the purpose is not in the register (5(1)(b)); the purpose
 * names no lawful basis (6(1)); the subject or a data category is not declared for the purpose
 * (5(1)(b),(c)); the purpose needs consent and none is in force (6(1)(a); a withdrawal counts only
 * from its instant, 7(3)); special or criminal data that the operation uses lack their condition
 * (9(1), 10: the prohibition is on processing those data, not on every operation of a purpose that
 * also declares them); an active restriction applies and neither storage nor an exception of 18(2)
 * does; an objection to the purpose is upheld (21(1), and always for direct marketing, 21(3)).
 */
public final class Decider {

    /** What the decision needs to know of one purpose, computed once. */
    private record Terms(
            Purpose purpose, Set<String> subjectCategories, Set<String> dataCategories, boolean requiresConsent,
            Set<String> dataNeedingConsent, boolean hasBasis, Set<String> specialWithoutCondition,
            Set<String> criminalWithoutAuthorisation, Set<String> registerSubjects, Set<String> registerData) {
    }

    private final Map<String, Terms> terms;

    private Decider(Map<String, Terms> terms) {
        this.terms = terms;
    }

    /**
     * Builds the decider for a register: what each purpose needs is computed once, here.
     *
     * @param register the controller's register of processing
     * @return the decider, immutable and thread-safe
     */
    public static Decider of(Register register) {
        Set<String> special = Set.copyOf(register.dataCategories().filter(DataCategory::isSpecial)
                .map(DataCategory::id).toJavaList());
        Set<String> criminal = Set.copyOf(register.dataCategories().filter(DataCategory::isCriminal)
                .map(DataCategory::id).toJavaList());
        Set<String> subjects = Set.copyOf(register.subjectCategories().map(c -> c.id()).toJavaList());
        Set<String> data = Set.copyOf(register.dataCategories().map(DataCategory::id).toJavaList());
        Map<String, Terms> index = new HashMap<>();
        for (Purpose p : register.purposes()) {
            index.put(p.id(), new Terms(p, Set.copyOf(p.subjectCategories().toJavaList()),
                    Set.copyOf(p.dataCategories().toJavaList()), requiresConsent(p),
                    dataNeedingConsent(p, special, criminal), p.lawfulBases().nonEmpty(),
                    p.sensitive().specialConditions().isEmpty() ? special : Set.of(),
                    p.sensitive().criminalAuthorisation().isEmpty() ? criminal : Set.of(), subjects, data));
        }
        return new Decider(Map.copyOf(index));
    }

    /**
     * Whether every operation of the purpose needs consent in force: it rests on consent, asks consent
     * as its ground or because another law requires it, or its automated decisions rest on explicit
     * consent (22(2)(c)). Explicit consent as the condition for special or criminal data is needed
     * only by the operations that use those data ({@link #dataNeedingConsent}).
     */
    private static boolean requiresConsent(Purpose p) {
        return p.asksConsentForAllItDoes()
                || p.automation().decision().exists(d -> d.ground()
                .contains(io.github.grondslag.domain.law.AutomatedDecisionGround.EXPLICIT_CONSENT));
    }

    /** The special data whose condition is explicit consent (9(2)(a)), and the criminal data whose is (UAVG 32(a)). */
    private static Set<String> dataNeedingConsent(Purpose p, Set<String> special, Set<String> criminal) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        if (p.sensitive().names(io.github.grondslag.domain.law.SpecialCategoryCondition.EXPLICIT_CONSENT)) {
            ids.addAll(special);
        }
        if (p.sensitive().criminalAuthorisation()
                .contains(io.github.grondslag.domain.law.CriminalDataAuthorisation.EXPLICIT_CONSENT)) {
            ids.addAll(criminal);
        }
        return Set.copyOf(ids);
    }

    /**
     * Decides an operation for a subject at an instant.
     *
     * @param operation the processing about to happen
     * @param state the subject's restrictions and objections
     * @param consents the subject's consent ledgers (any purposes; the one for the operation's purpose is used)
     * @param at the instant of the processing; consent, restrictions and objections are taken as they stand then
     * @return {@link Decision#PERMITTED}, or a denial with every failing reason
     * @throws NullPointerException when an argument is {@code null}
     */
    public Decision decide(Operation operation, SubjectState state, List<ConsentLedger> consents, Instant at) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(consents, "consents");
        Objects.requireNonNull(at, "at");
        Terms t = terms.get(operation.purposeId());
        if (t == null) {
            // the caller's text is not repeated: it could be anything, personal data included
            return new Decision.Denied(List.of(new Rejection(Citation.avg("5(1)(b)"),
                    "the purpose is not in the register of processing")));
        }
        // Every rule, in the order of docs/decision.md; a rule that passes adds nothing (vavr's shared empty
        // list), so the permit path allocates nothing and a denial carries every failing reason.
        List<Rejection> reasons = basis(t, operation, state, consents, at);
        reasons = and(reasons, subjectCategory(t, operation, state, consents, at));
        reasons = and(reasons, dataCategories(t, operation, state, consents, at));
        reasons = and(reasons, consent(t, operation, state, consents, at));
        reasons = and(reasons, specialData(t, operation, state, consents, at));
        reasons = and(reasons, criminalData(t, operation, state, consents, at));
        reasons = and(reasons, restriction(t, operation, state, consents, at));
        reasons = and(reasons, objection(t, operation, state, consents, at));
        return reasons.isEmpty() ? Decision.PERMITTED : new Decision.Denied(reasons);
    }

    /**
     * Decides an operation on a stored record, given the record's retention verdict on the day
     * ({@code Retention.evaluate}): a record whose retention has run out must be erased, not
     * processed (5(1)(e)); that reason joins any other.
     *
     * @param operation the processing about to happen
     * @param state the subject's restrictions and objections
     * @param consents the subject's consent ledgers (any purposes)
     * @param at the instant of the processing
     * @param record the retention verdict on the stored record the operation touches
     * @return {@link Decision#PERMITTED}, or a denial with every failing reason
     * @throws NullPointerException when an argument is {@code null}
     */
    public Decision decide(Operation operation, SubjectState state, List<ConsentLedger> consents, Instant at,
                           RetentionVerdict record) {
        Decision decision = decide(operation, state, consents, at);
        if (record.verdict() != RetentionVerdict.Verdict.MUST_ERASE) {
            return decision;
        }
        Rejection expired = new Rejection(Citation.avg("5(1)(e)"), "the record's retention ended"
                + record.mustEraseFrom().map(d -> " on " + d.minusDays(1)).getOrElse("")
                + "; it must be erased, not processed");
        return new Decision.Denied(decision instanceof Decision.Denied denied
                ? denied.reasons().append(expired) : List.of(expired));
    }

    /** 6(1): the purpose names a lawful basis. */
    private static List<Rejection> basis(Terms t, Operation op, SubjectState state, List<ConsentLedger> consents,
                                       Instant at) {
            return t.hasBasis() ? List.empty() : List.of(new Rejection(Citation.avg("6(1)"),
                    "the register names no lawful basis for the purpose " + quoted(op)));
    }

    /** 5(1)(b): the subject category is declared for the purpose. */
    private static List<Rejection> subjectCategory(Terms t, Operation op, SubjectState state, List<ConsentLedger> consents,
                                       Instant at) {
            return t.subjectCategories().contains(op.subjectCategory()) ? List.empty()
                    : List.of(new Rejection(Citation.avg("5(1)(b)"), "the subject category "
                    + named(op.subjectCategory(), t.registerSubjects()) + " is not declared for the purpose "
                    + quoted(op)));
    }

    /** A category id as the register declares it; one it does not know is not repeated (it could be anything). */
    private static String named(String id, Set<String> declared) {
        return declared.contains(id) ? "'" + id + "'" : "(one the register does not know)";
    }

    /** 5(1)(c): every data category is declared for the purpose. */
    private static List<Rejection> dataCategories(Terms t, Operation op, SubjectState state, List<ConsentLedger> consents,
                                       Instant at) {
            if (!anyIn(op.dataCategories(), t.dataCategories(), false)) {
                return List.empty();
            }
            return op.dataCategories().filter(d -> !t.dataCategories().contains(d))
                    .map(d -> new Rejection(Citation.avg("5(1)(c)"), "the data category "
                            + named(d, t.registerData()) + " is not declared for the purpose " + quoted(op)));
    }

    /** 6(1)(a), 7(3): consent is in force when the purpose, or the data the operation uses, need it. */
    private static List<Rejection> consent(Terms t, Operation op, SubjectState state, List<ConsentLedger> consents,
                                       Instant at) {
            boolean needed = t.requiresConsent() || anyIn(op.dataCategories(), t.dataNeedingConsent(), true);
            return !needed || consentInForce(consents, op.purposeId(), at) ? List.empty()
                    : List.of(new Rejection(Citation.avg("6(1)(a)"), "the purpose " + quoted(op)
                    + " needs the subject's consent and none is in force at that moment"));
    }

    /** 9(1): special data the operation uses have their condition. */
    private static List<Rejection> specialData(Terms t, Operation op, SubjectState state, List<ConsentLedger> consents,
                                       Instant at) {
            return !anyIn(op.dataCategories(), t.specialWithoutCondition(), true) ? List.empty()
                    : List.of(new Rejection(Citation.avg("9(1)"), "the operation uses special-category data ("
                    + op.dataCategories().filter(t.specialWithoutCondition()::contains).mkString(", ")
                    + ") and the register names no condition of art. 9(2) for the purpose " + quoted(op)));
    }

    /** 10: criminal data the operation uses have their authorisation. */
    private static List<Rejection> criminalData(Terms t, Operation op, SubjectState state, List<ConsentLedger> consents,
                                       Instant at) {
            return !anyIn(op.dataCategories(), t.criminalWithoutAuthorisation(), true) ? List.empty()
                    : List.of(new Rejection(Citation.avg("10"), "the operation uses criminal data ("
                    + op.dataCategories().filter(t.criminalWithoutAuthorisation()::contains).mkString(", ")
                    + ") and the register names no authorisation of art. 10 for the purpose " + quoted(op)));
    }

    /** 18: no active restriction stops the operation. */
    private static List<Rejection> restriction(Terms t, Operation op, SubjectState state, List<ConsentLedger> consents,
                                       Instant at) {
            if (restrictionAllows(state.restrictions(), op, at)) {
                return List.empty();
            }
            return state.restrictions().filter(r -> !allows(r, op, at)).map(r -> new Rejection(
                    r.ground().citation(), "the subject's data are restricted (" + r.ground().citation()
                    + ") since " + r.from() + "; only storage, or processing under an exception of art. 18(2)"
                    + (op.restrictionException().contains(RestrictionException.SUBJECT_CONSENT)
                    ? " (the subject has not consented for this purpose)" : "") + ", is allowed"));
    }

    /** 21: no upheld objection stops the purpose. */
    private static List<Rejection> objection(Terms t, Operation op, SubjectState state, List<ConsentLedger> consents,
                                       Instant at) {
            if (!objectionUpheld(state.objections(), op.purposeId(), at)) {
                return List.empty();
            }
            return state.objections().filter(o -> o.purposeId().equals(op.purposeId()) && o.stopsProcessingAt(at))
                    .map(o -> new Rejection(Citation.avg(o.directMarketing() ? "21(3)" : "21(1)"),
                            "the subject's objection to the purpose " + quoted(op) + " was upheld on "
                                    + o.upheldFrom().get()));
    }

    private static List<Rejection> and(List<Rejection> reasons, List<Rejection> more) {
        return more.isEmpty() ? reasons : reasons.appendAll(more);
    }

    private static String quoted(Operation op) {
        return "'" + op.purposeId() + "'";
    }

    /** Whether some id is (or, with {@code member} false, is not) in the set; no allocation. */
    private static boolean anyIn(List<String> ids, Set<String> set, boolean member) {
        for (List<String> l = ids; !l.isEmpty(); l = l.tail()) {
            if (set.contains(l.head()) == member) {
                return true;
            }
        }
        return false;
    }

    private static boolean consentInForce(List<ConsentLedger> consents, String purposeId, Instant at) {
        for (List<ConsentLedger> l = consents; !l.isEmpty(); l = l.tail()) {
            ConsentLedger ledger = l.head();
            if (ledger.purposeId().equals(purposeId) && ledger.validAt(at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean restrictionAllows(List<Restriction> restrictions, Operation op, Instant at) {
        for (List<Restriction> l = restrictions; !l.isEmpty(); l = l.tail()) {
            if (!allows(l.head(), op, at)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a restriction lets the operation through: inactive, mere storage, or an exception of 18(2). */
    private static boolean allows(Restriction r, Operation op, Instant at) {
        if (!r.activeAt(at) || op.storageOnly()) {
            return true;
        }
        if (op.restrictionException().isEmpty()) {
            return false;
        }
        return op.restrictionException().get() != RestrictionException.SUBJECT_CONSENT
                || r.consentedPurposes().contains(op.purposeId());
    }

    private static boolean objectionUpheld(List<Objection> objections, String purposeId, Instant at) {
        for (List<Objection> l = objections; !l.isEmpty(); l = l.tail()) {
            Objection o = l.head();
            if (o.purposeId().equals(purposeId) && o.stopsProcessingAt(at)) {
                return true;
            }
        }
        return false;
    }
}
