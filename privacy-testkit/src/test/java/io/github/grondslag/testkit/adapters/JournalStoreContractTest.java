package io.github.grondslag.testkit.adapters;

import io.github.grondslag.adapters.json.store.JournalStore;
import io.github.grondslag.testkit.contract.StoreContract;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** The journal store keeps the store contract, and holds everything acknowledged across a close and reopen. */
class JournalStoreContractTest implements StoreContract {

    @TempDir
    Path root;

    private final AtomicInteger stores = new AtomicInteger();

    @Override
    public Store newStore() {
        JournalStore store = JournalStore.open(root.resolve("store-" + stores.incrementAndGet()));
        return Store.of(store, store);
    }

    @Override
    public Store reopen(Store store) {
        JournalStore old = (JournalStore) store.work();
        old.close();
        JournalStore reopened = JournalStore.open(old.directory());
        return Store.of(reopened, reopened);
    }
}
