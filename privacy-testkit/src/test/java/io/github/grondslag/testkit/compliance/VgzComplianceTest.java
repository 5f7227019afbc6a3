package io.github.grondslag.testkit.compliance;

import java.nio.file.Path;
import java.util.Set;

/** The compliance properties over the bundled VGZ register, as an insurer's build runs them. */
class VgzComplianceTest implements RegisterCompliance {

    @Override
    public Path registerFile() {
        return Path.of("..", "docs", "registers", "vgz-zakelijk.json");
    }

    /** The two errors of the statement as written (docs/registers/README.md), accepted here knowingly. */
    @Override
    public Set<String> acceptedFindings() {
        return Set.of("R4 purpose 'vgz-viii-fraud'", "R8 transfer 'vgz-non-eea-software'");
    }
}
