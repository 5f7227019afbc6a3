package io.github.grondslag.adapters.json;

import io.github.grondslag.domain.port.ConcurrentChange;
import io.github.grondslag.domain.port.SubjectStates;
import io.github.grondslag.domain.subject.Objection;
import io.github.grondslag.domain.subject.OverrideGround;
import io.github.grondslag.domain.subject.Restriction;
import io.github.grondslag.domain.subject.RestrictionGround;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.subject.SubjectState;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.nio.file.Path;
import java.time.Instant;

/** Subjects' restrictions and objections as durable JSON files, one per subject ({@link JsonFileStore}). */
public final class JsonFileSubjectStates implements SubjectStates {

    record RestrictionDoc(String id, String ground, String from, String liftedAt,
                          java.util.List<String> consentedPurposes) {
    }

    record ObjectionDoc(String purposeId, String received, boolean directMarketing, String outcome, String decidedAt,
                        String overrideGround) {
    }

    record StateDoc(int format, String subject, long version, java.util.List<RestrictionDoc> restrictions,
                    java.util.List<ObjectionDoc> objections) {
    }

    private static final String STATE = "state";

    private final JsonFileStore<SubjectState, StateDoc> store;

    public JsonFileSubjectStates(Path directory) {
        this.store = new JsonFileStore<>(directory, "state", "subject state", StateDoc.class,
                JsonFileSubjectStates::document, JsonFileSubjectStates::state, SubjectState::version);
    }

    @Override
    public SubjectState state(SubjectId subject) {
        return store.find(subject.value(), STATE).getOrElse(() -> SubjectState.empty(subject));
    }

    @Override
    public Either<ConcurrentChange, SubjectState> save(SubjectState state, long expectedVersion) {
        return store.save(state.subject().value(), STATE, state, expectedVersion);
    }

    private static StateDoc document(SubjectState s) {
        return new StateDoc(1, s.subject().value(), s.version(),
                s.restrictions().map(r -> new RestrictionDoc(r.id(), r.ground().name(), r.from().toString(),
                        r.liftedAt().map(Instant::toString).getOrNull(),
                        r.consentedPurposes().toList().sorted().toJavaList())).toJavaList(),
                s.objections().map(o -> {
                    Objection.Outcome out = o.outcome();
                    return out instanceof Objection.Outcome.Upheld u
                            ? new ObjectionDoc(o.purposeId(), o.received().toString(), o.directMarketing(), "upheld",
                            u.at().toString(), null)
                            : out instanceof Objection.Outcome.Overridden x
                            ? new ObjectionDoc(o.purposeId(), o.received().toString(), o.directMarketing(),
                            "overridden", x.at().toString(), x.ground().name())
                            : new ObjectionDoc(o.purposeId(), o.received().toString(), o.directMarketing(), "pending",
                            null, null);
                }).toJavaList());
    }

    private static Option<SubjectState> state(StateDoc d) {
        if (d.format() != 1) {
            return Option.none();
        }
        List<Restriction> restrictions = List.ofAll(d.restrictions()).map(r -> new Restriction(r.id(),
                RestrictionGround.valueOf(r.ground()), Instant.parse(r.from()),
                Option.of(r.liftedAt()).map(Instant::parse), HashSet.ofAll(r.consentedPurposes())));
        List<Objection> objections = List.ofAll(d.objections()).map(o -> new Objection(o.purposeId(),
                Instant.parse(o.received()), o.directMarketing(), switch (o.outcome()) {
                    case "upheld" -> new Objection.Outcome.Upheld(Instant.parse(o.decidedAt()));
                    case "overridden" -> new Objection.Outcome.Overridden(Instant.parse(o.decidedAt()),
                            OverrideGround.valueOf(o.overrideGround()));
                    case "pending" -> new Objection.Outcome.Pending();
                    default -> throw new IllegalArgumentException("unknown objection outcome");
                }));
        return Option.some(new SubjectState(SubjectId.of(d.subject()), restrictions, objections, d.version()));
    }
}
