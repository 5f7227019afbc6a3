package io.github.grondslag.testkit.generators;

import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.register.Purpose;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.register.RetentionTrigger;
import io.github.grondslag.domain.retention.LegalHold;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.testkit.property.Gen;
import io.github.grondslag.testkit.property.Gens;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;

import java.time.LocalDate;

/**
 * Generators for the records an insurer keeps and the legal holds on them: the input of the
 * retention rules (AVG 5(1)(e)) and of the erasure decision. A record carries the facts the law
 * needs, never the data themselves; dates fall between {@link #FROM} and {@link #TO} and shrink
 * towards {@link #FROM}.
 */
public final class RecordGens {

    /** The earliest trigger date generated. */
    public static final LocalDate FROM = LocalDate.of(2010, 1, 1);
    /** The latest trigger or evaluation date generated. */
    public static final LocalDate TO = LocalDate.of(2045, 12, 31);

    private RecordGens() {
    }

    /**
     * {@return dates between {@link #FROM} and {@link #TO}, a third of them the last day of a month
     * (29 February among them), where adding months to a date clamps it; shrinks towards
     * {@link #FROM}}
     */
    public static Gen<LocalDate> dates() {
        return Gens.oneOf(Gens.localDates(FROM, TO), Gens.localDates(FROM, TO)
                .map(d -> d.withDayOfMonth(d.lengthOfMonth())), Gens.localDates(FROM, TO));
    }

    /**
     * Records of one of the register's purposes: some of that purpose's data categories (at least
     * one), one of fifty subjects, no source stated, provided by the subject or not, in one of five
     * dossiers or none, naming one of the purpose's retention rules (none if it has none), and a
     * date of {@link #dates()} for some of the {@link RetentionTrigger retention triggers} (possibly
     * none).
     *
     * @param register the register whose purposes, data categories and retention rules are used; it
     *                 must have at least one purpose
     * @param id the id of every generated record
     * @return a generator of records with that id
     */
    public static Gen<PersonalRecord> record(Register register, String id) {
        return c -> {
            Purpose p = Gens.elementsOf(register.purposes()).generate(c);
            Map<RetentionTrigger, LocalDate> triggers = HashMap.ofEntries(
                    RegisterGens.subset(List.of(RetentionTrigger.values())).generate(c)
                            .map(t -> io.vavr.Tuple.of(t, dates().generate(c))));
            return new PersonalRecord(id, SubjectId.of("subject-" + Gens.integers(1, 50).generate(c)), p.id(),
                    RegisterGens.nonEmptySubset(p.dataCategories()).generate(c), Option.none(),
                    Gens.booleans().generate(c), Gens.optionOf(Gens.integers(1, 5).map(n -> "dossier-" + n)).generate(c),
                    p.retentionRules().isEmpty() ? Option.none()
                            : Option.some(Gens.elementsOf(p.retentionRules()).generate(c)),
                    triggers);
        };
    }

    /**
     * Lists of records of {@link #record(Register, String)}, numbered from 0; shrinks towards the
     * empty list.
     *
     * @param register the register whose purposes are used; it must have at least one purpose
     * @param max the largest number of records in one list, at least {@code 0}
     * @return a generator of lists of zero to {@code max} records, with ids {@code rec-0},
     *         {@code rec-1}, and so on
     */
    public static Gen<List<PersonalRecord>> records(Register register, int max) {
        return c -> List.range(0, Gens.integers(0, max).generate(c)).map(i -> record(register, "rec-" + i).generate(c));
    }

    /**
     * Legal holds that keep records from erasure: on one of the given records or on one of the
     * dossiers the records may belong to ({@code dossier-1} to {@code dossier-5}), for any
     * {@link LegalHold.Reason reason}, placed on a date of {@link #dates()}, and still active or
     * lifted from 0 to 4,000 days (about eleven years) after it was placed.
     *
     * @param id the id of every generated hold
     * @param records the records a hold may be placed on; when empty, every hold is on a dossier
     * @return a generator of legal holds with that id
     */
    public static Gen<LegalHold> hold(String id, List<PersonalRecord> records) {
        return c -> {
            LocalDate placed = dates().generate(c);
            Option<LocalDate> lifted = Gens.optionOf(Gens.integers(0, 4000).map(placed::plusDays)).generate(c);
            boolean onRecord = records.nonEmpty() && Gens.booleans().generate(c);
            return new LegalHold(id, onRecord ? LegalHold.Scope.RECORD : LegalHold.Scope.DOSSIER,
                    onRecord ? Gens.elementsOf(records).generate(c).id() : "dossier-" + Gens.integers(1, 5).generate(c),
                    Gens.elements(LegalHold.Reason.values()).generate(c), placed, lifted);
        };
    }
}
