package io.github.grondslag.testkit.adapters;

import io.github.grondslag.testkit.contract.StoreContract;
import io.github.grondslag.testkit.memory.InMemoryStore;

/** The in-memory store keeps the store contract (it keeps nothing across a restart, so reopening is a no-op). */
class InMemoryStoreContractTest implements StoreContract {

    @Override
    public Store newStore() {
        return Store.of(new InMemoryStore(), () -> { });
    }

    @Override
    public Store reopen(Store store) {
        return store;
    }
}
