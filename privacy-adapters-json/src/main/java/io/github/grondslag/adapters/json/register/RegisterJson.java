package io.github.grondslag.adapters.json.register;

import io.github.grondslag.adapters.json.JsonMappers;

import io.github.grondslag.domain.register.Register;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and writes a register of processing as JSON (format: docs/register-format.md).
 *
 * <p>Reading never throws for bad input and never returns part of a register: it gives the
 * register, or a {@link RegisterReadError} with every problem found, each naming its JSON path.
 * Messages name fields and expected types, never the document's values.
 */
public final class RegisterJson {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterJson.class);

    private RegisterJson() {
    }

    /**
     * Reads the register in a file, in format version 2 or 1. Never throws for a missing,
     * unreadable, oversized or invalid file.
     *
     * @param file the register's JSON file (UTF-8)
     * @return the register, or why it cannot be read: {@code NOT_FOUND}, {@code NOT_READABLE} or
     *         {@code INVALID}, with every problem and its JSON path
     */
    public static Either<RegisterReadError, Register> read(Path file) {
        String name = file.toString();
        try {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    return fail(RegisterReadError.Kind.NOT_READABLE, name, "$", "a symbolic link whose target is"
                            + " missing");
                }
                return fail(RegisterReadError.Kind.NOT_FOUND, name, "$", "no such file");
            }
            if (!attributes.isRegularFile()) {
                return fail(RegisterReadError.Kind.NOT_READABLE, name, "$", "not a regular file");
            }
            if (attributes.size() > JsonMappers.MAX_DOCUMENT_BYTES) {
                return fail(RegisterReadError.Kind.NOT_READABLE, name, "$",
                        "the file is larger than the " + JsonMappers.MAX_DOCUMENT_BYTES / (1024 * 1024)
                                + " MiB a register may be");
            }
            return parse(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return fail(RegisterReadError.Kind.NOT_FOUND, name, "$", "no such file");
        } catch (AccessDeniedException e) {
            return fail(RegisterReadError.Kind.NOT_READABLE, name, "$", "permission denied (the file, or a"
                    + " directory on its path)");
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? "" : e.getReason();
            return fail(RegisterReadError.Kind.NOT_READABLE, name, "$", reason.toLowerCase(java.util.Locale.ROOT)
                    .contains("symbolic links") ? "a loop of symbolic links" : "cannot be read (the system refused it)");
        } catch (SecurityException e) {
            return fail(RegisterReadError.Kind.NOT_READABLE, name, "$", "cannot be read (a security manager refused"
                    + " it)");
        } catch (IOException e) {
            return fail(RegisterReadError.Kind.NOT_READABLE, name, "$", "cannot be read (an input or output error)");
        }
    }

    /**
     * Why the bytes are not UTF-8 as RFC 8259 section 8.1 requires of a register, if they are not: a
     * byte-order mark, the zero bytes of UTF-16 or UTF-32, or an invalid (also overlong) UTF-8 sequence.
     */
    static io.vavr.control.Option<String> encodingProblem(byte[] b) {
        int n = b.length;
        if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff) {
            return io.vavr.control.Option.some("UTF-32 (big-endian, with a byte-order mark)");
        }
        if (n >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0) {
            return io.vavr.control.Option.some("UTF-32 (little-endian, with a byte-order mark)");
        }
        if (n >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return io.vavr.control.Option.some("UTF-16 (big-endian, with a byte-order mark)");
        }
        if (n >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return io.vavr.control.Option.some("UTF-16 (little-endian, with a byte-order mark)");
        }
        if (n >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return io.vavr.control.Option.some("UTF-8 with a byte-order mark, which RFC 8259 does not allow");
        }
        if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
            return io.vavr.control.Option.some("UTF-32 (big-endian)");
        }
        if (n >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
            return io.vavr.control.Option.some("UTF-32 (little-endian)");
        }
        if (n >= 2 && b[0] == 0 && b[1] != 0) {
            return io.vavr.control.Option.some("UTF-16 (big-endian)");
        }
        if (n >= 2 && b[0] != 0 && b[1] == 0) {
            return io.vavr.control.Option.some("UTF-16 (little-endian)");
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return io.vavr.control.Option.none();
        } catch (CharacterCodingException e) {
            return io.vavr.control.Option.some("not valid UTF-8 (an invalid or overlong byte sequence)");
        }
    }

    /**
     * Reads a register from the bytes of a JSON document, as strictly as {@link #read(Path)}.
     *
     * @param name the name of the document, used in errors only (e.g. a file name or an upload's label)
     * @param json the document, in UTF-8 without a byte-order mark
     * @return the register, or why the document is not one, with every problem and its JSON path
     */
    public static Either<RegisterReadError, Register> parse(String name, byte[] json) {
        if (json.length > JsonMappers.MAX_DOCUMENT_BYTES) {
            return fail(RegisterReadError.Kind.NOT_READABLE, name, "$", "the document is larger than "
                    + JsonMappers.MAX_DOCUMENT_BYTES / (1024 * 1024) + " MiB");
        }
        io.vavr.control.Option<String> encoding = encodingProblem(json);
        if (encoding.isDefined()) {
            return fail(RegisterReadError.Kind.INVALID, name, "$", "a register is UTF-8 (RFC 8259 section 8.1);"
                    + " this file is " + encoding.get());
        }
        if (isBlank(json)) {
            return fail(RegisterReadError.Kind.INVALID, name, "$", "the file is empty");
        }
        JsonNode tree;
        try {
            tree = JsonMappers.MAPPER.readTree(json);
        } catch (JacksonException e) {
            LOG.debug("register {} rejected: {}", name, e.getClass().getSimpleName());
            return Either.left(new RegisterReadError(RegisterReadError.Kind.INVALID, name,
                    List.of(problem(e, json.length))));
        }
        return RegisterReader.read(tree)
                .mapLeft(problems -> new RegisterReadError(RegisterReadError.Kind.INVALID, name, problems));
    }

    /**
     * {@return the register as a JSON document in the current format version (2), which
     * {@link #parse} reads back to an equal register}
     *
     * @param register the register to write
     */
    public static String write(Register register) {
        return JsonMappers.MAPPER.writeValueAsString(RegisterWriter.document(register));
    }

    private static boolean isBlank(byte[] json) {
        return new String(json, StandardCharsets.UTF_8).isBlank();
    }

    private static Either<RegisterReadError, Register> fail(
            RegisterReadError.Kind kind, String name, String path, String message) {
        return Either.left(new RegisterReadError(kind, name, List.of(new JsonProblem(path, message))));
    }

    /** One problem for a Jackson failure on a document of {@code length} bytes. */
    static JsonProblem problem(JacksonException e, int length) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        long offset = e.getLocation() == null ? -1 : Math.max(e.getLocation().getByteOffset(),
                e.getLocation().getCharOffset());
        String token = original.startsWith("Unrecognized token '") && original.indexOf('\'', 20) > 20
                ? original.substring(20, original.indexOf('\'', 20)) : null;
        boolean cutLiteral = token != null && !token.isEmpty() && offset >= 0 && offset + token.length() >= length
                && ("true".startsWith(token) || "false".startsWith(token) || "null".startsWith(token));
        if (cutLiteral) {
            return new JsonProblem(where(e, path(e)), "not valid JSON: the document ends too early, inside"
                    + " true, false or null (is it truncated?)");
        }
        if (e instanceof StreamReadException && !(e instanceof StreamConstraintsException)
                && offset >= 0 && offset >= length - 1) {
            return new JsonProblem(where(e, path(e)), "not valid JSON: the document ends too early (is it"
                    + " truncated?)");
        }
        return problem(e);
    }

    /** One problem for a Jackson failure: where, and what, without echoing the input. */
    static JsonProblem problem(JacksonException e) {
        String path = path(e);
        if (e instanceof tools.jackson.core.exc.InputCoercionException) {
            return new JsonProblem(where(e, path), "the number is out of range here");
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return new JsonProblem(path, "unknown field '" + u.getPropertyName() + "'; expected one of "
                    + u.getKnownPropertyIds());
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Trailing token")) {
            return new JsonProblem(where(e, path), "unexpected content after the end of the register object");
        }
        if (e instanceof MismatchedInputException m) {
            Class<?> target = m.getTargetType();
            return new JsonProblem(path, target == null ? "the value has the wrong type"
                    : "expected " + describe(target) + " here");
        }
        if (e instanceof StreamConstraintsException) {
            String limit = original.startsWith("Number value length")
                    ? "a number longer than the 32 digits a register may hold"
                    : original.startsWith("String value length") ? "a string longer than the 64 KiB a register may"
                    + " hold" : original.contains("nesting depth") ? "nested deeper than the "
                    + JsonMappers.MAX_NESTING_DEPTH + " levels a register may be"
                    : "the document exceeds a reading limit";
            return new JsonProblem(where(e, path), limit);
        }
        if (original.startsWith("Duplicate")) {
            return new JsonProblem(path, "duplicate key: " + quotedName(original));
        }
        if (e instanceof StreamReadException) {
            return new JsonProblem(where(e, path), original.startsWith("Unexpected end-of-input")
                    ? "not valid JSON: the document ends too early (is it truncated?)"
                    : "not valid JSON: unexpected content");
        }
        return new JsonProblem(path, "cannot be read as a register here");
    }

    private static String path(JacksonException e) {
        StringBuilder out = new StringBuilder("$");
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getPropertyName() != null) {
                out.append('.').append(ref.getPropertyName());
            }
        }
        return out.toString();
    }

    private static String where(JacksonException e, String path) {
        if (e.getLocation() == null || e.getLocation().getLineNr() < 0) {
            return path;
        }
        return path + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (java.util.List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    private static String quotedName(String message) {
        int start = message.indexOf('"');
        int end = start < 0 ? -1 : message.indexOf('"', start + 1);
        return end > start ? JsonFields.display(message.substring(start + 1, end)) : "a key appears twice";
    }

    /**
     * The problems of a failed read as lines, for printing or an exception's message.
     *
     * @param error why a register could not be read
     * @return one line per problem: the file, the JSON path and the message
     */
    public static Seq<String> describe(RegisterReadError error) {
        return error.problems().map(p -> error.file() + ": " + p.path() + ": " + p.message());
    }
}
