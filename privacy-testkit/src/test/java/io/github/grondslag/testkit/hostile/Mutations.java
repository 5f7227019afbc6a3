package io.github.grondslag.testkit.hostile;

import io.github.grondslag.testkit.property.Choices;
import io.github.grondslag.testkit.property.Gens;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ways a register file is made hostile, each from a valid document. */
final class Mutations {

    static final String[] KINDS = {"truncate", "type-swap", "deep-nesting", "huge-number", "huge-string",
            "duplicate-key", "encoding", "control-characters", "trailing-garbage", "byte-flip"};

    private static final Pattern VALUE = Pattern.compile(":\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+|true|false|null)");
    private static final Pattern KEY = Pattern.compile("\"([A-Za-z]+)\"\\s*:");
    private static final String[] CONTROLS = {"\\u001b[2J", "\\u001b[1A\\r", "\\u0000", "\\u0007", "\\n0 error(s)",
            "\\u009b31m", "\\u007f", "\\u2028", "\\ud800"};

    private Mutations() {
    }

    static byte[] apply(String kind, String text, byte[] source, Choices c) {
        return switch (kind) {
            case "truncate" -> java.util.Arrays.copyOf(source, Gens.integers(0, source.length - 1).generate(c));
            case "type-swap" -> utf8(replaceValue(text, Gens.elements("1", "-0.5e309", "true", "null", "[]", "{}",
                    "\"text\"", "[1, \"a\", null]", "{\"a\": 1}").generate(c), c));
            case "deep-nesting" -> {
                int depth = Gens.integers(20, 5_000).generate(c);
                yield utf8(replaceValue(text, "[".repeat(depth) + "]".repeat(depth), c));
            }
            case "huge-number" -> utf8(replaceValue(text, "9".repeat(Gens.integers(20, 100_000).generate(c))
                    + (Gens.booleans().generate(c) ? ".5e99999" : ""), c));
            case "huge-string" -> utf8(replaceValue(text, "\"" + "x".repeat(Gens.integers(60_000, 200_000)
                    .generate(c)) + "\"", c));
            case "duplicate-key" -> utf8(duplicateKey(text, c));
            case "encoding" -> encoding(text, source, c);
            case "control-characters" -> utf8(controls(text, c));
            case "trailing-garbage" -> utf8(text + Gens.elements("}", "]", "x", " {}", "\u0000", ",", "\"",
                    "{\"format\": 2}").generate(c));
            default -> {
                byte[] copy = source.clone();
                int at = Gens.integers(0, copy.length - 1).generate(c);
                copy[at] = (byte) Gens.integers(0, 255).generate(c).intValue();
                yield copy;
            }
        };
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String replaceValue(String text, String replacement, Choices c) {
        java.util.List<int[]> spans = spans(VALUE, text, 1);
        int[] span = spans.get(Gens.integers(0, spans.size() - 1).generate(c));
        return text.substring(0, span[0]) + replacement + text.substring(span[1]);
    }

    private static java.util.List<int[]> spans(Pattern p, String text, int group) {
        java.util.List<int[]> spans = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(group), m.end(group)});
        }
        return spans;
    }

    private static String duplicateKey(String text, Choices c) {
        java.util.List<int[]> keys = spans(KEY, text, 0);
        int[] key = keys.get(Gens.integers(0, keys.size() - 1).generate(c));
        String name = text.substring(key[0], key[1]);
        return text.substring(0, key[0]) + name + " 1, " + text.substring(key[0]);
    }

    private static String controls(String text, Choices c) {
        String control = Gens.elements(CONTROLS).generate(c);
        if (Gens.booleans().generate(c)) {
            // inside a key: an unknown field whose name carries it
            java.util.List<int[]> keys = spans(KEY, text, 1);
            int[] key = keys.get(Gens.integers(0, keys.size() - 1).generate(c));
            return text.substring(0, key[0]) + control + text.substring(key[0]);
        }
        if (Gens.booleans().generate(c)) {
            // raw, as the bytes themselves (not valid JSON inside a string)
            return text.replaceFirst("\"name\"\\s*:\\s*\"", "\"name\": \"\u001b[2J\r");
        }
        java.util.List<int[]> values = spans(Pattern.compile(":\\s*\"((?:[^\"\\\\]|\\\\.)*)\""), text, 1);
        int[] value = values.get(Gens.integers(0, values.size() - 1).generate(c));
        return text.substring(0, value[0]) + control + text.substring(value[0]);
    }

    private static byte[] encoding(String text, byte[] source, Choices c) {
        String how = Gens.elements("UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32BE", "UTF-32LE", "bom", "invalid",
                "overlong", "latin1").generate(c);
        return switch (how) {
            case "bom" -> concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, source);
            case "invalid", "overlong" -> {
                byte[] copy = java.util.Arrays.copyOf(source, source.length + 2);
                int at = Gens.integers(0, source.length - 1).generate(c);
                System.arraycopy(source, at, copy, at + 2, source.length - at);
                copy[at] = (byte) (how.equals("invalid") ? 0xff : 0xc0);
                copy[at + 1] = (byte) (how.equals("invalid") ? 0xfe : 0xaf);
                yield copy;
            }
            case "latin1" -> text.replace("e", "é").getBytes(StandardCharsets.ISO_8859_1);
            default -> text.getBytes(Charset.forName(how));
        };
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
