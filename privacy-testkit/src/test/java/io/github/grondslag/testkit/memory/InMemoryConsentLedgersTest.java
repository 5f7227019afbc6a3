package io.github.grondslag.testkit.memory;

import io.github.grondslag.domain.port.ConsentLedgers;
import io.github.grondslag.testkit.contract.ConsentLedgersContract;

/** The in-memory consent store keeps the contract. */
class InMemoryConsentLedgersTest implements ConsentLedgersContract {
    @Override
    public ConsentLedgers newStore() {
        return new InMemoryConsentLedgers();
    }
}
