package io.github.grondslag.testkit.retention;

import io.github.grondslag.testkit.Grondslag;
import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.register.RetentionRule;
import io.github.grondslag.domain.retention.LegalHold;
import io.github.grondslag.domain.retention.Retention;
import io.github.grondslag.domain.retention.RetentionSweep;
import io.github.grondslag.domain.retention.RetentionVerdict;
import io.github.grondslag.domain.retention.RetentionVerdict.Verdict;
import io.github.grondslag.testkit.generators.RecordGens;
import io.github.grondslag.testkit.property.Gen;
import io.github.grondslag.testkit.property.Gens;
import io.github.grondslag.testkit.property.Property;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Retention (docs/retention.md) over generated registers, records, holds and dates. */
class RetentionProperties {

    /** A register, its records, holds on them, and a date to evaluate on. */
    record Case(Register register, List<PersonalRecord> records, List<LegalHold> holds, LocalDate on) {
        List<LegalHold> holdsOf(PersonalRecord r) {
            return holds.filter(h -> h.covers(r));
        }

        @Override
        public String toString() {
            return "Case[" + register + ", " + records.size() + " records, " + holds.size() + " holds, on " + on + "]";
        }
    }

    static Gen<Case> cases() {
        return c -> {
            Register register = Grondslag.lawfulRegisters().generate(c);
            List<PersonalRecord> records = Grondslag.records(register, 8).generate(c);
            List<LegalHold> holds = List.range(0, Gens.integers(0, 2).generate(c))
                    .map(i -> RecordGens.hold("h" + i, records).generate(c));
            return new Case(register, records, holds, RecordGens.dates().generate(c));
        };
    }

    private static Option<RetentionRule> rule(Case k, PersonalRecord r) {
        return r.retentionRule().flatMap(k.register()::retentionRule);
    }

    /** The case's date and the days around the record's boundaries, where off-by-one errors live. */
    private static List<LocalDate> probes(Case k, PersonalRecord r) {
        List<LocalDate> boundaries = rule(k, r).toList().flatMap(rule -> rule.trigger().flatMap(r.triggers()::get)
                .toList().flatMap(trigger -> List.of(rule.minimum(), rule.duration(), rule.maximum())
                        .flatMap(p -> p).map(trigger::plus)));
        return boundaries.flatMap(d -> List.of(d, d.plusDays(1))).prepend(k.on());
    }

    @Test
    void mustEraseNeverComesBeforeTheDayAfterTriggerPlusPeriod() {
        Property.forAll(cases())
                .classify(k -> k.records().exists(r -> Retention.evaluate(k.register(), r, k.holdsOf(r), k.on()).verdict()
                        == Verdict.MUST_ERASE) ? "some must go" : "none must go")
                .requireLabel("some must go", 10)
                .checkThat(k -> k.records().forEach(r -> probes(k, r).forEach(on -> {
                    RetentionVerdict v = Retention.evaluate(k.register(), r, k.holdsOf(r), on);
                    if (v.verdict() == Verdict.MUST_ERASE) {
                        RetentionRule rule = rule(k, r).get();
                        LocalDate trigger = r.triggers().get(rule.trigger().get()).get();
                        LocalDate end = trigger.plus(rule.duration().orElse(rule.maximum()).get());
                        assertTrue(on.isAfter(end), () -> "must-erase on " + on + ", period ends " + end);
                    }
                })));
    }

