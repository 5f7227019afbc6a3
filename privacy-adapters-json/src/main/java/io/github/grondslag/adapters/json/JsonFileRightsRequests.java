package io.github.grondslag.adapters.json;

import io.github.grondslag.domain.port.ConcurrentChange;
import io.github.grondslag.domain.port.RightsRequests;
import io.github.grondslag.domain.request.RefusalGround;
import io.github.grondslag.domain.request.RequestEvent;
import io.github.grondslag.domain.request.RequestType;
import io.github.grondslag.domain.request.RightsRequest;
import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Rights requests as durable JSON files, one per request ({@link JsonFileStore}). A stored history
 * is rebuilt through the request's canonical constructor, which refuses an illegal one.
 */
public final class JsonFileRightsRequests implements RightsRequests {

    record EventDoc(String type, String at, String requestType, String information, Integer months, String reason,
                    String ground) {
    }

    record RequestDoc(int format, String id, String subject, java.util.List<EventDoc> events) {
    }

    private static final String REQUESTS = "requests";

    private final JsonFileStore<RightsRequest, RequestDoc> store;

    public JsonFileRightsRequests(Path directory) {
        this.store = new JsonFileStore<>(directory, "request", "rights request", RequestDoc.class,
                JsonFileRightsRequests::document, JsonFileRightsRequests::request, r -> r.events().size());
    }

    @Override
    public Option<RightsRequest> find(String id) {
        return store.find(REQUESTS, id);
    }

    @Override
    public List<RightsRequest> open() {
        return store.all(REQUESTS).filter(r -> !r.status().isClosed()).sortBy(RightsRequest::receivedAt);
    }

    @Override
    public Either<ConcurrentChange, RightsRequest> save(RightsRequest request, long expectedVersion) {
        return store.save(REQUESTS, request.id(), request, expectedVersion);
    }

    private static RequestDoc document(RightsRequest r) {
        return new RequestDoc(1, r.id(), r.subject().value(), r.events().map(JsonFileRightsRequests::event).toJavaList());
    }

    private static EventDoc event(RequestEvent e) {
        String at = e.at().toString();
        if (e instanceof RequestEvent.Received x) {
            return new EventDoc("received", at, x.type().name(), null, null, null, null);
        }
        if (e instanceof RequestEvent.InformationRequested x) {
            return new EventDoc("information-requested", at, null, x.what().name(), null, null, null);
        }
        if (e instanceof RequestEvent.Extended x) {
            return new EventDoc("extended", at, null, null, x.months(), x.reason().name(), null);
        }
        if (e instanceof RequestEvent.PartlyGranted x) {
            return new EventDoc("partly-granted", at, null, null, null, null, x.ground().name());
        }
        if (e instanceof RequestEvent.Refused x) {
            return new EventDoc("refused", at, null, null, null, null, x.ground().name());
        }
        if (e instanceof RequestEvent.InformationReceived) {
            return new EventDoc("information-received", at, null, null, null, null, null);
        }
        if (e instanceof RequestEvent.Started) {
            return new EventDoc("started", at, null, null, null, null, null);
        }
        if (e instanceof RequestEvent.Completed) {
            return new EventDoc("completed", at, null, null, null, null, null);
        }
        if (e instanceof RequestEvent.Withdrawn) {
            return new EventDoc("withdrawn", at, null, null, null, null, null);
        }
        throw new IllegalArgumentException("no file form for " + e.getClass().getSimpleName());
    }

    private static Option<RightsRequest> request(RequestDoc d) {
        if (d.format() != 1) {
            return Option.none();
        }
        return Option.some(new RightsRequest(d.id(), SubjectId.of(d.subject()), List.ofAll(d.events()).map(e -> {
            Instant at = Instant.parse(e.at());
            return switch (e.type()) {
                case "received" -> new RequestEvent.Received(at, RequestType.valueOf(e.requestType()));
                case "information-requested" -> new RequestEvent.InformationRequested(at,
                        RequestEvent.Information.valueOf(e.information()));
                case "information-received" -> new RequestEvent.InformationReceived(at);
                case "started" -> new RequestEvent.Started(at);
                case "extended" -> new RequestEvent.Extended(at, e.months(),
                        RequestEvent.ExtensionReason.valueOf(e.reason()));
                case "completed" -> new RequestEvent.Completed(at);
                case "partly-granted" -> new RequestEvent.PartlyGranted(at, RefusalGround.valueOf(e.ground()));
                case "refused" -> new RequestEvent.Refused(at, RefusalGround.valueOf(e.ground()));
                case "withdrawn" -> new RequestEvent.Withdrawn(at);
                default -> throw new IllegalArgumentException("unknown request event type");
            };
        })));
    }
}
