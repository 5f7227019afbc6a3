package io.github.grondslag.testkit.cli;

import io.github.grondslag.domain.register.ResponsePolicy;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.request.Deadlines;
import io.github.grondslag.domain.request.RequestEvent;
import io.github.grondslag.domain.request.RequestType;
import io.github.grondslag.domain.request.RightsRequest;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.time.DutchCalendar;
import io.github.grondslag.domain.time.DutchHolidays;
import io.vavr.control.Either;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.concurrent.Callable;

/** {@code privacy deadline}: when a rights request must be answered, step by step, with the rule of each step. */
@Command(name = "deadline", mixinStandardHelpOptions = true,
        description = {"Computes the due date of a rights request (AVG 12(3), Regulation 1182/71 art. 3) on the"
                + " Dutch calendar of the Algemene termijnenwet.",
                "Exit codes: 0 computed, 2 bad input (an unreadable date-time, an extension the law or the policy"
                        + " does not allow, an unreadable register)."})
final class DeadlineCommand implements Callable<Integer> {

    @Option(names = "--received", required = true, paramLabel = "DATE-TIME",
            description = "when the request arrived, ISO-8601 with offset, e.g. 2026-01-31T23:30:00Z")
    String received;

    @Option(names = "--type", defaultValue = "ACCESS", description = "request type: ${COMPLETION-CANDIDATES}")
    RequestType type;

    @Option(names = "--extension", defaultValue = "0", paramLabel = "MONTHS",
            description = "further months of extension, decided on the day of receipt (0, 1 or 2)")
    int extension;

    @Option(names = "--register", paramLabel = "REGISTER.json",
            description = "the register whose response policy caps the extension (e.g. VGZ: one further month)")
    Path register;

    @Option(names = "--zone", defaultValue = "Europe/Amsterdam", description = "the controller's time zone")
    String zone;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Instant at;
        ZoneId zoneId;
        try {
            at = OffsetDateTime.parse(received).toInstant();
        } catch (DateTimeException e) {
            err.println("privacy deadline: --received must be an ISO-8601 date-time with offset, such as"
                    + " 2026-01-31T23:30:00Z");
            return 2;
        }
        try {
            zoneId = ZoneId.of(zone);
        } catch (DateTimeException e) {
            err.println("privacy deadline: --zone must be a time-zone id such as Europe/Amsterdam");
            return 2;
        }
        int year;
        try {
            year = at.atZone(zoneId).getYear();
        } catch (DateTimeException e) {
            // an instant valid with its own offset may lie beyond the range of a date in the zone
            year = Integer.MIN_VALUE;
        }
        if (year < DutchHolidays.FIRST_YEAR || year > DutchHolidays.LAST_YEAR - 1) {
            err.println("privacy deadline: --received must fall in the years " + DutchHolidays.FIRST_YEAR + "-"
                    + (DutchHolidays.LAST_YEAR - 1) + ", for which the Dutch calendar is computed");
            return 2;
        }
        int cap = ResponsePolicy.MAXIMUM_EXTENSION_MONTHS;
        if (register != null) {
            io.vavr.control.Option<Register> read = RegisterFiles.read("deadline", register, err);
            if (read.isEmpty()) {
                return 2;
            }
            cap = read.get().responsePolicy().map(p -> p.maximumExtensionMonths())
                    .getOrElse(ResponsePolicy.MAXIMUM_EXTENSION_MONTHS);
        }
        Deadlines deadlines = new Deadlines(DutchCalendar.statutory(), zoneId, Deadlines.Suspension.SUSPEND);
        RightsRequest request = RightsRequest.received("cli", SubjectId.of("cli"), type, at);
        Deadlines.Due first = deadlines.due(request);
        out.println("Request: " + type.name().toLowerCase().replace('_', ' ') + " (" + type.citation() + "), received "
                + at);
        first.steps().forEach(s -> out.println("  [" + s.rule() + "] " + s.explanation()));
        out.println("Due date:                         " + first.dueDate().get());
        out.println("Latest date for an extension notice: " + first.firstPeriodEnd().get()
                + "  [AVG 12(3): within one month of receipt, with the reasons]");
        if (extension == 0) {
            out.println("Extended due date: (no extension asked; the policy allows up to " + cap
                    + " further month(s))");
            return 0;
        }
        Either<io.github.grondslag.domain.law.Rejection, RightsRequest> extended = request.extend(
                new RequestEvent.Extended(at, extension, RequestEvent.ExtensionReason.COMPLEXITY), deadlines,
                cap);
        if (extended.isLeft()) {
            err.println("privacy deadline: no extension of " + extension + " month(s): " + extended.getLeft());
            return 2;
        }
        Deadlines.Due due = deadlines.due(extended.get());
        due.steps().drop(first.steps().size()).forEach(s -> out.println("  [" + s.rule() + "] " + s.explanation()));
        out.println("Extended due date:                " + due.dueDate().get());
        return 0;
    }
}
