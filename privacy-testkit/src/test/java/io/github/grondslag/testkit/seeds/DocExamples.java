package io.github.grondslag.testkit.seeds;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java examples of a Markdown page, taken from the page itself, compiled with the JDK's compiler
 * and loaded: a block that declares a public class is a compilation unit of its own; the other
 * blocks run in order as the statements of one method, their imports hoisted. Paths in the examples
 * are from the repository's root.
 */
final class DocExamples {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern PUBLIC_CLASS = Pattern.compile("public class (\\w+)");

    private DocExamples() {
    }

    static List<String> javaBlocks(Path markdown) throws IOException {
        List<String> blocks = new ArrayList<>();
        Matcher m = JAVA_BLOCK.matcher(Files.readString(markdown, StandardCharsets.UTF_8));
        while (m.find()) {
            blocks.add(m.group(1).replace("Path.of(\"docs/", "Path.of(\"../docs/"));
        }
        return blocks;
    }

    /** The class names of the blocks that declare a public class. */
    static List<String> classes(List<String> blocks) {
        List<String> names = new ArrayList<>();
        for (String b : blocks) {
            Matcher m = PUBLIC_CLASS.matcher(b);
            if (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Compiles the blocks into {@code work}: classes as they are, statements into {@code program.run(...)}. */
    static ClassLoader compile(List<String> blocks, String program, String parameters, String given, Path work)
            throws IOException {
        List<Path> sources = new ArrayList<>();
        Set<String> imports = new LinkedHashSet<>();
        StringBuilder body = new StringBuilder(given);
        for (String block : blocks) {
            Matcher m = PUBLIC_CLASS.matcher(block);
            if (m.find()) {
                sources.add(Files.writeString(work.resolve(m.group(1) + ".java"), block));
                continue;
            }
            for (String line : block.split("\n")) {
                if (line.startsWith("import ")) {
                    imports.add(line);
                } else {
                    body.append("        ").append(line).append('\n');
                }
            }
        }
        sources.add(Files.writeString(work.resolve(program + ".java"), String.join("\n", imports)
                + "\n\npublic class " + program + " {\n    public static void run(" + parameters
                + ") throws Exception {\n" + body + "    }\n}\n"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean compiled;
        try (var files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            compiled = compiler.getTask(null, files, diagnostics, List.of("-classpath",
                    System.getProperty("java.class.path"), "-d", work.toString(), "-proc:none"), null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
        }
        if (!compiled) {
            throw new AssertionError("the examples do not compile:\n" + diagnostics.getDiagnostics());
        }
        return new URLClassLoader(new URL[] {work.toUri().toURL()}, DocExamples.class.getClassLoader());
    }
}
