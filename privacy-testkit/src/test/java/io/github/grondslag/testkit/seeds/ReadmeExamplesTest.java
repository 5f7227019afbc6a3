package io.github.grondslag.testkit.seeds;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's Java examples, taken from README.md itself, compiled and run: they cannot drift. The
 * blocks run in order in one method (later blocks use what earlier ones define), their imports hoisted;
 * the test gives what a block says the reader brings ({@code controllersKey}, {@code storeDirectory})
 * and reads the README's paths from the repository's root.
 */
class ReadmeExamplesTest {

    @TempDir
    Path work;

    @Test
    void theReadmesJavaExamplesCompileAndRun() throws Exception {
        List<String> blocks = DocExamples.javaBlocks(Path.of("..", "README.md"));
        assertTrue(blocks.size() >= 3, "the README has its three Java examples");
        ClassLoader loader = DocExamples.compile(blocks, "ReadmeProgram", "java.nio.file.Path storeDirectory",
                "        byte[] controllersKey = new byte[32];\n", work);
        loader.loadClass("ReadmeProgram").getMethod("run", Path.class).invoke(null, work.resolve("store"));
        assertTrue(Files.exists(work.resolve("store").resolve("journal.jsonl")), "the store example ran");
    }
}
