package io.github.grondslag.testkit.memory;

import io.github.grondslag.domain.port.RegisterSource;
import io.github.grondslag.domain.register.Register;

import java.util.Objects;

/**
 * A register source that always gives the same register: for tests and examples, where the register
 * does not change while the use cases run.
 *
 * @param register the register every use case is given
 */
public record FixedRegister(Register register) implements RegisterSource {
    /**
     * Checks that the register is there.
     *
     * @param register the register every use case is given
     * @throws NullPointerException if {@code register} is {@code null}
     */
    public FixedRegister {
        Objects.requireNonNull(register, "register");
    }
}
