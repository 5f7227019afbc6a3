package io.github.grondslag.domain.retention;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.register.Purpose;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.register.RetentionAction;
import io.github.grondslag.domain.register.RetentionRule;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.time.Period;

/**
 * Evaluates retention (AVG 5(1)(e); docs/retention.md) for one record on one date. The convention, used
 * everywhere: a period of N after a trigger ends at the end of the day trigger + N, counted by
 * Regulation 1182/71 art. 3(2)(c) (same date, or the month's last day: 29 February + 7 years =
 * 28 February); the data may be kept through that day and must be gone from the next. A minimum
 * works the same way: erasure is allowed from the day after trigger + minimum; with only a maximum,
 * erasure is allowed from the trigger on. No roll-over for weekends or holidays: a maximum storage
 * period is not lengthened by a Sunday. An active legal hold keeps everything; a hold lifted after
 * the period ended makes the data due from the day after the lifting.
 */
public final class Retention {

    private Retention() {
    }

    /**
     * The verdict for a record on a date, given the holds that cover it (others are ignored). A record
     * whose purpose is not in the register, or for which no single retention rule applies, is retained
     * with that reason.
     *
     * @param register the controller's register of processing, with the purposes and retention rules
     * @param record the record
     * @param holds legal holds; only those that cover the record count
     * @param on the date to judge on
     * @return the verdict, with the dates from which the record may and must be erased when they are known
     */
    public static RetentionVerdict evaluate(Register register, PersonalRecord record, List<LegalHold> holds,
                                            LocalDate on) {
        Option<Purpose> purpose = register.purpose(record.purposeId());
        Option<RetentionRule> rule = purpose.flatMap(p -> ruleOf(register, p, record));
        if (rule.isEmpty()) {
            return retain(record, Option.none(), RetentionAction.ERASE, Citation.avg("5(1)(e)"), purpose.isEmpty()
                    ? "the purpose is not in the register"
                    : "no single retention rule applies: the record does not name one of its purpose's rules");
        }
        RetentionRule r = rule.get();
        List<LegalHold> covering = holds.filter(h -> h.covers(record));
        if (covering.exists(h -> h.activeOn(on))) {
            LegalHold.Reason reason = covering.filter(h -> h.activeOn(on)).head().reason();
            return new RetentionVerdict(record.id(), record.purposeId(), Option.some(r.id()),
                    RetentionVerdict.Verdict.ON_HOLD, Option.none(), Option.none(), r.action(), reason.citation(),
                    "a legal hold keeps the record (" + reason.name().toLowerCase().replace('_', ' ') + ")");
        }
        Option<LocalDate> trigger = r.trigger().flatMap(t -> record.triggers().get(t));
        if (trigger.isEmpty()) {
            return retain(record, Option.some(r.id()), r.action(), Citation.avg("5(1)(e)"), "the event the period runs"
                    + " from (" + r.trigger().map(t -> t.name().toLowerCase().replace('_', ' ')).getOrElse("none")
                    + ") has not happened");
        }
        Option<Period> end = r.duration().isDefined() && r.maximum().isDefined()
                ? Option.some(io.github.grondslag.domain.register.Periods.compare(r.duration().get(), r.maximum().get())
                <= 0 ? r.duration().get() : r.maximum().get())
                : r.duration().orElse(r.maximum());
        if (end.isEmpty()) {
            return retain(record, Option.some(r.id()), r.action(), Citation.avg("5(1)(e)"),
                    "the rule names no duration or maximum");
        }
        LocalDate mustFrom = trigger.get().plus(end.get()).plusDays(1);
        for (LegalHold h : covering) {
            if (h.lifted().isDefined() && !h.lifted().get().isBefore(mustFrom)) {
                mustFrom = h.lifted().get().plusDays(1);
            }
        }
        LocalDate mayFrom = r.minimum().map(m -> trigger.get().plus(m).plusDays(1))
                .getOrElse(r.duration().isDefined() ? mustFrom : trigger.get());
        if (mayFrom.isAfter(mustFrom)) {
            mayFrom = mustFrom;
        }
        Citation citation = new Citation("Regulation 1182/71", "3(2)(c)");
        if (!on.isBefore(mustFrom)) {
            return verdict(record, r, RetentionVerdict.Verdict.MUST_ERASE, mayFrom, mustFrom, Citation.avg("5(1)(e)"),
                    "the period ended on " + mustFrom.minusDays(1));
        }
        if (!on.isBefore(mayFrom)) {
            return verdict(record, r, RetentionVerdict.Verdict.MAY_ERASE, mayFrom, mustFrom, citation,
                    "inside the window: it may go now and must be gone from " + mustFrom);
        }
        return verdict(record, r, RetentionVerdict.Verdict.RETAIN, mayFrom, mustFrom, citation,
                "the period runs until " + mustFrom.minusDays(1));
    }

    /**
     * The rule of a record: the one it names, or the only one that applies to it. The rules that apply
     * are its purpose's own and those of the record's data categories (13(2)(a) allows a period per
     * category, docs/retention.md).
     */
    static Option<RetentionRule> ruleOf(Register register, Purpose purpose, PersonalRecord record) {
        List<String> applicable = categoriesHaveRules(register, record) ? purpose.retentionRules()
                .appendAll(record.dataCategories().flatMap(register::dataCategory).flatMap(c -> c.retentionRules()))
                .distinct() : purpose.retentionRules();
        if (record.retentionRule().isDefined()) {
            return record.retentionRule().filter(applicable::contains).flatMap(register::retentionRule);
        }
        return applicable.size() == 1 ? register.retentionRule(applicable.head()) : Option.none();
    }

    /** Whether any data category of the record has rules of its own; walks the list without allocating. */
    private static boolean categoriesHaveRules(Register register, PersonalRecord record) {
        for (List<String> l = record.dataCategories(); !l.isEmpty(); l = l.tail()) {
            Option<io.github.grondslag.domain.register.DataCategory> c = register.dataCategory(l.head());
            if (c.isDefined() && c.get().retentionRules().nonEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static RetentionVerdict retain(PersonalRecord record, Option<String> rule, RetentionAction action,
                                           Citation citation, String reason) {
        return new RetentionVerdict(record.id(), record.purposeId(), rule, RetentionVerdict.Verdict.RETAIN,
                Option.none(), Option.none(), action, citation, reason);
    }

    private static RetentionVerdict verdict(PersonalRecord record, RetentionRule r, RetentionVerdict.Verdict v,
                                            LocalDate mayFrom, LocalDate mustFrom, Citation citation, String reason) {
        return new RetentionVerdict(record.id(), record.purposeId(), Option.some(r.id()), v, Option.some(mayFrom),
                Option.some(mustFrom), r.action(), citation, reason);
    }
}