    @Test
    void mayEraseNeverComesBeforeTheDayAfterTriggerPlusMinimum() {
        Property.forAll(cases())
                .classify(k -> k.records().exists(r -> probes(k, r).exists(on -> Retention.evaluate(k.register(), r,
                        k.holdsOf(r), on).verdict() == Verdict.MAY_ERASE)) ? "some may go" : "none may go")
                .requireLabel("some may go", 10)
                .checkThat(k -> k.records().forEach(r -> probes(k, r).forEach(on -> {
                    RetentionVerdict v = Retention.evaluate(k.register(), r, k.holdsOf(r), on);
                    if (v.verdict() == Verdict.MAY_ERASE || v.verdict() == Verdict.MUST_ERASE) {
                        RetentionRule rule = rule(k, r).get();
                        LocalDate trigger = r.triggers().get(rule.trigger().get()).get();
                        rule.minimum().forEach(min -> assertTrue(on.isAfter(trigger.plus(min)),
                                () -> "may-erase on " + on + ", minimum ends " + trigger.plus(min)));
                        if (rule.minimum().isEmpty() && rule.duration().isDefined()) {
                            assertTrue(on.isAfter(trigger.plus(rule.duration().get())), "no early erasure");
                        }
                    }
                })));
    }

    @Test
    void anActiveHoldAlwaysWins() {
        Property.forAll(cases(), Gens.elements(LegalHold.Reason.values()))
                .checkThat(t -> t.apply((k, reason) -> {
                    k.records().forEach(r -> {
                        LegalHold hold = LegalHold.onRecord("held", r.id(), reason, k.on().minusDays(1));
                        assertEquals(Verdict.ON_HOLD, Retention.evaluate(k.register(), r,
                                k.holdsOf(r).append(hold), k.on()).verdict());
                    });
                    return null;
                }));
    }

    @Test
    void aHoldLiftedAfterThePeriodMakesTheDataDueTheDayAfterTheLifting() {
        Property.forAll(cases(), Gens.oneOf(Gens.constant(0), Gens.constant(1), Gens.integers(0, 3000)))
                .checkThat(t -> t.apply((k, days) -> {
                    k.records().forEach(r -> {
                        RetentionVerdict free = Retention.evaluate(k.register(), r, List.empty(), k.on());
                        free.mustEraseFrom().forEach(mustFrom -> {
                            LocalDate lifted = mustFrom.plusDays(days);
                            LegalHold hold = new LegalHold("held", LegalHold.Scope.RECORD, r.id(),
                                    LegalHold.Reason.PENDING_LAWSUIT, RecordGens.FROM, Option.some(lifted));
                            assertEquals(Option.some(lifted.plusDays(1)), Retention.evaluate(k.register(), r,
                                    List.of(hold), lifted).mustEraseFrom());
                            assertFalse(Retention.evaluate(k.register(), r, List.of(hold), lifted).verdict()
                                    == Verdict.MUST_ERASE, "still there on the day of lifting");
                        });
                    });
                    return null;
                }));
    }

    @Test
    void theSweepGivesTheSameVerdictsAsEachRecordAloneInAnyOrderAndAnySplit() {
        Property.forAll(cases(), Gens.integers(0, 10), Gens.longs(0, Long.MAX_VALUE))
                .checkThat(t -> t.apply((k, splitAt, shuffleSeed) -> {
                    List<RetentionVerdict> alone = k.records().map(r -> Retention.evaluate(k.register(), r,
                            k.holdsOf(r), k.on()));
                    java.util.List<PersonalRecord> order = k.records().toJavaList();
                    java.util.Collections.shuffle(order, new java.util.Random(shuffleSeed));
                    List<PersonalRecord> shuffled = List.ofAll(order);
                    int split = Math.min(splitAt, shuffled.size());
                    java.util.List<RetentionVerdict> swept = new ArrayList<>();
                    RetentionSweep.Summary first = RetentionSweep.sweep(k.register(), shuffled.take(split).iterator(),
                            k::holdsOf, k.on(), swept::add);
                    RetentionSweep.Summary rest = RetentionSweep.sweep(k.register(), shuffled.drop(split).iterator(),
                            k::holdsOf, k.on(), swept::add);
                    assertEquals(alone.sortBy(RetentionVerdict::recordId),
                            List.ofAll(swept).sortBy(RetentionVerdict::recordId));
                    assertEquals(k.records().size(), first.total() + rest.total());
                    assertEquals(alone.count(v -> v.verdict() == Verdict.MUST_ERASE), first.mustErase() + rest.mustErase());
                    return null;
                }));
    }
}
