package io.github.grondslag.testkit.memory;

import io.github.grondslag.domain.port.RegisterSource;
import io.github.grondslag.domain.register.Register;

import java.util.Objects;

/** A register source that always gives the same register. */
public record FixedRegister(Register register) implements RegisterSource {
    public FixedRegister {
        Objects.requireNonNull(register, "register");
    }
}
