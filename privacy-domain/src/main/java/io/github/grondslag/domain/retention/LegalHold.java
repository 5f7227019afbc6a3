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
 */
public record LegalHold(String id, Scope scope, String targetId, Reason reason, LocalDate placed,
                        Option<LocalDate> lifted) {

    /** What the hold covers. */
    public enum Scope { RECORD, DOSSIER }

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

        /** The exception of art. 17(3) that keeps the data while the hold lasts. */
        public Citation citation() {
            return citation;
        }
    }

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

    public static LegalHold onRecord(String id, String recordId, Reason reason, LocalDate placed) {
        return new LegalHold(id, Scope.RECORD, recordId, reason, placed, Option.none());
    }

    public static LegalHold onDossier(String id, String dossierId, Reason reason, LocalDate placed) {
        return new LegalHold(id, Scope.DOSSIER, dossierId, reason, placed, Option.none());
    }

    public LegalHold liftedOn(LocalDate date) {
        return new LegalHold(id, scope, targetId, reason, placed, Option.some(date));
    }

    /** Whether the hold covers the record. */
    public boolean covers(PersonalRecord record) {
        return scope == Scope.RECORD ? record.id().equals(targetId) : record.dossierId().contains(targetId);
    }

    /** Whether it holds on the date. */
    public boolean activeOn(LocalDate date) {
        return !date.isBefore(placed) && lifted.forAll(date::isBefore);
    }
}
