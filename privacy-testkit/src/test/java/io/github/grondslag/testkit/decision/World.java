package io.github.grondslag.testkit.decision;

import io.github.grondslag.testkit.Grondslag;
import io.github.grondslag.domain.decision.Decider;
import io.github.grondslag.domain.decision.Decision;
import io.github.grondslag.domain.decision.Operation;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.subject.SubjectState;
import io.github.grondslag.testkit.generators.RegisterGens;
import io.github.grondslag.testkit.generators.SubjectGens;
import io.github.grondslag.testkit.property.Gen;

import java.time.Instant;

/** A register, a subject's state and consents, an operation and an instant: one decision to make. */
record World(Register register, SubjectState state, io.vavr.collection.List<ConsentLedger> consents,
             Operation operation, Instant at) {

    /**
     * Worlds whose registers may lack a purpose's basis, 9(2) condition or art. 10 authorisation
     * ({@link RegisterGens#registerWithGaps()}), and whose operations may use a subject category or
     * data categories the purpose does not declare ({@link SubjectGens#operation}).
     */
    static Gen<World> worlds() {
        return c -> {
            Register register = Grondslag.registersWithGaps().generate(c);
            SubjectId subject = Grondslag.subjects().generate(c);
            return new World(register, Grondslag.subjectStates(subject, register).generate(c),
                    SubjectGens.ledgers(subject, register).generate(c),
                    Grondslag.operations(subject, register).generate(c), SubjectGens.instants().generate(c));
        };
    }

    Decision decide() {
        return Decider.of(register).decide(operation, state, consents, at);
    }

    World with(Operation op) {
        return new World(register, state, consents, op, at);
    }

    World with(SubjectState s) {
        return new World(register, s, consents, operation, at);
    }

    World with(io.vavr.collection.List<ConsentLedger> ledgers) {
        return new World(register, state, ledgers, operation, at);
    }

    World at(Instant instant) {
        return new World(register, state, consents, operation, instant);
    }

    @Override
    public String toString() {
        return "World[" + register + ", purpose " + operation.purposeId() + ", data " + operation.dataCategories()
                + ", " + state.restrictions().size() + " restrictions, " + state.objections().size() + " objections, "
                + consents.size() + " ledgers, at " + at + "]";
    }
}
