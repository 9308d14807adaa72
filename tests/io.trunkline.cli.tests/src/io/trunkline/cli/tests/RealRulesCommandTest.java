package io.trunkline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trunkline.model.CentralSite;
import io.trunkline.model.UsageProfile;

/**
 * The real {@code ./trunkline cli validate|plan|export --rules FILE}, as a planner's CI runs it, with good and hostile
 * settings files: exit code, what it says, and what it leaves on disk. Needs the built product (see
 * {@link RealCommandTest}).
 */
class RealRulesCommandTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();

    @TempDir
    Path folder;

    record Result(int code, String out, String err) {
        String said() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Result trunkline(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("trunkline").toString(), "cli"));
        command.addAll(List.of(arguments));
        Path home = Files.createDirectories(folder.resolve("home"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("XDG_CACHE_HOME");
        builder.environment().remove("DISPLAY");
        Path stdout = home.resolve("stdout");
        Path stderr = home.resolve("stderr");
        builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("./trunkline cli " + String.join(" ", arguments) + " did not finish in 120 s");
        }
        return new Result(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }

    /** 20 light users on one 4-port gateway: no error, one TL-GW-04 warning (one gateway where two are advised). */
    private String oneGateway() throws IOException {
        SmallTopologies t = new SmallTopologies();
        CentralSite hq = t.site("HQ", 20, UsageProfile.LIGHT);
        t.collocatedMediation(hq, 3, t.gateway(hq, 4));
        return t.saveAs(folder.resolve("one-gateway.topology"));
    }

    private String rules(byte[] content) throws IOException {
        return Files.write(folder.resolve("rules.properties"), content).toString();
    }

    private String rules(String text) throws IOException {
        return rules(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void saysNothingOfJava(Result result) {
        assertFalse(result.said().contains("Exception") || result.said().contains("\tat "), result.said());
    }

    @Test
    void aWarningRaisedToAnErrorFailsValidate() throws Exception {
        Result result = trunkline("validate", oneGateway(), "--rules", rules("# our CI\nTL-GW-04 = error\n"));
        assertEquals(1, result.code(), result.said());
        assertTrue(result.out().contains("ERROR   TL-GW-04"), result.said());
    }

    @Test
    void aRuleSwitchedOffIsNotReported() throws Exception {
        Result result = trunkline("validate", oneGateway(), "--rules", rules("TL-GW-04 = off\n"), "--fail-on", "warning");
        assertEquals(0, result.code(), result.said());
        assertFalse(result.out().contains("TL-GW-04"), result.said());
    }

    @Test
    void aBinaryRulesFileStopsPlanBeforeItWritesAnything() throws Exception {
        Path out = folder.resolve("out");
        String rules = rules(new byte[] { 'T', 'L', '\n', (byte) 0xff, (byte) 0xfe, 0, 0, '\n' });
        Result result = trunkline("plan", oneGateway(), "--out", out.toString(), "--rules", rules);
        assertEquals(2, result.code(), result.said());
        assertEquals("trunkline plan: " + rules + ":2: is not UTF-8 text; is it a rule settings file?\n", result.err(), result.said());
        assertEquals("", result.out());
        assertTrue(Files.notExists(out), "nothing written");
        saysNothingOfJava(result);
    }

    @Test
    void anUnknownRuleStopsExportBeforeItWritesAnything() throws Exception {
        Path out = folder.resolve("out");
        String rules = rules("TL-GW-04 = off\nTL-GW-4 = off\n");
        Result result = trunkline("export", oneGateway(), "--out", out.toString(), "--rules", rules);
        assertEquals(2, result.code(), result.said());
        assertEquals("trunkline export: " + rules + ":2: no rule 'TL-GW-4' in the catalogue; 'trunkline rules' lists them\n", result.err(),
                result.said());
        assertTrue(Files.notExists(out), "nothing written");
    }

    @Test
    void aFolderGivenAsRulesFileIsNamed() throws Exception {
        Result result = trunkline("validate", oneGateway(), "--rules", folder.toString());
        assertEquals(2, result.code(), result.said());
        assertEquals("trunkline validate: " + folder + ": is a folder, not a rule settings file\n", result.err(), result.said());
        assertEquals("", result.out());
    }
}
