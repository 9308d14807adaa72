package io.trunkline.imports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trunkline.imports.TopologyDocuments;
import io.trunkline.imports.TopologyImport;
import io.trunkline.model.Edition;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.IpVersion;
import io.trunkline.model.MediationKind;
import io.trunkline.model.MediationPool;
import io.trunkline.model.TrunkPeer;

/** Variants of the single-site fixture that exercise one mapping rule each, and progress and cancellation. */
class MappingVariantsTest {

    @TempDir
    Path folder;

    private TopologyImport imported(String changed) throws Exception {
        return TopologyDocuments.read(Files.writeString(folder.resolve("variant.xml"), changed), null);
    }

    private static String singleSite() throws Exception {
        return Files.readString(Fixtures.file("single-site.xml"));
    }

    @Test
    void aUserDatabaseOnThePoolsOwnClusterMakesAStandardEditionServerWithCollocatedMediation() throws Exception {
        // The UserStore's SQL instance (the one inside <InstalledOn>) now names the Front End cluster 1:1.
        String installedOn = "<InstalledOn>\n        <SqlInstanceId Name=\"rtc\">\n          <ClusterId SiteId=\"1\" Number=\"2\" />";
        String document = singleSite();
        assertTrue(document.contains(installedOn));
        TopologyImport imported = imported(document.replace(installedOn, installedOn.replace("Number=\"2\"", "Number=\"1\"")));
        FrontEndPool server = Fixtures.named(imported.topology(), FrontEndPool.class, "fe-lyon.northwind.example");
        assertEquals(Edition.STANDARD, server.getEdition());
        assertEquals(MediationKind.COLLOCATED_SE,
                Fixtures.named(imported.topology(), MediationPool.class, "fe-lyon.northwind.example").getKind());
    }

    @Test
    void aGatewayWithoutMediationDependencyHasNoTrunkAndTheReportAsksForOne() throws Exception {
        String dependency = "<DependsOn>\n        <Dependency Usage=\"Default\">\n          <ServiceId SiteId=\"1\" RoleName=\"MediationServer\" Instance=\"1\" />\n        </Dependency>\n      </DependsOn>";
        String document = singleSite();
        assertTrue(document.contains(dependency));
        TopologyImport imported = imported(document.replace(dependency, "<DependsOn />"));
        TrunkPeer gateway = Fixtures.named(imported.topology(), TrunkPeer.class, "gw1-lyon.northwind.example");
        assertNull(gateway.getRootTrunk());
        assertTrue(imported.topology().getTrunks().isEmpty());
        assertTrue(imported.report().toFill().contains(
                "gateway gw1-lyon.northwind.example: a trunk to a Mediation pool (the document names no Mediation Server for it)"),
                imported.report().toFill().toString());
    }

    @Test
    void aGatewayKnownByAnIpv6AddressListensOnIpv6() throws Exception {
        TopologyImport imported = imported(singleSite().replace("Fqdn=\"gw1-lyon.northwind.example\"", "Fqdn=\"2001:db8::10\""));
        assertEquals(IpVersion.IPV6, Fixtures.named(imported.topology(), TrunkPeer.class, "2001:db8::10").getIpVersion());
    }

    @Test
    void aMediationPortRangeBecomesTheFirstAndLastPort() throws Exception {
        TopologyImport imported = imported(singleSite().replace("Port=\"5067\" Protocol=\"Tls\" UrlPath=\"/\" AuthorizesRequests=\"false\" />",
                "Port=\"5067\" Protocol=\"Tls\" UrlPath=\"/\" AuthorizesRequests=\"false\" Range=\"4\" />"));
        MediationPool mediation = Fixtures.named(imported.topology(), MediationPool.class, "fe-lyon.northwind.example");
        // Range 4 from 5067: 5067, 5068, 5069, 5070.
        assertEquals(List.of(5067, 5070), List.of(mediation.getTlsPortFirst(), mediation.getTlsPortLast()));
    }

    @Test
    void progressIsReportedToTheMonitorUnderTheFilesName() throws Exception {
        double[] worked = new double[1];
        String[] task = new String[1];
        // SubMonitor leaves done() on the given monitor to its owner (the wizard's runnable context), as Eclipse does.
        TopologyDocuments.read(Fixtures.file("two-central-sites.xml"), new NullProgressMonitor() {
            @Override
            public void beginTask(String name, int totalWork) {
                task[0] = name;
            }

            @Override
            public void internalWorked(double work) {
                worked[0] += work;
            }

            @Override
            public void worked(int work) {
                worked[0] += work;
            }
        });
        assertEquals("Importing two-central-sites.xml", task[0]);
        assertTrue(worked[0] > 0, "some work was reported");
    }

    @Test
    void aCancelledMonitorStopsTheImport() {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> TopologyDocuments.read(Fixtures.file("two-central-sites.xml"), cancelled));
    }
}
