package io.github.grondslag.testkit.memory;

import io.github.grondslag.domain.port.RightsRequests;
import io.github.grondslag.testkit.contract.RightsRequestsContract;

/** The in-memory request store keeps the contract. */
class InMemoryRightsRequestsTest implements RightsRequestsContract {
    @Override
    public RightsRequests newStore() {
        return new InMemoryRightsRequests();
    }
}
