package io.github.grondslag.testkit.bench;

import io.github.grondslag.domain.decision.Decider;
import io.github.grondslag.domain.decision.Decision;
import io.github.grondslag.domain.decision.Operation;
import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.check.RegisterCheck;
import io.github.grondslag.domain.register.RetentionTrigger;
import io.github.grondslag.domain.retention.Retention;
import io.github.grondslag.domain.retention.RetentionVerdict;
import io.github.grondslag.domain.subject.Channel;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.subject.SubjectState;
import io.github.grondslag.testkit.seeds.SeedRegistersAccess;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The hot paths against a baseline measured in the same run (docs/performance.md): the baseline is
 * the least any decision must do, one lookup of the purpose in an unmodifiable map.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DecisionBenchmark {

    private Map<String, Object> purposes;
    private Decider decider;
    private Register vgz;
    private Operation permitted;
    private Operation denied;
    private SubjectState state;
    private List<ConsentLedger> consents;
    private Instant at;
    private PersonalRecord record;
    private LocalDate on;

    @Setup
    public void setUp() {
        vgz = SeedRegistersAccess.vgz();
        decider = Decider.of(vgz);
        java.util.HashMap<String, Object> index = new java.util.HashMap<>();
        vgz.purposes().forEach(p -> index.put(p.id(), p));
        purposes = Map.copyOf(index);
        SubjectId subject = SubjectId.of("bench");
        at = Instant.parse("2026-06-01T10:00:00Z");
        permitted = Operation.use(subject, "employers", "vgz-vitality", List.of("contact-details"));
        denied = Operation.use(subject, "care-providers", "vgz-vitality", List.of("contact-details", "cookie-data"));
        state = SubjectState.empty(subject);
        consents = List.of(ConsentLedger.empty(subject, "vgz-vitality").give(vgz.purpose("vgz-vitality").get(),
                at.minusSeconds(86_400), Option.none(), Channel.PORTAL, "e").get());
        record = PersonalRecord.of("r", subject, "vgz-i-contracts", List.of("contact-details"),
                HashMap.of(RetentionTrigger.RELATIONSHIP_ENDED, LocalDate.of(2024, 2, 29)));
        on = LocalDate.of(2026, 6, 1);
    }

    @Benchmark
    public Object baselinePurposeLookup() {
        return purposes.get(permitted.purposeId());
    }

    @Benchmark
    public Decision decidePermitted() {
        return decider.decide(permitted, state, consents, at);
    }

    @Benchmark
    public Decision decideDenied() {
        return decider.decide(denied, state, consents, at);
    }

    @Benchmark
    public RetentionVerdict retentionEvaluate() {
        return Retention.evaluate(vgz, record, List.empty(), on);
    }

    @Benchmark
    public Object registerCheckOfVgz() {
        return RegisterCheck.check(vgz);
    }
}
