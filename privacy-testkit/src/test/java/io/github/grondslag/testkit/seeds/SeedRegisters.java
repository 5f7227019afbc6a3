package io.github.grondslag.testkit.seeds;

import io.github.grondslag.adapters.json.RegisterJson;
import io.github.grondslag.domain.register.Register;

import java.nio.file.Path;

/** The two seed registers in docs/registers, read from the working tree (Surefire runs in the module). */
final class SeedRegisters {

    static final Path DIR = Path.of("..", "docs", "registers");
    static final Path VGZ = DIR.resolve("vgz-zakelijk.json");
    static final Path ZORGGENOOT = DIR.resolve("zorggenoot.json");

    private SeedRegisters() {
    }

    static Register read(Path file) {
        return RegisterJson.read(file).getOrElseThrow(
                error -> new AssertionError(String.join("\n", RegisterJson.describe(error))));
    }
}
