package io.trunkline.imports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trunkline.imports.ImportProblem;
import io.trunkline.imports.InventoryPreview;
import io.trunkline.imports.InventoryPreview.Refusal;
import io.trunkline.imports.SiteInventory;
import io.trunkline.model.Topology;

/**
 * Inventories with bad rows (refused one by one, with the row and the reason) and files that are no inventory at
 * all (an {@link ImportProblem}), against the imported two-central-site deployment (Paris, Berlin, branch Nantes).
 */
class BadInventoryTest {

    private static final String HEADER = "Site name,Central/branch,Parent central site,City,Country/region,Users,Usage profile,"
            + "Existing PBX users,WAN resilience\n";

    @TempDir
    Path folder;

    private Topology topology;

    @BeforeEach
    void importIt() throws Exception {
        topology = Fixtures.imported("two-central-sites.xml").topology();
    }

    private InventoryPreview read(String csv) throws Exception {
        return SiteInventory.read(Fixtures.write(folder, "inventory.csv", csv), topology);
    }

    /** The only refusal of a one-row inventory (row 2). */
    private String refusal(String row) throws Exception {
        List<Refusal> refusals = read(HEADER + row + "\n").refusals();
        assertEquals(1, refusals.size(), refusals.toString());
        assertEquals(2, refusals.get(0).row());
        return refusals.get(0).reason();
    }

    private ImportProblem problem(String name, byte[] bytes) throws IOException {
        Path file = Files.write(folder.resolve(name), bytes);
        return assertThrows(ImportProblem.class, () -> SiteInventory.read(file, topology));
    }

    @Test
    void negativeUsersAreRefused() throws Exception {
        assertEquals("users is -5; it cannot be negative", refusal("Paris,central,,,,-5,,,"));
    }

    @Test
    void usersThatAreNotAWholeNumberAreRefused() throws Exception {
        assertEquals("users is 'many', not a whole number", refusal("Paris,central,,,,many,,,"));
    }

    @Test
    void anUnknownParentIsRefused() throws Exception {
        assertEquals("parent central site 'Rome' is neither in the topology nor a central site of this inventory",
                refusal("Lille,branch,Rome,,,10,,,"));
    }

    @Test
    void aBranchAsParentIsRefused() throws Exception {
        assertEquals("parent 'Nantes' is a branch site, not a central site", refusal("Lille,branch,Nantes,,,10,,,"));
    }

    @Test
    void theSecondRowOfADuplicateNameIsRefused() throws Exception {
        List<Refusal> refusals = read(HEADER + "Lille,branch,Paris,,,10,,,\nlille,branch,Paris,,,20,,,\n").refusals();
        assertEquals(List.of(new Refusal(3, "site 'lille' is already on row 2")), refusals);
    }

    @Test
    void aFormulaLookingSiteNameIsRefused() throws Exception {
        assertEquals("site name '=HYPERLINK(\"http://x\",\"Paris\")' starts like a spreadsheet formula; Trunkline does not "
                + "evaluate formulas, write the value itself", refusal("\"=HYPERLINK(\"\"http://x\"\",\"\"Paris\"\")\",central,,,,1,,,"));
    }

    @Test
    void formulaLookingCellsInOtherColumnsAreRefusedToo() throws Exception {
        assertTrue(refusal("Paris,central,,@SUM(A1),,1,,,").startsWith("city '@SUM(A1)' starts like a spreadsheet formula"));
        assertTrue(refusal("Paris,central,,,,+5,,,").startsWith("users '+5' starts like a spreadsheet formula"));
        assertTrue(refusal("Paris,central,,-cmd,,5,,,").startsWith("city '-cmd' starts like a spreadsheet formula"));
    }

    @Test
    void aCentralSiteWithAParentIsRefused() throws Exception {
        assertEquals("a central site has no parent central site, but 'Paris' is given", refusal("Lyon,central,Paris,,,1,,,"));
    }

    @Test
    void changingASitesKindIsRefused() throws Exception {
        assertEquals("'Nantes' is a branch site in the topology, but the row says central; Trunkline does not change a site's kind",
                refusal("Nantes,central,,,,1,,,"));
    }

    @Test
    void movingABranchToAnotherCentralSiteIsRefused() throws Exception {
        assertEquals("branch site 'Nantes' belongs to central site 'Paris'; the import does not move branches to another central site",
                refusal("Nantes,branch,Berlin,,,1,,,"));
    }

    @Test
    void anUnknownUsageProfileIsRefused() throws Exception {
        assertEquals("usage profile is 'lots'; write light, moderate, heavy or the PSTN calls per user in the busy hour",
                refusal("Paris,central,,,,1,lots,,"));
    }

