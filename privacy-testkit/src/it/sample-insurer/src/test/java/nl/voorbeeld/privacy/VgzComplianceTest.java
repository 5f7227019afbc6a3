package nl.voorbeeld.privacy;

import io.github.grondslag.testkit.compliance.RegisterCompliance;

import java.nio.file.Path;
import java.util.Set;

/** The compliance properties over the VGZ register bundled with the library, its two errors accepted. */
class VgzComplianceTest implements RegisterCompliance {

    @Override
    public Path registerFile() {
        return Path.of(System.getProperty("grondslag.registers"), "vgz-zakelijk.json");
    }

    @Override
    public Set<String> acceptedFindings() {
        return Set.of("R4 purpose 'vgz-viii-fraud'", "R8 transfer 'vgz-non-eea-software'");
    }
}
