package io.github.grondslag.domain.register;

import io.github.grondslag.domain.law.DataSubjectRight;
import io.github.grondslag.domain.law.LawfulBasis;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.time.Period;

/** A small lawful register to start the examples from. */
final class Drafts {

    private Drafts() {
    }

    static Purpose contractPurpose(String id) {
        return new Purpose(id, "Administration", "", List.of(LawfulBasis.CONTRACT), List.of("contact"),
                List.of("partners"), List.empty(), List.of("contract-7y"), Option.none(), Option.none(),
                Option.none(), Option.none(), Option.none(), false, false, HashSet.empty(), Option.some("§I"));
    }

    static RegisterDraft lawful() {
        return new RegisterDraft(
                new Controller("Insurer U.A.", Option.none(), Option.some("Postbus 1, Arnhem"),
                        Option.some("privacy@insurer.example"), Option.some("dpo@insurer.example"), Option.none(),
                        Option.none()),
                Option.some(LocalDate.of(2025, 12, 22)),
                List.of(new SubjectCategory("partners", "Contact persons of partners", Option.none())),
                List.of(new DataCategory("contact", "Contact details", DataClass.ORDINARY, Option.none(),
                        Option.none())),
                List.empty(),
                List.empty(),
                List.of(new RetentionRule("contract-7y", "7 years after the relationship ends",
                        Option.some(RetentionTrigger.RELATIONSHIP_ENDED), Option.some(Period.ofYears(7)),
                        Option.none(), Option.none(), RetentionAction.ERASE, false, Option.none())),
                List.of(contractPurpose("p1")),
                LinkedHashSet.of(DataSubjectRight.values()),
                Option.none(),
                Option.some(new ResponsePolicy(Period.ofMonths(1), Period.ofMonths(1), Option.some(Period.ofDays(14)),
                        Option.none())));
    }

    static Register build(RegisterDraft draft) {
        var built = Register.of(draft);
        if (built.isInvalid()) {
            throw new AssertionError("invalid: " + built.getError());
        }
        return built.get();
    }
}
