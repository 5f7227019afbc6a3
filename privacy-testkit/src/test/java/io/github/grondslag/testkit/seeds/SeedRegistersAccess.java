package io.github.grondslag.testkit.seeds;

import io.github.grondslag.domain.register.Register;

/** The seed registers, for tests in other packages. */
public final class SeedRegistersAccess {

    private SeedRegistersAccess() {
    }

    public static Register vgz() {
        return SeedRegisters.read(SeedRegisters.VGZ);
    }

    public static Register zorggenoot() {
        return SeedRegisters.read(SeedRegisters.ZORGGENOOT);
    }
}
