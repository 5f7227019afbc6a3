package nl.voorbeeld.privacy;

import io.github.grondslag.adapters.json.store.AggregateStore;
import io.github.grondslag.adapters.json.store.Line;
import io.github.grondslag.domain.port.NotCommitted;
import io.github.grondslag.domain.port.TooLarge;
import io.vavr.control.Either;

/**
 * This insurer's own (toy) adapter: every port in memory, with a limit of its own: a change of more
 * than 50 audit entries is refused, as its database would.
 */
final class ToyStore extends AggregateStore {

    private long steps;

    @Override
    protected Either<NotCommitted, Long> write(Line line) {
        if (line.audit().size() > 50) {
            return Either.left(new TooLarge("audit entries of one change", line.audit().size(), 50));
        }
        return Either.right(++steps);
    }

    @Override
    protected void awaitDurable(long ticket) {
        // in memory: nothing to wait for
    }
}
