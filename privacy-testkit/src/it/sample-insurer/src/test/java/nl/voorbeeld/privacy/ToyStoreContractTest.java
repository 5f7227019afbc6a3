package nl.voorbeeld.privacy;

import io.github.grondslag.testkit.contract.StoreContract;

/** The library's store contract, run against this insurer's own adapter. */
class ToyStoreContractTest implements StoreContract {

    @Override
    public Store newStore() {
        ToyStore store = new ToyStore();
        return Store.of(store, () -> { });
    }

    @Override
    public Store reopen(Store store) {
        return store;
    }
}
