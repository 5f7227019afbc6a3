package io.github.grondslag.testkit.memory;

import io.github.grondslag.domain.audit.Pseudonyms;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.usecase.ConsentUseCases;
import io.github.grondslag.domain.usecase.ProcessingDecisions;
import io.github.grondslag.domain.usecase.SubjectRightsUseCases;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The use cases wired to the {@link InMemoryStore} and a {@link TestClock}: the whole library end to
 * end, in a few lines, for tests and examples.
 */
public final class InMemoryPrivacy {

    /** A fixed test key: a real controller keeps its own key outside the store. */
    public static final Pseudonyms TEST_PSEUDONYMS = Pseudonyms.withKey(
            "grondslag test key, never in production".getBytes(StandardCharsets.UTF_8));

    public final TestClock clock;
    public final InMemoryStore store = new InMemoryStore();
    public final ConsentUseCases consents;
    public final SubjectRightsUseCases rights;
    public final ProcessingDecisions decisions;

    public InMemoryPrivacy(Register register, Instant start) {
        this.clock = new TestClock(start);
        FixedRegister source = new FixedRegister(register);
        this.consents = new ConsentUseCases(source, store, store, TEST_PSEUDONYMS, clock);
        this.rights = new SubjectRightsUseCases(source, store, store, TEST_PSEUDONYMS, clock);
        this.decisions = new ProcessingDecisions(source, store, store, store, TEST_PSEUDONYMS, clock);
    }
}
