import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The mutation gate of {@code .ci/run}: the combined PIT score of the domain over every test that
 * exercises it.
 *
 * <p>PIT runs once per module (the domain's own tests, the JSON adapter's, the testkit's), each
 * mutating the same domain classes ({@code crossModule}). A mutant counts as detected when any run
 * detected it, which is what "every test that exercises it" means; the score is detected mutants over
 * all mutants, as PIT computes it. Run with the JDK's single-file launcher:
 *
 * <pre>java .ci/MutationScore.java 85 privacy-domain/target/pit-reports/mutations.xml ...</pre>
 *
 * Exit code 0 when the score is at least the threshold (a percentage), 1 when below, 2 when a report
 * is missing or unreadable.
 */
public final class MutationScore {

    private MutationScore() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java MutationScore.java <threshold %> <mutations.xml>...");
            System.exit(2);
        }
        double threshold = Double.parseDouble(args[0]);
        Map<String, Boolean> detected = new LinkedHashMap<>();
        Map<String, String> classOf = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            Path report = Path.of(args[i]);
            if (!Files.isRegularFile(report)) {
                System.err.println("no mutation report at " + report + " (did the PIT run fail?)");
                System.exit(2);
            }
            NodeList mutations = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(report.toFile()).getElementsByTagName("mutation");
            int found = 0;
            int killed = 0;
            for (int m = 0; m < mutations.getLength(); m++) {
                Element mutation = (Element) mutations.item(m);
                String key = identity(mutation);
                boolean hit = Boolean.parseBoolean(mutation.getAttribute("detected"));
                detected.merge(key, hit, Boolean::logicalOr);
                classOf.putIfAbsent(key, text(mutation, "mutatedClass"));
                found++;
                killed += hit ? 1 : 0;
            }
            System.out.printf("%s: %d of %d mutants detected (%s)%n", report, killed, found, percent(killed, found));
        }
        long total = detected.size();
        long hits = detected.values().stream().filter(b -> b).count();
        Map<String, Integer> survivorsByClass = new TreeMap<>();
        detected.forEach((key, hit) -> {
            if (!hit) {
                survivorsByClass.merge(topLevel(classOf.get(key)), 1, Integer::sum);
            }
        });
        List<Map.Entry<String, Integer>> worst = new ArrayList<>(survivorsByClass.entrySet());
        worst.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        System.out.println("classes with the most undetected mutants:");
        worst.stream().limit(10).forEach(e -> System.out.printf("  %4d  %s%n", e.getValue(), e.getKey()));
        double score = total == 0 ? 0 : 100.0 * hits / total;
        System.out.printf("combined mutation score: %d of %d mutants detected by at least one module's tests = %s"
                + " (threshold %.0f %%)%n", hits, total, percent(hits, total), threshold);
        if (total == 0 || score < threshold) {
            System.err.printf("mutation score %s is below the threshold of %.0f %%%n", percent(hits, total), threshold);
            System.exit(1);
        }
    }

    /** The same mutant in two reports: same class, method, line, mutator, bytecode indexes and description. */
    private static String identity(Element mutation) {
        return String.join("|", text(mutation, "mutatedClass"), text(mutation, "mutatedMethod"),
                text(mutation, "methodDescription"), text(mutation, "lineNumber"), text(mutation, "mutator"),
                text(mutation, "indexes"), text(mutation, "description"));
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        if (nodes.getLength() == 0) {
            return "";
        }
        Node node = nodes.item(0);
        return node.getTextContent().strip().replaceAll("\\s+", " ");
    }

    private static String topLevel(String className) {
        int nested = className.indexOf('$');
        return nested < 0 ? className : className.substring(0, nested);
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "n/a" : String.format("%.1f %%", 100.0 * part / whole);
    }
}
