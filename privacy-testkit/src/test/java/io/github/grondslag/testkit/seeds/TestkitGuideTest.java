package io.github.grondslag.testkit.seeds;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Java examples of docs/testkit.md, taken from the page, compiled and run: the statements run in
 * order, and every {@code @Test} method of each example class (its own, and those it inherits from the
 * testkit's interfaces) is invoked, as JUnit would.
 */
class TestkitGuideTest {

    @TempDir
    Path work;

    @Test
    void theGuidesExamplesCompileAndTheirTestsPass() throws Exception {
        List<String> blocks = DocExamples.javaBlocks(Path.of("..", "docs", "testkit.md"));
        List<String> classes = DocExamples.classes(blocks);
        assertEquals(List.of("OurRegisterComplianceTest", "OurStoreContractTest"), classes);
        ClassLoader loader = DocExamples.compile(blocks, "GuideProgram", "", "", work);
        loader.loadClass("GuideProgram").getMethod("run").invoke(null);
        int ran = 0;
        for (String name : classes) {
            Class<?> type = loader.loadClass(name);
            Object instance = type.getConstructor().newInstance();
            for (Method m : type.getMethods()) {
                if (m.isAnnotationPresent(Test.class)) {
                    m.invoke(instance);
                    ran++;
                }
            }
        }
        assertTrue(ran >= 13, "the guide's classes ran their tests: " + ran);
    }
}
