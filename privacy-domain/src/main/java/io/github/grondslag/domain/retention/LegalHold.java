package io.github.grondslag.domain.retention;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.record.PersonalRecord;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A legal hold on one record or on a whole dossier (VGZ 'Fraude': "Deze termijn kan langer worden
 * indien bijvoorbeeld sprake is van een lopende rechtszaak"): while it is active nothing it covers
 * is erased. It holds from {@code placed} (inclusive) until {@code lifted} (exclusive).
 *
 * @param id the hold's id (never printed)
 * @param scope whether it covers one record or a whole dossier
 * @param targetId the id of the record or dossier it covers (never printed)
 * @param reason why the data must be kept
 * @param placed the first day it holds
 * @param lifted the day from which it no longer holds, or none while it stays
 */
public record LegalHold(String id, Scope scope, String targetId, Reason reason, LocalDate placed,
                        Option<LocalDate> lifted) {

    /** What the hold covers. */
    public enum Scope {
        /** One record, by its id. */
        RECORD,
        /** Every record of a dossier, by the dossier's id. */
        DOSSIER
    }

    /** Why the data must be kept; a closed list, so that no free text carries personal data. */
    public enum Reason {
        /** A lawsuit is pending: legal claims, 17(3)(e). */
        PENDING_LAWSUIT(Citation.avg("17(3)(e)")),
        /** A supervisory authority, the police or the public prosecutor investigates: a legal obligation, 17(3)(b). */
        OFFICIAL_INVESTIGATION(Citation.avg("17(3)(b)")),
        /** A complaint or dispute procedure is still running: legal claims, 17(3)(e). */
        OPEN_PROCEDURE(Citation.avg("17(3)(e)"));

        private final Citation citation;

        Reason(Citation citation) {
            this.citation = citation;
        }

        /** {@return the exception of art. 17(3) that keeps the data while the hold lasts} */
        public Citation citation() {
            return citation;
        }
    }

    /**
     * Checks that no component is {@code null} and that the hold is not lifted before it is placed.
     *
     * @param id the hold's id
     * @param scope whether it covers one record or a whole dossier
     * @param targetId the id of the record or dossier it covers
     * @param reason why the data must be kept
     * @param placed the first day it holds
     * @param lifted the day from which it no longer holds, or none while it stays
     * @throws NullPointerException when a component is {@code null}
     * @throws IllegalArgumentException when it is lifted before it is placed
     */
    public LegalHold {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(placed, "placed");
        Objects.requireNonNull(lifted, "lifted");
        if (lifted.exists(l -> l.isBefore(placed))) {
            throw new IllegalArgumentException("a hold is lifted after it is placed");
        }
    }

    /** The hold's id and the record or dossier it holds are not printed. */
    @Override
    public String toString() {
        return "LegalHold[id=***, scope=" + scope + ", target=***, reason=" + reason + ", placed=" + placed
                + ", lifted=" + lifted.map(LocalDate::toString).getOrElse("-") + "]";
    }

    /**
     * A hold on one record, not lifted.
     *
     * @param id the hold's id
     * @param recordId the id of the record it covers
     * @param reason why the data must be kept
     * @param placed the first day it holds
     * @return the hold
     */
    public static LegalHold onRecord(String id, String recordId, Reason reason, LocalDate placed) {
        return new LegalHold(id, Scope.RECORD, recordId, reason, placed, Option.none());
    }

    /**
     * A hold on every record of a dossier, not lifted.
     *
     * @param id the hold's id
     * @param dossierId the id of the dossier it covers
     * @param reason why the data must be kept
     * @param placed the first day it holds
     * @return the hold
     */
    public static LegalHold onDossier(String id, String dossierId, Reason reason, LocalDate placed) {
        return new LegalHold(id, Scope.DOSSIER, dossierId, reason, placed, Option.none());
    }

    /**
     * This hold, lifted: it no longer holds from the date on. A record whose period ended while it
     * held must be gone from the day after the lifting.
     *
     * @param date the day from which it no longer holds
     * @return the lifted hold; this one is unchanged
     * @throws IllegalArgumentException when the date is before the day it was placed
     */
    public LegalHold liftedOn(LocalDate date) {
        return new LegalHold(id, scope, targetId, reason, placed, Option.some(date));
    }

    /**
     * Whether the hold covers the record: the record itself, or its dossier.
     *
     * @param record the record
     * @return {@code true} when the hold's target is the record or the record's dossier
     */
    public boolean covers(PersonalRecord record) {
        return scope == Scope.RECORD ? record.id().equals(targetId) : record.dossierId().contains(targetId);
    }

    /**
     * Whether it holds on the date: on or after the day it was placed and before the day it was lifted.
     *
     * @param date the date
     * @return {@code true} when the hold is active on that date
     */
    public boolean activeOn(LocalDate date) {
        return !date.isBefore(placed) && lifted.forAll(date::isBefore);
    }
}
