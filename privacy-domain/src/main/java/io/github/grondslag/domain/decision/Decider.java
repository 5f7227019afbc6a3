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
 * Decides whether a processing may happen now (DESIGN §3.3), for one register. Build it once per
 * register; it is immutable and thread-safe, and on the permit path it allocates nothing but
 * returns {@link Decision#PERMITTED}. A denial carries every failing reason, each with its article.
 *
 * <p>Denied when, at the instant: the purpose is not in the register (5(1)(b)); the purpose names
 * no lawful basis (6(1)); the subject or data category is not declared for the purpose (5(1)(b),(c));
 * the purpose needs consent and none is in force (6(1)(a); a withdrawal counts only from its
 * instant, 7(3)); special or criminal data lack their condition (9(1), 10); an active restriction
 * applies and neither storage nor an exception of 18(2) does; an objection to the purpose is upheld
 * (21(1), and always for direct marketing, 21(3)).
 */
public final class Decider {

    /** What the decision needs to know of one purpose, computed once. */
    private record Terms(
            Purpose purpose, Set<String> subjectCategories, Set<String> dataCategories, boolean requiresConsent,
            boolean hasBasis, List<DataCategory> specialWithoutCondition, List<DataCategory> criminalWithoutAuthorisation) {
    }

    private final Map<String, Terms> terms;

    private Decider(Map<String, Terms> terms) {
        this.terms = terms;
    }

    /** The decider for a register. */
    public static Decider of(Register register) {
        Map<String, Terms> index = new HashMap<>();
        for (Purpose p : register.purposes()) {
            List<DataCategory> data = register.dataCategoriesOf(p);
            index.put(p.id(), new Terms(p, Set.copyOf(p.subjectCategories().toJavaList()),
                    Set.copyOf(p.dataCategories().toJavaList()), ConsentLedger.requiresConsent(p),
                    p.lawfulBases().nonEmpty(),
                    p.specialCategoryCondition().isEmpty() ? data.filter(DataCategory::isSpecial) : List.empty(),
                    p.criminalDataAuthorisation().isEmpty() ? data.filter(DataCategory::isCriminal) : List.empty()));
        }
        return new Decider(Map.copyOf(index));
    }

    /**
     * Decides an operation for a subject at an instant.
     *
     * @param state the subject's restrictions and objections
     * @param consents the subject's consent ledgers (any purposes; the one for the operation's purpose is used)
     */
    public Decision decide(Operation operation, SubjectState state, List<ConsentLedger> consents, Instant at) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(consents, "consents");
        Objects.requireNonNull(at, "at");
        Terms t = terms.get(operation.purposeId());
        if (t == null) {
            return new Decision.Denied(List.of(new Rejection(Citation.avg("5(1)(b)"),
                    "the purpose '" + operation.purposeId() + "' is not in the register of processing")));
        }
        if (permitted(t, operation, state, consents, at)) {
            return Decision.PERMITTED;
        }
        return new Decision.Denied(reasons(t, operation, state, consents, at));
    }

    /**
     * Decides an operation on a stored record, given the record's retention verdict on the day
     * ({@code Retention.evaluate}): a record whose retention has run out must be erased, not
     * processed (5(1)(e)); that reason joins any other.
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

    /** The permit path: every check, with no allocation. */
    private static boolean permitted(Terms t, Operation op, SubjectState state, List<ConsentLedger> consents,
                                     Instant at) {
        if (!t.hasBasis() || !t.subjectCategories().contains(op.subjectCategory())
                || !t.specialWithoutCondition().isEmpty() || !t.criminalWithoutAuthorisation().isEmpty()) {
            return false;
        }
        for (List<String> d = op.dataCategories(); !d.isEmpty(); d = d.tail()) {
            if (!t.dataCategories().contains(d.head())) {
                return false;
            }
        }
        return (!t.requiresConsent() || consentInForce(consents, op.purposeId(), at))
                && restrictionAllows(state.restrictions(), op, at)
                && !objectionUpheld(state.objections(), op.purposeId(), at);
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

    /** The denial path: every failing reason, in the order of the checks. */
    private static List<Rejection> reasons(Terms t, Operation op, SubjectState state, List<ConsentLedger> consents,
                                           Instant at) {
        String purpose = "'" + op.purposeId() + "'";
        List<Rejection> reasons = List.empty();
        if (!t.hasBasis()) {
            reasons = reasons.append(new Rejection(Citation.avg("6(1)"),
                    "the register names no lawful basis for the purpose " + purpose));
        }
        if (!t.subjectCategories().contains(op.subjectCategory())) {
            reasons = reasons.append(new Rejection(Citation.avg("5(1)(b)"), "the subject category '"
                    + op.subjectCategory() + "' is not declared for the purpose " + purpose));
        }
        for (String d : op.dataCategories().filter(d -> !t.dataCategories().contains(d))) {
            reasons = reasons.append(new Rejection(Citation.avg("5(1)(c)"), "the data category '" + d
                    + "' is not declared for the purpose " + purpose));
        }
        if (t.requiresConsent() && !consentInForce(consents, op.purposeId(), at)) {
            reasons = reasons.append(new Rejection(Citation.avg("6(1)(a)"), "the purpose " + purpose
                    + " needs the subject's consent and none is in force at that moment"));
        }
        if (!t.specialWithoutCondition().isEmpty()) {
            reasons = reasons.append(new Rejection(Citation.avg("9(1)"), "the purpose " + purpose
                    + " uses special-category data (" + t.specialWithoutCondition().map(DataCategory::id).mkString(", ")
                    + ") and the register names no condition of art. 9(2)"));
        }
        if (!t.criminalWithoutAuthorisation().isEmpty()) {
            reasons = reasons.append(new Rejection(Citation.avg("10"), "the purpose " + purpose
                    + " uses criminal data and the register names no authorisation (UAVG 31-33)"));
        }
        for (Restriction r : state.restrictions().filter(r -> !allows(r, op, at))) {
            reasons = reasons.append(new Rejection(r.ground().citation(), "the subject's data are restricted ("
                    + r.ground().citation() + ") since " + r.from() + "; only storage, or processing under an"
                    + " exception of art. 18(2)" + (op.restrictionException().contains(RestrictionException.SUBJECT_CONSENT)
                    ? " (the subject has not consented for this purpose)" : "") + ", is allowed"));
        }
        for (Objection o : state.objections().filter(o -> o.purposeId().equals(op.purposeId())
                && o.stopsProcessingAt(at))) {
            reasons = reasons.append(new Rejection(Citation.avg(o.directMarketing() ? "21(3)" : "21(1)"),
                    "the subject's objection to the purpose " + purpose + " was upheld on " + o.upheldFrom().get()));
        }
        return reasons;
    }
}
