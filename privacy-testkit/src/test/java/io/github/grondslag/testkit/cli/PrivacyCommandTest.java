package io.github.grondslag.testkit.cli;

import io.github.grondslag.testkit.Grondslag;
import io.github.grondslag.adapters.json.register.RegisterJson;
import io.github.grondslag.domain.check.RegisterCheck;
import io.github.grondslag.domain.check.Rule;
import io.github.grondslag.domain.check.gdpr.GdprRule;
import io.github.grondslag.domain.check.nl.DutchRule;
import io.github.grondslag.testkit.generators.RegisterBreakers;
import io.github.grondslag.testkit.generators.RegisterGens;
import io.github.grondslag.testkit.property.Choices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code privacy check}: its exit codes, its two formats, and bad files. */
class PrivacyCommandTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run privacy(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PrivacyCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private Path compliant() throws IOException {
        return file("ok.json", RegisterJson.write(Grondslag.lawfulRegisters().generate(Choices.random(1))));
    }

    private Path breaking(Rule rule) throws IOException {
        return file(rule.code() + ".json", RegisterJson.write(RegisterBreakers.breaking(rule, 0)
                .generate(Choices.random(1))));
    }

    private static void assertNoStackTrace(Run run) {
        assertFalse(run.err().contains("\tat "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void aLawfulRegisterExitsZero() throws IOException {
        Run run = privacy("check", compliant().toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("0 error(s), 0 warning(s)"), run.out());
    }

    @Test
    void aRegisterWithOnlyWarningsExitsZero() throws IOException {
        Path path = file("warn.json", RegisterJson.write(RegisterGens.build(
                RegisterGens.compliantDraft().generate(Choices.random(2))
                        .withStatementVersion(io.vavr.control.Option.none()))));
        Run run = privacy("check", path.toString());
        assertEquals(0, run.code(), run.out());
        assertTrue(run.out().contains("Warnings (1)"), run.out());
    }

    @Test
    void aRegisterWithAnErrorExitsOneAndGroupsItUnderErrors() throws IOException {
        Run run = privacy("check", breaking(GdprRule.R8_TRANSFER_SAFEGUARD).toString());
        assertEquals(1, run.code());
        assertTrue(run.out().contains("Errors (1)"), run.out());
        assertTrue(run.out().contains("R8 [AVG 13(1)(f)] transfer 'broken'"), run.out());
    }

    @Test
    void theTextFormatPrintsTheCodeOfADutchRule() throws IOException {
        Run run = privacy("check", breaking(DutchRule.NL1_TRACKING_CONSENT).toString());
        assertEquals(1, run.code());
        assertTrue(run.out().contains("NL1 [Telecommunicatiewet 11.7a(1)] purpose 'purpose-broken'"), run.out());
    }

    @Test
    void aControllerInAMemberStateWithoutALayerGetsTheN1WarningAndExitsZero() throws IOException {
        Run run = privacy("check", breaking(RegisterCheck.LayerRule.N1_NATIONAL_LAW_NOT_CHECKED).toString());
        assertEquals(0, run.code(), run.out());
        assertTrue(run.out().contains("Warnings (1)"), run.out());
        assertTrue(run.out().contains("N1 [AVG recital 10] controller"), run.out());
    }

    @Test
    void controlCharactersFromTheRegisterNeverReachTheTerminal() throws IOException {
        io.github.grondslag.domain.register.RegisterDraft draft = RegisterGens.compliantDraft().generate(Choices.random(3));
        io.github.grondslag.domain.register.Controller k = draft.controller();
        io.github.grondslag.domain.register.RegisterDraft evil = draft
                .withController(new io.github.grondslag.domain.register.Controller("Evil\u001b[2J", k.chamberOfCommerceNumber(),
                        k.address(), k.contact(), k.dpoContact(), k.group(), k.memberState(), k.publicAuthority(),
                        k.largeScale(), k.dpoGrounds(), k.representative(), k.source()))
                .withTransfers(draft.transfers().append(new io.github.grondslag.domain.register.Transfer("t-evil",
                        io.vavr.control.Option.none(), "far\u001b]0;owned\u0007away", io.vavr.control.Option.none(),
                        io.vavr.control.Option.none(), io.vavr.control.Option.none())));
        String written = RegisterJson.write(RegisterGens.build(evil));
        Run run = privacy("check", file("evil.json", written).toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertFalse(run.out().chars().anyMatch(ch -> ch == 0x1b || ch == 0x07 || ch == 0x202e), run.out());
        assertTrue(run.out().contains("Evil\\u001b[2J"), run.out());
        // an id that a terminal would act on is refused when the register is read, and not echoed raw
        Run refused = privacy("check", file("evil-id.json", written.replace("t-evil", "t\u202eevil")).toString());
        assertEquals(2, refused.code(), refused.out() + refused.err());
        assertTrue(refused.err().contains("$.transfers[") && refused.err().contains("].id"), refused.err());
        assertFalse((refused.out() + refused.err()).chars().anyMatch(ch -> ch == 0x202e), refused.err());
    }

    @Test
    void jsonFormatPrintsTheFindingsForCi() throws IOException {
        Run run = privacy("check", "--format", "json", breaking(GdprRule.R4_CRIMINAL_DATA).toString());
        assertEquals(1, run.code());
        assertTrue(run.out().contains("\"rule\" : \"R4\""), run.out());
        assertTrue(run.out().contains("\"citation\" : \"AVG 10\""), run.out());
        assertTrue(run.out().contains("\"errors\" : 1"), run.out());
    }

    @Test
    void aMissingFileExitsTwo() {
        Run run = privacy("check", dir.resolve("absent.json").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("not found"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void badFilesExitTwoWithTheirPathAndNoStackTrace() throws IOException {
        String valid = Files.readString(compliant());
        String[][] cases = {
                {"empty.json", "", "the file is empty"},
                {"text.json", "this is not json", "not valid JSON"},
                {"truncated.json", valid.substring(0, valid.length() / 2), "ends too early"},
                {"types.json", valid.replaceFirst("\"format\" : 2", "\"format\" : true"), "$.format: expected a whole number"},
                {"basis.json", valid.replaceFirst("\"lawfulBases\" : \\[ \"[a-z-]+\"", "\"lawfulBases\" : [ \"grondslag\""),
                        "$.purposes[0].lawfulBases[0]: a value that is not a word of this vocabulary"},
                {"duplicate.json", valid.replaceFirst("\"format\" : 2,", "\"format\" : 2, \"format\" : 2,"),
                        "duplicate key: 'format'"},
        };
        for (String[] c : cases) {
            Run run = privacy("check", file(c[0], c[1]).toString());
            assertEquals(2, run.code(), c[0] + ": " + run.out() + run.err());
            assertTrue(run.err().contains(c[2]), c[0] + ": " + run.err());
            assertNoStackTrace(run);
            assertEquals("", run.out(), c[0]);
        }
    }

    @Test
    void tenMegabytesOfGarbageExitsTwoQuickly() throws IOException {
        byte[] garbage = new byte[10 * 1024 * 1024];
        new Random(11).nextBytes(garbage);
        Path path = Files.write(dir.resolve("garbage.json"), garbage);
        long start = System.nanoTime();
        Run run = privacy("check", path.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("larger than"), run.err());
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "took too long");
        assertNoStackTrace(run);
    }

    @Test
    void fourMegabytesOfGarbageAreRefusedAsNotUtf8AndExitTwo() throws IOException {
        byte[] garbage = new byte[4 * 1024 * 1024];
        new Random(13).nextBytes(garbage);
        garbage[0] = '{';
        Run run = privacy("check", Files.write(dir.resolve("garbage4.json"), garbage).toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("a register is UTF-8"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, privacy().code());
        assertEquals(2, privacy("check").code());
        assertEquals(2, privacy("check", "a.json", "--format", "yaml").code());
        assertEquals(2, privacy("frobnicate").code());
    }

    @Test
    void helpExitsZero() {
        Run run = privacy("check", "--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("Exit codes"), run.out());
    }
}
