package io.github.grondslag.testkit.adapters;

import io.github.grondslag.adapters.json.JsonFileSubjectStates;
import io.github.grondslag.domain.port.SubjectStates;
import io.github.grondslag.domain.subject.OverrideGround;
import io.github.grondslag.domain.subject.RestrictionGround;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.subject.SubjectState;
import io.github.grondslag.testkit.contract.SubjectStatesContract;
import io.github.grondslag.testkit.seeds.SeedRegistersAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The durable JSON-file subject-state store keeps the contract and reads back every kind of state. */
class JsonFileSubjectStatesTest implements SubjectStatesContract {

    @TempDir
    Path dir;

    private int stores;

    @Override
    public SubjectStates newStore() {
        return new JsonFileSubjectStates(dir.resolve("store-" + stores++));
    }

    @Test
    void restrictionsAndEveryKindOfObjectionAreReadBackEqual() {
        SubjectId s = SubjectId.of("relation-4711");
        Instant t = Instant.parse("2026-03-02T09:00:00Z");
        var vgz = SeedRegistersAccess.vgz();
        SubjectState state = SubjectState.empty(s)
                .restrict("r1", RestrictionGround.ACCURACY_CONTESTED, t).get()
                .consentDespiteRestriction("r1", "vgz-ii-administration", t.plusSeconds(60)).get()
                .lift("r1", t.plusSeconds(3600)).get()
                .object(vgz.purpose("vgz-iv-relationship").get(), t).get()
                .override("vgz-iv-relationship", OverrideGround.LEGAL_CLAIMS, t.plusSeconds(7200)).get()
                .object(vgz.purpose("vgz-x-it-systems").get(), t).get()
                .uphold("vgz-x-it-systems", t.plusSeconds(9000)).get()
                .object(vgz.purpose("vgz-xi-security").get(), t).get();
        new JsonFileSubjectStates(dir).save(state, 0);
        assertEquals(state, new JsonFileSubjectStates(dir).state(s));
    }
}
