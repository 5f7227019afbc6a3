package io.github.grondslag.adapters.json.register;


import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeType;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Reads the fields of one JSON object of a document and collects every problem with its JSON path,
 * instead of stopping at the first: a wrong type, an unknown value of a closed vocabulary (named,
 * since such values are never personal data), a malformed period or date, and, when the object is
 * {@link #finish() finished}, every field it does not know. Free text is never echoed.
 */
final class JsonFields {

    private final JsonNode node;
    private final String path;
    private final java.util.List<JsonProblem> problems;
    /**
     * For every list read so far, by its JSON path: the index in the document of each element that
     * was read. Elements that are null or of the wrong type are left out of what is read, so the
     * n-th element read need not be the n-th of the document.
     */
    private final java.util.Map<String, java.util.List<Integer>> positions;
    private final java.util.Set<String> known = new java.util.LinkedHashSet<>();

    JsonFields(JsonNode node, String path, java.util.List<JsonProblem> problems) {
        this(node, path, problems, new java.util.HashMap<>());
    }

    private JsonFields(JsonNode node, String path, java.util.List<JsonProblem> problems,
                       java.util.Map<String, java.util.List<Integer>> positions) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        this.positions = positions;
    }

    /**
     * The index in the document of the {@code index}-th element read from the list at {@code listPath}
     * (a JSON path such as {@code $.purposes[3].dataCategories}).
     */
    int documentIndex(String listPath, int index) {
        java.util.List<Integer> read = positions.get(listPath);
        return read == null || index >= read.size() ? index : read.get(index);
    }

    String path() {
        return path;
    }

    /** Reports every field of the object that was not read, with the fields that were expected. */
    void finish() {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                // a key shaped like a field name (a typo, a field of another version) is named; anything
                // else (a name with spaces, an e-mail address, a number) may be personal data and is not
                problem(path, (name.matches("[A-Za-z][A-Za-z0-9_]{0,63}") ? "unknown field " + display(name)
                        : "an unknown field (its name is not shown: it is not shaped like a field name)")
                        + "; expected one of " + String.join(", ", known));
            }
        }
    }

    private JsonNode get(String name) {
        known.add(name);
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private String at(String name) {
        return path + "." + name;
    }

    boolean has(String name) {
        return get(name) != null;
    }

    Option<String> string(String name) {
        return string(at(name), get(name));
    }

    private Option<String> string(String at, JsonNode value) {
        if (value == null) {
            return Option.none();
        }
        if (value.getNodeType() != JsonNodeType.STRING) {
            problem(at, "expected a string here, found " + type(value));
            return Option.none();
        }
        return Option.some(value.stringValue());
    }

    String requiredString(String name) {
        if (get(name) == null) {
            problem(at(name), "missing required field");
            return "";
        }
        return string(name).getOrElse("");
    }

    Option<Boolean> bool(String name) {
        JsonNode value = get(name);
        if (value == null) {
            return Option.none();
        }
        if (value.getNodeType() != JsonNodeType.BOOLEAN) {
            problem(at(name), "expected true or false here, found " + type(value));
            return Option.none();
        }
        return Option.some(value.booleanValue());
    }

    Option<Integer> integer(String name) {
        JsonNode value = get(name);
        if (value == null) {
            return Option.none();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problem(at(name), value.isIntegralNumber() ? "the number is out of range here"
                    : "expected a whole number here, found " + type(value));
            return Option.none();
        }
        return Option.some(value.intValue());
    }

    <E extends Enum<E>> Option<E> enumValue(String name, Class<E> type) {
        JsonNode value = get(name);
        if (value != null && value.getNodeType() != JsonNodeType.STRING) {
            problem(at(name), "expected one of " + spellings(type) + " here, found " + type(value));
            return Option.none();
        }
        return string(name).flatMap(v -> parse(at(name), type, v));
    }

    <E extends Enum<E>> Option<E> requiredEnum(String name, Class<E> type) {
        if (get(name) == null) {
            problem(at(name), "missing required field; expected one of " + spellings(type));
            return Option.none();
        }
        return enumValue(name, type);
    }

    List<String> strings(String name) {
        return list(name, "a string", (at, v) -> string(at, v));
    }

    <E extends Enum<E>> List<E> enums(String name, Class<E> type) {
        return list(name, "a string", (at, v) -> string(at, v).flatMap(s -> parse(at, type, s)));
    }

    /** A list of objects, each read by {@code read} with its own fields. */
    <T> List<T> objects(String name, java.util.function.Function<JsonFields, T> read) {
        return list(name, "an object", (at, v) -> object(at, v, read));
    }

    /** An optional object, read by {@code read} with its own fields. */
    <T> Option<T> object(String name, java.util.function.Function<JsonFields, T> read) {
        JsonNode value = get(name);
        return value == null ? Option.none() : object(at(name), value, read);
    }

    private <T> Option<T> object(String at, JsonNode value, java.util.function.Function<JsonFields, T> read) {
        if (value.getNodeType() != JsonNodeType.OBJECT) {
            problem(at, "expected an object here, found " + type(value));
            return Option.none();
        }
        JsonFields fields = new JsonFields(value, at, problems, positions);
        T result = read.apply(fields);
        fields.finish();
        return Option.some(result);
    }

    private <T> List<T> list(String name, String expected, BiFunction<String, JsonNode, Option<T>> read) {
        JsonNode value = get(name);
        if (value == null) {
            return List.empty();
        }
        if (value.getNodeType() != JsonNodeType.ARRAY) {
            problem(at(name), "expected a list here, found " + type(value));
            return List.empty();
        }
        java.util.List<T> out = new ArrayList<>();
        java.util.List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            String elementAt = at(name) + "[" + i + "]";
            if (element.isNull()) {
                problem(elementAt, "expected " + expected + ", found null");
            } else {
                Option<T> one = read.apply(elementAt, element);
                if (one.isDefined()) {
                    out.add(one.get());
                    kept.add(i);
                }
            }
        }
        positions.put(at(name), kept);
        return List.ofAll(out);
    }

    /** The longest period a register may state: longer is an input error, not a retention rule. */
    static final int MAX_PERIOD_YEARS = 200;
    /** The dates a register may state (a statement's version, say). */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2999;

    Option<Period> period(String name) {
        return string(name).flatMap(v -> {
            Period p;
            try {
                p = Period.parse(v);
            } catch (DateTimeException | ArithmeticException e) {
                problem(at(name), "not an ISO-8601 period such as P7Y, P1M, P4W or P14D");
                return Option.none();
            }
            if (p.isNegative() || p.getYears() > MAX_PERIOD_YEARS || p.getMonths() > MAX_PERIOD_YEARS * 12
                    || p.getDays() > MAX_PERIOD_YEARS * 366
                    || p.getYears() * 366L + p.getMonths() * 31L + p.getDays() > MAX_PERIOD_YEARS * 366L) {
                problem(at(name), "a period of at most " + MAX_PERIOD_YEARS + " years, and not negative");
                return Option.none();
            }
            return Option.some(p);
        });
    }

    Option<LocalDate> date(String name) {
        return string(name).flatMap(v -> {
            LocalDate d;
            try {
                d = LocalDate.parse(v);
            } catch (DateTimeException e) {
                problem(at(name), "not a date in the form YYYY-MM-DD");
                return Option.none();
            }
            if (d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR) {
                problem(at(name), "a date in the years " + FIRST_YEAR + "-" + LAST_YEAR);
                return Option.none();
            }
            return Option.some(d);
        });
    }

    void problem(String at, String message) {
        problems.add(new JsonProblem(at, message));
    }

    private <E extends Enum<E>> Option<E> parse(String at, Class<E> type, String value) {
        Option<E> found = List.of(type.getEnumConstants()).find(e -> spelling(e).equals(value));
        if (found.isEmpty()) {
            // A misspelt vocabulary word is named with the word it is closest to; anything else may be
            // personal data or free text (a name, a number, a version-1 reference where version 2
            // expects a fact) and is not shown.
            Option<String> near = nearest(type, value);
            String shown = near.isDefined()
                    ? "unknown value " + display(value) + " (did you mean '" + near.get() + "'?)"
                    : "a value that is not a word of this vocabulary (not shown)";
            problem(at, shown + "; expected one of " + spellings(type));
        }
        return found;
    }

    /** The spelling of {@code type} within two edits of {@code value}, if {@code value} is shaped like one. */
    private static <E extends Enum<E>> Option<String> nearest(Class<E> type, String value) {
        if (!value.matches("[a-z][a-z0-9-]{0,39}")) {
            return Option.none();
        }
        return List.of(type.getEnumConstants()).map(JsonFields::spelling)
                .filter(w -> Math.abs(w.length() - value.length()) <= 2 && editDistance(w, value) <= 2)
                .minBy(w -> editDistance(w, value));
    }

    /** Levenshtein distance, for the short words of a vocabulary. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** How an enum constant is spelled in JSON: lower case, hyphens for underscores. */
    static String spelling(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String spellings(Class<? extends Enum<?>> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(JsonFields::spelling).toList());
    }

    /**
     * A name or vocabulary value from the document, fit for a terminal: quoted, printable ASCII only
     * (anything else shown as {@code ?}), at most 40 characters.
     */
    static String display(String value) {
        StringBuilder out = new StringBuilder("'");
        int limit = Math.min(value.length(), 40);
        for (int i = 0; i < limit; i++) {
            char c = value.charAt(i);
            out.append(c >= 0x20 && c < 0x7f && c != '\'' ? c : '?');
        }
        return out.append(value.length() > limit ? "...'" : "'").toString();
    }

    private static String type(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            default -> "another value";
        };
    }

    static <T> io.vavr.collection.Set<T> set(List<T> values) {
        return LinkedHashSet.ofAll(values);
    }
}
