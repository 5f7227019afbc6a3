package io.github.grondslag.testkit.seeds;

import io.github.grondslag.adapters.json.register.RegisterJson;
import io.github.grondslag.domain.register.Register;

import java.nio.file.Path;

/** The bundled registers in docs/registers (the two seeds and three statements of other controllers), read from the working tree (Surefire runs in the module). */
final class SeedRegisters {

    static final Path DIR = Path.of("..", "docs", "registers");
    static final Path VGZ = DIR.resolve("vgz-zakelijk.json");
    static final Path ZORGGENOOT = DIR.resolve("zorggenoot.json");
    static final Path CORONACHECK = DIR.resolve("nl-vws-coronacheck.json");
    static final Path RKI = DIR.resolve("de-rki-corona-warn-app.json");
    static final Path BOURSOBANK = DIR.resolve("fr-boursobank.json");
    /** Every bundled register. */
    static final java.util.List<Path> ALL = java.util.List.of(VGZ, ZORGGENOOT, CORONACHECK, RKI, BOURSOBANK);

    private SeedRegisters() {
    }

    static Register read(Path file) {
        return RegisterJson.read(file).getOrElseThrow(
                error -> new AssertionError(String.join("\n", RegisterJson.describe(error))));
    }
}
