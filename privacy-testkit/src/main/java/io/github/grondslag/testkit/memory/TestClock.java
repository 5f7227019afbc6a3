package io.github.grondslag.testkit.memory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves by hand; thread-safe. The domain reads time only through a Clock it is given. */
public final class TestClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    /**
     * A clock in UTC that stands at the given instant until a test moves it.
     *
     * @param start the instant the clock shows first
     */
    public TestClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    private TestClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    /**
     * Moves the clock to an instant, forward or back.
     *
     * @param instant the instant the clock shows from now on
     */
    public void set(Instant instant) {
        now = instant;
    }

    /**
     * Moves the clock forward (or back, for a negative duration).
     *
     * @param duration how far to move it
     */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
