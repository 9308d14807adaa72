package io.trunkline.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trunkline.validation.Finding;
import io.trunkline.validation.Rule;
import io.trunkline.validation.RuleCatalogue;
import io.trunkline.validation.RuleSetting;
import io.trunkline.validation.RuleSettings;
import io.trunkline.validation.RuleSettingsException;
import io.trunkline.validation.Severity;
import io.trunkline.validation.Validation;

/** Rule settings: the file the command line reads, hostile variants of it, and what they do to the findings. */
class RuleSettingsTest {

    private static final Rule GW_05 = RuleCatalogue.byId("TL-GW-05").orElseThrow(); // a warning in the catalogue
    private static final Rule GW_14 = RuleCatalogue.byId("TL-GW-14").orElseThrow(); // an error in the catalogue

    @TempDir
    Path folder;

    @Test
    void aFileSwitchesRulesOffAndChangesSeverities() throws RuleSettingsException {
        RuleSettings settings = RuleSettings.parse("rules.properties", "# accepted in our design\nTL-GW-05 = off\n\nTL-GW-14=warning\n");
        assertEquals(RuleSetting.OFF, settings.setting(GW_05));
        assertEquals(RuleSetting.WARNING, settings.setting(GW_14));
        assertEquals(RuleSetting.ON, settings.setting(RuleCatalogue.byId("TL-GW-16").orElseThrow()));
    }

    @Test
    void aSwitchedOffRuleReportsNothing() throws RuleSettingsException {
        Base base = new Base();
        base.gw1.setPstnPorts(1200); // above 960: TL-GW-05
        assertEquals(List.of("TL-GW-05"), ids(Validation.validate(base.topology).findings()));
        assertEquals(List.of(), ids(Validation.validate(base.topology, RuleSettings.parse("r", "TL-GW-05 = off")).findings()));
    }

    @Test
    void anotherSeverityIsWhatTheFindingCarries() throws RuleSettingsException {
        Base base = new Base();
        base.gw1.setPstnPorts(1200);
        List<Finding> findings = Validation.validate(base.topology, RuleSettings.parse("r", "TL-GW-05 = error")).findings();
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals(Severity.ERROR.diagnosticSeverity(), findings.get(0).toDiagnostic().getSeverity());
    }

    @Test
    void wordsAreCaseInsensitiveAndOnIsTheCatalogueSetting() throws RuleSettingsException {
        RuleSettings settings = RuleSettings.parse("r", "\ufeffTL-GW-05 = OFF\r\nTL-GW-14 = On\r\n");
        assertEquals(Map.of("TL-GW-05", "off"), settings.asMap());
    }

    @Test
    void theWrittenTextReadsBackAsTheSameSettings() throws RuleSettingsException {
        RuleSettings settings = RuleSettings.defaults().with(GW_05, RuleSetting.OFF).with(GW_14, RuleSetting.INFO);
        assertEquals(settings.asMap(), RuleSettings.parse("r", settings.text()).asMap());
        assertEquals(settings.asMap(), RuleSettings.fromMap(settings.asMap()).asMap());
    }

    @Test
    void anUnknownRuleNamesTheLine() {
        RuleSettingsException e = assertThrows(RuleSettingsException.class,
                () -> RuleSettings.parse("rules.properties", "# header\nTL-GW-05 = off\nTL-XX-99 = off\n"));
        assertEquals("rules.properties:3: no rule 'TL-XX-99' in the catalogue; 'trunkline rules' lists them", e.getMessage());
    }

    @Test
    void aRuleInTheWrongCaseIsSuggested() {
        RuleSettingsException e = assertThrows(RuleSettingsException.class, () -> RuleSettings.parse("r", "tl-gw-05 = off"));
        assertEquals("r:1: no rule 'tl-gw-05' in the catalogue; did you mean TL-GW-05?", e.getMessage());
    }

    @Test
    void anUnknownWordListsTheWordsThatWork() {
        RuleSettingsException e = assertThrows(RuleSettingsException.class, () -> RuleSettings.parse("r", "\nTL-GW-05 = disabled"));
        assertEquals(2, e.line());
        assertEquals("TL-GW-05 is set to 'disabled'; a rule can be off, on, error, warning or info", e.problem());
    }

    @Test
    void aLineWithoutEqualsIsNotASetting() {
        RuleSettingsException e = assertThrows(RuleSettingsException.class, () -> RuleSettings.parse("r", "TL-GW-05 off"));
        assertEquals("r:1: 'TL-GW-05 off' is not 'RULE-ID = off|on|error|warning|info'", e.getMessage());
    }

    @Test
    void aRuleSetTwiceIsRefusedRatherThanTheLastWinning() {
        RuleSettingsException e = assertThrows(RuleSettingsException.class,
                () -> RuleSettings.parse("r", "TL-GW-05 = off\nTL-GW-05 = error\n"));
        assertEquals("r:2: TL-GW-05 is set again (first on line 1); set each rule once", e.getMessage());
    }

    @Test
    void controlCharactersAreShownNotPrinted() {
        RuleSettingsException e = assertThrows(RuleSettingsException.class, () -> RuleSettings.parse("r", "TL-GW-05 = o\u001b[2Jff"));
        assertEquals("TL-GW-05 is set to 'oU+001B[2Jff'; a rule can be off, on, error, warning or info", e.problem());
    }

    @Test
    void aBinaryFileNamesTheFirstLineThatIsNotText() throws IOException {
        Path file = folder.resolve("rules.properties");
        Files.write(file, new byte[] { 'T', 'L', '\n', '#', '\n', (byte) 0xC3, (byte) 0x28, '\n' });
        RuleSettingsException e = assertThrows(RuleSettingsException.class, () -> RuleSettings.read(file, "rules.properties"));
        assertEquals("rules.properties:3: is not UTF-8 text; is it a rule settings file?", e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        RuleSettingsException e = assertThrows(RuleSettingsException.class,
                () -> RuleSettings.read(folder.resolve("nope.properties"), "nope.properties"));
        assertEquals("nope.properties: no such rule settings file", e.getMessage());
    }

    @Test
    void aFolderIsNotASettingsFile() {
        RuleSettingsException e = assertThrows(RuleSettingsException.class, () -> RuleSettings.read(folder, "conf"));
        assertEquals("conf: is a folder, not a rule settings file", e.getMessage());
    }

    @Test
    void aHugeFileIsRefusedUnread() throws IOException {
        Path file = folder.resolve("big.properties");
        // 300,000 bytes of comment: over the 262,144-byte (256 KiB) limit
        Files.writeString(file, "#" + "x".repeat(299_999), StandardCharsets.UTF_8);
        RuleSettingsException e = assertThrows(RuleSettingsException.class, () -> RuleSettings.read(file, "big.properties"));
        assertTrue(e.getMessage().startsWith("big.properties: is 300,000 bytes, more than the 262,144"), e.getMessage());
    }

    @Test
    void anEmptyFileLeavesTheCatalogueAsItIs() throws RuleSettingsException {
        assertEquals(Map.of(), RuleSettings.parse("r", "").asMap());
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(f -> f.rule().id()).toList();
    }
}
