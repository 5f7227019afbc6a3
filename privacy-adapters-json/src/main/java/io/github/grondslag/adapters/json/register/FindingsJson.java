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

    /** A JSON report: the register's name, the counts, and every finding. */
    public static String write(String register, Seq<Finding> findings) {
        return JsonMappers.MAPPER.writeValueAsString(new ReportDoc(
                register,
                findings.count(f -> f.severity() == Severity.ERROR),
                findings.count(f -> f.severity() == Severity.WARNING),
                findings.map(f -> new FindingDoc(f.rule().code(), JsonFields.spelling(f.severity()),
                        f.citation().toString(), f.element(), f.message())).toJavaList()));
    }
}
