package io.github.grondslag.adapters.json.store;

import io.github.grondslag.adapters.json.JsonMappers;
import io.github.grondslag.domain.port.Write;
import io.github.grondslag.domain.request.RightsRequest;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.collection.List;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the files of the per-file JSON stores of Grondslag 0.1 (one file per consent ledger, subject
 * state or rights request, named {@code kind-hash-hash.json}, format 1) as writes for the journal
 * store (docs/stores.md, "From the per-file stores"). The files are only read, never changed.
 */
final class PerFileStores {

    static final Pattern FILE = Pattern.compile("(consent|state|request)-[0-9a-f]{32}-[0-9a-f]{32}\\.json");

    record LedgerFile(int format, String subject, String purposeId, java.util.List<Documents.ConsentEventDoc> events) {
    }

    record StateFile(int format, String subject, long version, java.util.List<Documents.RestrictionDoc> restrictions,
                     java.util.List<Documents.ObjectionDoc> objections) {
    }

    record RequestFile(int format, String id, String subject, java.util.List<Documents.RequestEventDoc> events) {
    }

    private PerFileStores() {
    }

    /** Every aggregate in the directory, as a write on an empty store; a file that cannot be read is named. */
    static List<Write> read(Path directory) {
        java.util.List<Path> files;
        try (var list = Files.list(directory)) {
            files = list.filter(p -> FILE.matcher(p.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            throw new StoreError("cannot list " + directory + " (" + e.getClass().getSimpleName() + ")", e);
        }
        return List.ofAll(files).map(PerFileStores::write);
    }

    private static Write write(Path file) {
        Matcher m = FILE.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalStateException("a file of the per-file stores");
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return switch (m.group(1)) {
                case "consent" -> {
                    LedgerFile f = JsonMappers.MAPPER.readValue(bytes, LedgerFile.class);
                    formatOne(f.format(), file);
                    yield new Write.Consent(new ConsentLedger(SubjectId.of(f.subject()), f.purposeId(),
                            List.ofAll(f.events()).map(Documents::consent)), 0);
                }
                case "state" -> {
                    StateFile f = JsonMappers.MAPPER.readValue(bytes, StateFile.class);
                    formatOne(f.format(), file);
                    yield new Write.State(Documents.state(new Documents.StateDoc(f.subject(), f.version(),
                            f.restrictions(), f.objections())), 0);
                }
                default -> {
                    RequestFile f = JsonMappers.MAPPER.readValue(bytes, RequestFile.class);
                    formatOne(f.format(), file);
                    yield new Write.Request(new RightsRequest(f.id(), SubjectId.of(f.subject()),
                            List.ofAll(f.events()).map(Documents::request)), 0);
                }
            };
        } catch (StoreError e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new StoreError("cannot import " + file.getFileName() + ": not a readable file of the per-file"
                    + " stores (" + e.getClass().getSimpleName() + "); nothing of it was imported", e);
        }
    }

    private static void formatOne(int format, Path file) {
        if (format != 1) {
            throw new StoreError("cannot import " + file.getFileName() + ": format " + format + ", where 1 was"
                    + " expected");
        }
    }
}
