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

/** Generators for the records an insurer keeps and the legal holds on them. */
public final class RecordGens {

    /** The earliest trigger date generated. */
    public static final LocalDate FROM = LocalDate.of(2010, 1, 1);
    /** The latest trigger or evaluation date generated. */
    public static final LocalDate TO = LocalDate.of(2045, 12, 31);

    private RecordGens() {
    }

    /** A date in range; a third of them the last day of a month (29 February among them), where clamping bites. */
    public static Gen<LocalDate> dates() {
        return Gens.oneOf(Gens.localDates(FROM, TO), Gens.localDates(FROM, TO)
                .map(d -> d.withDayOfMonth(d.lengthOfMonth())), Gens.localDates(FROM, TO));
    }

    /** A record of one of the register's purposes, naming one of its rules, with some triggers dated. */
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

    /** Records numbered from 0, of the register's purposes. */
    public static Gen<List<PersonalRecord>> records(Register register, int max) {
        return c -> List.range(0, Gens.integers(0, max).generate(c)).map(i -> record(register, "rec-" + i).generate(c));
    }

    /** A hold on one of the records or on one of the dossiers, active or lifted. */
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
