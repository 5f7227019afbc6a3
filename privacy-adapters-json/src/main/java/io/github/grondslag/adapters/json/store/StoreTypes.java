package io.github.grondslag.adapters.json.store;

import io.github.grondslag.domain.audit.AuditChain;
import io.github.grondslag.domain.audit.AuditEntry;
import io.github.grondslag.domain.audit.ChainedEntry;
import io.github.grondslag.domain.notice.Notice;
import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.request.RequestEvent;
import io.github.grondslag.domain.request.RightsRequest;
import io.github.grondslag.domain.retention.LegalHold;
import io.github.grondslag.domain.subject.ConsentEvent;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.subject.SubjectState;
import io.vavr.collection.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

import java.util.function.Function;

/**
 * The JSON form of every value the stores keep (the same as in the journal, docs/stores.md), as
 * serializers and deserializers for a Jackson module ({@link io.github.grondslag.adapters.json.GrondslagModule}).
 */
public final class StoreTypes {

    record LedgerDoc(String subject, String purposeId, java.util.List<Documents.ConsentEventDoc> events) {
    }

    record RequestDoc(String id, String subject, java.util.List<Documents.RequestEventDoc> events) {
    }

    private StoreTypes() {
    }

    /**
     * Adds the serializers and deserializers of the store's types to the module.
     *
     * @param module the Jackson module to add them to, e.g. a {@code GrondslagModule}
     */
    public static void addTo(SimpleModule module) {
        add(module, ConsentEvent.class, Documents.ConsentEventDoc.class, Documents::consent, Documents::consent);
        add(module, ConsentLedger.class, LedgerDoc.class, l -> new LedgerDoc(l.subject().value(), l.purposeId(),
                        l.events().map(Documents::consent).toJavaList()),
                d -> new ConsentLedger(SubjectId.of(d.subject()), d.purposeId(), List.ofAll(d.events())
                        .map(Documents::consent)));
        add(module, SubjectState.class, Documents.StateDoc.class, Documents::state, Documents::state);
        add(module, RequestEvent.class, Documents.RequestEventDoc.class, Documents::request, Documents::request);
        add(module, RightsRequest.class, RequestDoc.class, r -> new RequestDoc(r.id(), r.subject().value(),
                        r.events().map(Documents::request).toJavaList()),
                d -> new RightsRequest(d.id(), SubjectId.of(d.subject()), List.ofAll(d.events())
                        .map(Documents::request)));
        add(module, LegalHold.class, Documents.HoldDoc.class, Documents::hold, Documents::hold);
        add(module, Notice.class, Documents.NoticeDoc.class, Documents::notice, Documents::notice);
        add(module, ChainedEntry.class, Documents.AuditDoc.class, Documents::audit, Documents::audit);
        // an entry out of its chain: written as one at place 0, with no links
        add(module, AuditEntry.class, Documents.AuditDoc.class,
                e -> Documents.audit(new ChainedEntry(0, e, AuditChain.GENESIS, AuditChain.GENESIS)),
                d -> Documents.audit(d).entry());
        add(module, PersonalRecord.class, Documents.RecordDoc.class, Documents::record, Documents::record);
    }

    private static <T, D> void add(SimpleModule module, Class<T> type, Class<D> doc, Function<T, D> to,
                                   Function<D, T> from) {
        module.addSerializer(type, new ValueSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
                ctxt.writeValue(gen, to.apply(value));
            }
        });
        module.addDeserializer(type, new ValueDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) {
                D read = ctxt.readValue(p, doc);
                try {
                    return from.apply(read);
                } catch (RuntimeException e) {
                    // a value the domain refuses (an illegal history, a missing field): said without the content
                    throw tools.jackson.databind.exc.ValueInstantiationException.from(p, "not a valid "
                            + type.getSimpleName() + " (" + e.getClass().getSimpleName() + ")", ctxt.constructType(
                            type), null);
                }
            }
        });
    }
}
