package io.trunkline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The paper of {@code ./trunkline cli export} without {@code --paper}, as a user's shell sets the locale: the
 * built product run as a process with {@code LANG} and {@code LC_PAPER} in its environment (this machine has none
 * of those locales installed, which is how many servers are).
 */
class RealExportPaperTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();
    private static final Path EXAMPLE = ROOT.resolve("bundles/io.trunkline.model/examples/voip-only.topology");

    @TempDir
    Path folder;

    @BeforeAll
    static void needsTheProduct() {
        assertTrue(Files.isDirectory(ROOT.resolve("releng/io.trunkline.product/target/products")),
                "the product is not built; build it with the whole reactor or ./trunkline build");
    }

    /** The paperSize of the first sheet of the workbook exported with {@code locale} in the environment. */
    private String paperSizeWith(Map<String, String> locale) throws Exception {
        Path out = folder.resolve("out");
        ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("trunkline").toString(), "cli", "export", EXAMPLE.toString(),
                "--out", out.toString(), "--format", "xlsx").directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("output").toFile());
        builder.environment().put("HOME", Files.createDirectories(folder.resolve("home")).toString());
        builder.environment().remove("XDG_CACHE_HOME");
        builder.environment().remove("LC_ALL");
        builder.environment().remove("LC_PAPER");
        builder.environment().putAll(locale);
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "export finished");
        assertEquals(0, process.exitValue(), Files.readString(folder.resolve("output")));
        try (ZipFile zip = new ZipFile(out.resolve("voip-only.xlsx").toFile());
                InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
            String sheet = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int at = sheet.indexOf("paperSize=\"");
            return sheet.substring(at + 11, sheet.indexOf('"', at + 11));
        }
    }

    @Test
    void anAmericanLangPrintsOnLetter() throws Exception {
        assertEquals("1", paperSizeWith(Map.of("LANG", "en_US.UTF-8")), "1 = Letter");
    }

    @Test
    void aGermanLangPrintsOnA4() throws Exception {
        assertEquals("9", paperSizeWith(Map.of("LANG", "de_DE.UTF-8")), "9 = A4");
    }

    @Test
    void lcPaperDecidesOverLang() throws Exception {
        assertEquals("1", paperSizeWith(Map.of("LANG", "de_DE.UTF-8", "LC_PAPER", "en_CA.UTF-8")), "Canada prints on Letter");
    }
}
