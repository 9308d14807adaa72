package io.trunkline.imports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.trunkline.imports.InventoryPreview;
import io.trunkline.imports.InventoryPreview.SiteChange;
import io.trunkline.imports.SiteInventory;
import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.model.UsageProfile;
import io.trunkline.model.WanLink;

/**
 * The fixture inventory (two-central-sites-inventory.csv) against the imported two-central-site deployment:
 * Paris, Berlin and Nantes exist (0 users, moderate), Toulouse and Hamburg are new. Expected changes read off the
 * five rows by hand.
 */
class SiteInventoryTest {

    private Topology topology;
    private InventoryPreview preview;

    @BeforeEach
    void readIt() throws Exception {
        topology = Fixtures.imported("two-central-sites.xml").topology();
        preview = SiteInventory.read(Fixtures.file("two-central-sites-inventory.csv"), topology);
    }

    private static List<String> sites(List<SiteChange> changes) {
        return changes.stream().map(c -> c.row() + " " + c.site()).toList();
    }

    @Test
    void thePreviewCreatesTheTwoNewBranches() {
        assertEquals(List.of("5 Toulouse", "6 Hamburg"), sites(preview.creations()));
    }

    @Test
    void thePreviewUpdatesTheThreeExistingSitesSayingWhatChanges() {
        assertEquals(List.of("2 Paris", "3 Berlin", "4 Nantes"), sites(preview.updates()));
        assertEquals(List.of("users 0 → 4200", "new PBX with 300 users remaining (link it to a gateway)"), preview.updates().get(0).changes());
        assertEquals(List.of("users 0 → 2500", "usage profile moderate → heavy"), preview.updates().get(1).changes());
        assertEquals(List.of("users 0 → 180", "usage profile moderate → light", "new WAN link to Paris (not resilient)"),
                preview.updates().get(2).changes());
    }

    @Test
    void aNewSiteIsDescribedByItsValuesAlone() {
        assertEquals(List.of("branch site of Paris", "city Toulouse", "country/region FR", "users 60", "usage profile light",
                "new WAN link to Paris (resilient)"), preview.creations().get(0).changes());
    }

    @Test
    void theFixtureHasNoRefusedRow() {
        assertEquals(List.of(), preview.refusals());
    }

    @Test
    void readingThePreviewChangesNothing() {
        assertEquals(0, Fixtures.site(topology, "Paris").getUsers());
        assertEquals(3, Fixtures.all(topology).filter(Site.class::isInstance).count());
        assertTrue(topology.getWanLinks().isEmpty());
    }

    @Test
    void applyingSetsUsersAndProfiles() {
        preview.apply();
        assertEquals(List.of(4200, 2500, 180, 60, 120), List.of("Paris", "Berlin", "Nantes", "Toulouse", "Hamburg").stream()
                .map(name -> Fixtures.site(topology, name).getUsers()).toList());
        assertEquals(UsageProfile.HEAVY, Fixtures.site(topology, "Berlin").getUsageProfile());
        assertEquals(UsageProfile.LIGHT, Fixtures.site(topology, "Toulouse").getUsageProfile());
    }

    @Test
    void aNumberAsUsageProfileIsACustomProfileWithThatManyCalls() {
        preview.apply();
        Site hamburg = Fixtures.site(topology, "Hamburg");
        assertEquals(UsageProfile.CUSTOM, hamburg.getUsageProfile());
        assertEquals(4.0, hamburg.getCustomCallsPerUserBusyHour());
    }

    @Test
    void newBranchesGoUnderTheirParentWithTheirLocation() {
        preview.apply();
        BranchSite toulouse = (BranchSite) Fixtures.site(topology, "Toulouse");
        assertSame(Fixtures.central(topology, "Paris"), toulouse.eContainer());
        assertEquals("Toulouse", toulouse.getCity());
        assertEquals("FR", toulouse.getCountryRegion());
        assertSame(Fixtures.central(topology, "Berlin"), Fixtures.site(topology, "Hamburg").eContainer());
        assertTrue(toulouse.getId().startsWith("branch-"), toulouse.getId());
    }

    @Test
    void eachBranchRowWithWanResilienceGivesALinkToItsCentralSite() {
        preview.apply();
        assertEquals(List.of("Nantes-Paris false", "Toulouse-Paris true", "Hamburg-Berlin false"), topology.getWanLinks().stream()
                .map(l -> l.getSiteA().getName() + "-" + l.getSiteB().getName() + " " + l.isResilient()).toList());
    }

    @Test
    void existingPbxUsersGiveTheSiteAPbx() {
        preview.apply();
        CentralSite paris = Fixtures.central(topology, "Paris");
        assertEquals(1, paris.getPbxs().size());
        assertEquals(300, paris.getPbxs().get(0).getUsersRemaining());
    }

    @Test
    void theWholeInventoryIsOneCommandThatOneUndoTakesBack() {
        EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
        domain.getCommandStack().execute(preview.command(domain));
        assertEquals(5, Fixtures.all(topology).filter(Site.class::isInstance).count());
        domain.getCommandStack().undo();
        assertEquals(3, Fixtures.all(topology).filter(Site.class::isInstance).count());
        assertEquals(0, Fixtures.site(topology, "Paris").getUsers());
        assertEquals(UsageProfile.MODERATE, Fixtures.site(topology, "Berlin").getUsageProfile());
        assertTrue(topology.getWanLinks().isEmpty());
        assertTrue(Fixtures.central(topology, "Paris").getPbxs().isEmpty());
        assertFalse(domain.getCommandStack().canUndo(), "one command, undone");
    }

    @Test
    void redoAppliesItAgain() {
        EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
        domain.getCommandStack().execute(preview.command(domain));
        domain.getCommandStack().undo();
        domain.getCommandStack().redo();
        assertEquals(4200, Fixtures.site(topology, "Paris").getUsers());
        assertEquals(3, topology.getWanLinks().size());
        List<WanLink> links = topology.getWanLinks();
        assertSame(Fixtures.site(topology, "Toulouse"), links.get(1).getSiteA());
    }

    @Test
    void theXlsxWorkbookOfTheSameInventoryGivesTheSamePreview() throws Exception {
        InventoryPreview workbook = SiteInventory.read(Fixtures.file("two-central-sites-inventory.xlsx"), topology);
        assertEquals(preview.lines().subList(1, preview.lines().size()), workbook.lines().subList(1, workbook.lines().size()));
        assertFalse(workbook.creations().isEmpty());
    }

    @Test
    void thePreviewLinesSayWhatWillHappen() {
        List<String> lines = preview.lines();
        assertEquals("Site inventory two-central-sites-inventory.csv: 2 sites to create, 3 to update, 0 rows refused.", lines.get(0));
        assertTrue(lines.contains("  row 3: update Berlin: users 0 → 2500; usage profile moderate → heavy"), lines.toString());
    }
}
