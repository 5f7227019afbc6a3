package io.github.grondslag.domain.port;

/** Test-only fixture: a port that is a class, not an interface. */
final class BadPortFixture {
    String name() {
        return "bad";
    }
}