    @Test
    void moreThan3600CallsPerUserAreRefused() throws Exception {
        assertEquals("usage profile 4000 calls per user in the busy hour is outside 0 to 3,600", refusal("Paris,central,,,,1,4000,,"));
    }

    @Test
    void wanResilienceOfACentralSiteIsRefused() throws Exception {
        assertEquals("WAN resilience is given for central site 'Paris'; it describes a branch's link to its central site",
                refusal("Paris,central,,,,1,,,yes"));
    }

    @Test
    void aWanResilienceThatIsNeitherYesNorNoIsRefused() throws Exception {
        assertEquals("WAN resilience is 'maybe'; write yes or no", refusal("Nantes,branch,,,,1,,,maybe"));
    }

    @Test
    void aRowWithoutNameIsRefused() throws Exception {
        assertEquals("no site name", refusal(",central,,Paris,,1,,,"));
    }

    @Test
    void aRefusedRowChangesNothingWhileGoodRowsAreStillPlanned() throws Exception {
        InventoryPreview preview = read(HEADER + "Paris,central,,,,-5,heavy,,\nBerlin,central,,,,10,,,\n");
        preview.apply();
        assertEquals(0, Fixtures.site(topology, "Paris").getUsers());
        assertEquals(io.trunkline.model.UsageProfile.MODERATE, Fixtures.site(topology, "Paris").getUsageProfile(),
                "no part of the refused row is applied");
        assertEquals(10, Fixtures.site(topology, "Berlin").getUsers());
    }

    @Test
    void aSemicolonSeparatedInventoryWithAByteOrderMarkAndQuotedCommasIsRead() throws Exception {
        InventoryPreview preview = read("\uFEFFSite name;City;Users\nParis;\"Paris, 8e\";12\n");
        assertEquals(List.of("city Paris → Paris, 8e", "users 0 → 12"), preview.updates().get(0).changes());
    }

    @Test
    void aHeaderWithoutASiteNameColumnIsAProblem() throws IOException {
        ImportProblem problem = problem("nosite.csv", "City,Users\nParis,1\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("nosite.csv, line 1: has no 'site name' column in its header row", problem.getMessage());
    }

    @Test
    void anUnknownColumnIsAProblemNamingIt() throws IOException {
        ImportProblem problem = problem("extra.csv", "Site name,Budget\nParis,1\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(problem.problem().startsWith("column 2 'Budget' is not one Trunkline reads; the columns are site name,"),
                problem.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8IsAProblem() throws IOException {
        ImportProblem problem = problem("latin1.csv", "Site name,City\nParis,Sèvres\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("is not UTF-8 text; save the inventory as CSV UTF-8 (or as xlsx)", problem.problem());
    }

    @Test
    void anUnclosedQuoteIsAProblemNamingItsLine() throws IOException {
        ImportProblem problem = problem("quote.csv", "Site name,City\nParis,Paris\nLyon,\"Lyon\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("quote.csv, line 3: a quoted cell opened on this line is never closed", problem.getMessage());
    }

    private static byte[] workbook(String sheetData) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write(("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets>"
                    + "<sheet name=\"a\" sheetId=\"1\"/></sheets></workbook>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + sheetData
                    + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void aFormulaCellOfAWorkbookIsRefusedNotTakenForItsValue() throws Exception {
        byte[] xlsx = workbook("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Site name</t></is></c><c r=\"B1\" t=\"inlineStr\">"
                + "<is><t>Users</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Paris</t></is></c>"
                + "<c r=\"B2\"><f>40*100</f><v>4000</v></c></row>");
        InventoryPreview preview = SiteInventory.read(Files.write(folder.resolve("formula.xlsx"), xlsx), topology);
        assertEquals(List.of(new Refusal(2, "users '=40*100' starts like a spreadsheet formula; Trunkline does not evaluate "
                + "formulas, write the value itself")), preview.refusals());
    }

    @Test
    void aWorkbookSheetThatUnpacksPast64MegabytesIsAProblem() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 65; i++) {
                zip.write(spaces);
            }
        }
        assertTrue(bytes.size() < 1024 * 1024, "a small file that unpacks to 65 MB");
        ImportProblem problem = problem("bomb.xlsx", bytes.toByteArray());
        assertEquals("is a workbook whose sheet unpacks to more than 67,108,864 bytes (64 MB)", problem.problem());
    }

    @Test
    void aZipThatIsNoWorkbookIsAProblem() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("is a zip archive but not an xlsx workbook (it has no xl/workbook.xml)",
                problem("archive.xlsx", bytes.toByteArray()).problem());
    }
}
