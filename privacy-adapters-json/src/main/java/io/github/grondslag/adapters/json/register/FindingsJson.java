package io.github.grondslag.adapters.json.register;

import io.github.grondslag.adapters.json.JsonMappers;

import io.github.grondslag.domain.check.Finding;
import io.github.grondslag.domain.check.Severity;
import io.vavr.collection.Seq;

/** Writes the findings of the register check as JSON, for CI tools. */
public final class FindingsJson {

    private FindingsJson() {
    }

    record FindingDoc(String rule, String severity, String citation, String element, String message) {
    }

    record ReportDoc(String register, int errors, int warnings, java.util.List<FindingDoc> findings) {
    }

    /**
     * A JSON report of the register check, as {@code privacy check --format json} prints it: the
     * register's name, the counts of errors and warnings, and every finding with its rule, severity,
     * article, element and message.
     *
     * @param register the name the report gives the register, e.g. its file's path
     * @param findings the findings of the register check, in the order to report them
     * @return the report as a JSON text
     */
    public static String write(String register, Seq<Finding> findings) {
        return JsonMappers.MAPPER.writeValueAsString(new ReportDoc(
                register,
                findings.count(f -> f.severity() == Severity.ERROR),
                findings.count(f -> f.severity() == Severity.WARNING),
                findings.map(f -> new FindingDoc(f.rule().code(), JsonFields.spelling(f.severity()),
                        f.citation().toString(), f.element(), f.message())).toJavaList()));
    }
}
