package io.github.grondslag.testkit.seeds;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's Java examples, taken from README.md itself, compiled and run: they cannot drift. The
 * blocks run in order in one method (later blocks use what earlier ones define), their imports hoisted;
 * the test gives what a block says the reader brings ({@code controllersKey}, {@code storeDirectory})
 * and reads the README's paths from the repository's root.
 */
class ReadmeExamplesTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path work;

    static List<String> javaBlocks(Path markdown) throws IOException {
        List<String> blocks = new ArrayList<>();
        Matcher m = JAVA_BLOCK.matcher(Files.readString(markdown, StandardCharsets.UTF_8));
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    /** One class whose {@code run} method holds every block's statements, in order. */
    static String program(List<String> blocks, String given) {
        Set<String> imports = new LinkedHashSet<>();
        StringBuilder body = new StringBuilder(given);
        for (String block : blocks) {
            for (String line : block.split("\n")) {
                if (line.startsWith("import ")) {
                    imports.add(line);
                } else {
                    body.append("        ").append(line.replace("Path.of(\"docs/", "Path.of(\"../docs/")).append('\n');
                }
            }
        }
        return String.join("\n", imports) + "\n\npublic class ReadmeProgram {\n"
                + "    public static void run(java.nio.file.Path storeDirectory) throws Exception {\n" + body
                + "    }\n}\n";
    }

    @Test
    void theReadmesJavaExamplesCompileAndRun() throws Exception {
        List<String> blocks = javaBlocks(Path.of("..", "README.md"));
        assertTrue(blocks.size() >= 3, "the README has its three Java examples");
        String source = program(blocks, "        byte[] controllersKey = new byte[32];\n");
        Path src = Files.writeString(work.resolve("ReadmeProgram.java"), source);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean compiled;
        try (var files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            compiled = compiler.getTask(null, files, diagnostics, List.of("-classpath",
                    System.getProperty("java.class.path"), "-d", work.toString(), "-proc:none"), null,
                    files.getJavaFileObjects(src.toFile())).call();
        }
        assertTrue(compiled, () -> "the README's examples do not compile:\n" + diagnostics.getDiagnostics()
                + "\n" + source);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {work.toUri().toURL()},
                getClass().getClassLoader())) {
            loader.loadClass("ReadmeProgram").getMethod("run", Path.class).invoke(null, work.resolve("store"));
        }
        assertTrue(Files.exists(work.resolve("store").resolve("journal.jsonl")), "the store example ran");
    }
}
