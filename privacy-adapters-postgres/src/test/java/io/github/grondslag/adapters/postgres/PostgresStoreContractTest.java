package io.github.grondslag.adapters.postgres;

import io.github.grondslag.testkit.contract.StoreContract;

/**
 * The PostgreSQL store keeps the store contract of the testkit (docs/stores.md, "Contract suites"): every
 * {@link #newStore()} is a schema of its own, migrated by Flyway, on the one PostgreSQL of the build; a
 * reopened store is a new {@link PostgresStore} on a new pool of the same schema.
 */
class PostgresStoreContractTest implements StoreContract {

    @Override
    public Store newStore() {
        Pool pool = TestPostgres.pool(TestPostgres.migratedSchema());
        return Store.of(new PostgresStore(pool), pool);
    }

    @Override
    public Store reopen(Store store) {
        Pool old = (Pool) store.closer();
        old.close();
        Pool pool = old.again();
        return Store.of(new PostgresStore(pool), pool);
    }
}
