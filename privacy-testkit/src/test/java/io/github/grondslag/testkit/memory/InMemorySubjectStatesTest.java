package io.github.grondslag.testkit.memory;

import io.github.grondslag.domain.port.SubjectStates;
import io.github.grondslag.testkit.contract.SubjectStatesContract;

/** The in-memory subject-state store keeps the contract. */
class InMemorySubjectStatesTest implements SubjectStatesContract {
    @Override
    public SubjectStates newStore() {
        return new InMemorySubjectStates();
    }
}
