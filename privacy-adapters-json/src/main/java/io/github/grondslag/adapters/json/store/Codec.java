package io.github.grondslag.adapters.json.store;

import io.github.grondslag.adapters.json.JsonMappers;
import io.github.grondslag.domain.port.TooLarge;
import io.github.grondslag.domain.port.Write;
import io.github.grondslag.domain.request.RightsRequest;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * A {@link Line} as bytes and back: {@code crc32 json\n}, the CRC-32 in eight hex digits over the JSON
 * that follows it. Encoding checks every limit the decoder enforces (strings, line length), so that
 * nothing is written that cannot be read back.
 */
final class Codec {

    /** The longest line written or read, in bytes: below the mapper's document limit. */
    static final int MAX_LINE_BYTES = 4 * 1024 * 1024;

    record WriteDoc(String kind, String subject, String purposeId, String requestId, long from,
                    java.util.List<Documents.ConsentEventDoc> consent, Documents.StateDoc state,
                    java.util.List<Documents.RequestEventDoc> request, Documents.HoldDoc hold) {
    }

    record LineDoc(long n, String mark, Long count, java.util.List<WriteDoc> writes,
                   java.util.List<Documents.AuditDoc> audit, java.util.List<Documents.NoticeDoc> notices,
                   java.util.List<String> sent, java.util.List<Documents.RecordDoc> records,
                   java.util.List<String> erased) {
    }

    private Codec() {
    }

    static Either<TooLarge, byte[]> encode(long n, Line line) {
        return encode(new LineDoc(n, null, null, line.writes().map(Codec::write).toJavaList(),
                line.audit().map(Documents::audit).toJavaList(), line.notices().map(Documents::notice).toJavaList(),
                line.sent().toJavaList(), line.records().map(Documents::record).toJavaList(),
                line.erased().toJavaList()));
    }

    static byte[] mark(long n, String mark, long count) {
        return encode(new LineDoc(n, mark, count, null, null, null, null, null, null))
                .getOrElseThrow(t -> new IllegalStateException("a mark line is small"));
    }

    private static Either<TooLarge, byte[]> encode(LineDoc doc) {
        JsonNode tree = JsonMappers.LINES.valueToTree(doc);
        Either<TooLarge, JsonNode> checked = longestString(tree, "$");
        if (checked.isLeft()) {
            return Either.left(checked.getLeft());
        }
        byte[] json = JsonMappers.LINES.writeValueAsBytes(tree);
        if (json.length > MAX_LINE_BYTES) {
            return Either.left(new TooLarge("the change as one journal line", json.length, MAX_LINE_BYTES));
        }
        CRC32 crc = new CRC32();
        crc.update(json);
        byte[] head = String.format("%08x ", crc.getValue()).getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + json.length + 1];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(json, 0, bytes, head.length, json.length);
        bytes[bytes.length - 1] = '\n';
        return Either.right(bytes);
    }

    /** The first string longer than the reader accepts, by its path (field names only, no values). */
    private static Either<TooLarge, JsonNode> longestString(JsonNode node, String path) {
        if (node.isString() && node.asString().length() > JsonMappers.MAX_STRING_LENGTH) {
            return Either.left(new TooLarge(path, node.asString().length(), JsonMappers.MAX_STRING_LENGTH));
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Either<TooLarge, JsonNode> e = longestString(node.get(i), path + "[" + i + "]");
                if (e.isLeft()) {
                    return e;
                }
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> f : node.properties()) {
                Either<TooLarge, JsonNode> e = longestString(f.getValue(), path + "." + f.getKey());
                if (e.isLeft()) {
                    return e;
                }
            }
        }
        return Either.right(node);
    }

    private static WriteDoc write(Write w) {
        if (w instanceof Write.Consent c) {
            ConsentLedger l = c.ledger();
            return new WriteDoc("consent", l.subject().value(), l.purposeId(), null, c.expectedVersion(),
                    l.events().drop((int) c.expectedVersion()).map(Documents::consent).toJavaList(), null, null, null);
        }
        if (w instanceof Write.State s) {
            return new WriteDoc("state", null, null, null, s.expectedVersion(), null, Documents.state(s.state()),
                    null, null);
        }
        if (w instanceof Write.Request r) {
            RightsRequest q = r.request();
            return new WriteDoc("request", q.subject().value(), null, q.id(), r.expectedVersion(), null, null,
                    q.events().drop((int) r.expectedVersion()).map(Documents::request).toJavaList(), null);
        }
        Write.Hold h = (Write.Hold) w;
        return new WriteDoc("hold", null, null, null, h.expectedVersion(), null, null, null,
                Documents.hold(h.hold()));
    }

    /**
     * The line's JSON after its checksum, or an exception naming what is wrong (never the content).
     */
    static LineDoc decode(byte[] buffer, int start, int end) {
        if (end - start < 10 || buffer[start + 8] != ' ') {
            throw new IllegalArgumentException("not a journal line");
        }
        String head = new String(buffer, start, 8, StandardCharsets.US_ASCII);
        long expected;
        try {
            expected = Long.parseLong(head, 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("no checksum");
        }
        CRC32 crc = new CRC32();
        crc.update(buffer, start + 9, end - start - 9);
        if (crc.getValue() != expected) {
            throw new IllegalArgumentException("checksum mismatch");
        }
        return JsonMappers.LINES.readValue(buffer, start + 9, end - start - 9, LineDoc.class);
    }

    /**
     * The step a decoded line stands for, with the consent ledgers and requests it extends taken from
     * the aggregates so far ({@code ledger}, {@code request}); a line that does not extend them is
     * refused.
     */
    static Line line(LineDoc d, BiFunction<SubjectId, String, ConsentLedger> ledger,
                     Function<String, io.vavr.control.Option<RightsRequest>> request) {
        List<Write> writes = List.ofAll(nonNull(d.writes())).map(w -> switch (w.kind()) {
            case "consent" -> {
                ConsentLedger before = ledger.apply(SubjectId.of(w.subject()), w.purposeId());
                if (before.version() != w.from()) {
                    throw new IllegalArgumentException("a consent line does not follow the ledger's version");
                }
                yield (Write) new Write.Consent(new ConsentLedger(before.subject(), before.purposeId(),
                        before.events().appendAll(List.ofAll(w.consent()).map(Documents::consent))), w.from());
            }
            case "state" -> new Write.State(Documents.state(w.state()), w.from());
            case "request" -> {
                io.vavr.control.Option<RightsRequest> before = request.apply(w.requestId());
                if (before.map(r -> (long) r.events().size()).getOrElse(0L) != w.from()) {
                    throw new IllegalArgumentException("a request line does not follow the request's version");
                }
                yield new Write.Request(new RightsRequest(w.requestId(), SubjectId.of(w.subject()),
                        before.map(RightsRequest::events).getOrElse(List.empty())
                                .appendAll(List.ofAll(w.request()).map(Documents::request))), w.from());
            }
            case "hold" -> new Write.Hold(Documents.hold(w.hold()), w.from());
            default -> throw new IllegalArgumentException("unknown write kind");
        });
        return new Line(writes, List.ofAll(nonNull(d.audit())).map(Documents::audit),
                List.ofAll(nonNull(d.notices())).map(Documents::notice), List.ofAll(nonNull(d.sent())),
                List.ofAll(nonNull(d.records())).map(Documents::record), List.ofAll(nonNull(d.erased())));
    }

    private static <T> java.util.List<T> nonNull(java.util.List<T> list) {
        return list == null ? java.util.List.of() : list;
    }
}
