package io.trunkline.imports.tests;

import static io.trunkline.imports.tests.Fixtures.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.trunkline.imports.TopologyImport;
import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.DeploymentOption;
import io.trunkline.model.DirectorPool;
import io.trunkline.model.EdgePool;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.IpVersion;
import io.trunkline.model.MediationKind;
import io.trunkline.model.MediationPool;
import io.trunkline.model.PeerKind;
import io.trunkline.model.SurvivableBranch;
import io.trunkline.model.SurvivableKind;
import io.trunkline.model.Topology;
import io.trunkline.model.Transport;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;

/**
 * The two-central-site fixture, the same expectations for both formats: Paris (Front End pool of 4, stand-alone
 * Mediation pool of 2 with TCP, Edge pool of 2, a TLS gateway and a TCP gateway by IP address, Persistent Chat),
 * Berlin (Front End pool of 3, stand-alone Mediation of 1 without TCP, Director pool of 2, a TLS gateway) and the
 * branch Nantes of Paris (an SBA with its collocated Mediation and its gateway on 5082). Values read off the
 * fixture by hand.
 */
abstract class TwoCentralSitesImport {

    private TopologyImport imported;
    private Topology topology;

    abstract String fixture();

    @BeforeEach
    void importIt() throws Exception {
        imported = Fixtures.imported(fixture());
        topology = imported.topology();
    }

    private Trunk trunkOf(String peer) {
        return named(topology, TrunkPeer.class, peer).getRootTrunk();
    }

    @Test
    void twoCentralSitesAndTheBranchUnderParis() {
        assertEquals(List.of("Paris", "Berlin"), topology.getCentralSites().stream().map(CentralSite::getName).toList());
        CentralSite paris = Fixtures.central(topology, "Paris");
        assertEquals(1, paris.getBranchSites().size());
        BranchSite nantes = paris.getBranchSites().get(0);
        assertEquals("Nantes", nantes.getName());
        assertEquals(DeploymentOption.BRANCH, nantes.getDeploymentOption());
        assertTrue(Fixtures.central(topology, "Berlin").getBranchSites().isEmpty());
    }

    @Test
    void frontEndPoolsHaveTheirServerCountsAndNoCollocatedMediation() {
        FrontEndPool paris = named(topology, FrontEndPool.class, "fe-paris.northwind.example");
        FrontEndPool berlin = named(topology, FrontEndPool.class, "fe-berlin.northwind.example");
        assertEquals(List.of(4, 3), List.of(paris.getServers(), berlin.getServers()));
        assertFalse(paris.isCollocatedMediation());
        assertFalse(berlin.isCollocatedMediation());
    }

    @Test
    void eachFrontEndPoolIsTheOthersBackupRegistrar() {
        FrontEndPool paris = named(topology, FrontEndPool.class, "fe-paris.northwind.example");
        FrontEndPool berlin = named(topology, FrontEndPool.class, "fe-berlin.northwind.example");
        assertSame(berlin, paris.getBackupRegistrar());
        assertSame(paris, berlin.getBackupRegistrar());
    }

    @Test
    void parisHasAStandAloneMediationPoolOfTwoWithTlsAndTcpItsEdgeAndNextHop() {
        MediationPool mediation = named(topology, MediationPool.class, "med-paris.northwind.example");
        assertSame(Fixtures.central(topology, "Paris"), mediation.eContainer());
        assertEquals(MediationKind.STANDALONE, mediation.getKind());
        assertEquals(2, mediation.getServers());
        assertEquals(5067, mediation.getTlsPortFirst());
        assertTrue(mediation.isTcpEnabled());
        assertEquals(5068, mediation.getTcpPortFirst());
        assertSame(named(topology, FrontEndPool.class, "fe-paris.northwind.example"), mediation.getNextHop());
        assertSame(named(topology, EdgePool.class, "edge-paris.northwind.example"), mediation.getEdgePool());
    }

    @Test
    void berlinHasAStandAloneMediationServerWithoutTcp() {
        MediationPool mediation = named(topology, MediationPool.class, "med-berlin.northwind.example");
        assertEquals(MediationKind.STANDALONE, mediation.getKind());
        assertEquals(1, mediation.getServers());
        assertFalse(mediation.isTcpEnabled());
        assertSame(named(topology, FrontEndPool.class, "fe-berlin.northwind.example"), mediation.getNextHop());
    }

    @Test
    void theEdgeAndDirectorPoolsHaveTheirServers() {
        EdgePool edge = named(topology, EdgePool.class, "edge-paris.northwind.example");
        DirectorPool director = named(topology, DirectorPool.class, "dir-berlin.northwind.example");
        assertEquals(2, edge.getServers());
        assertSame(Fixtures.central(topology, "Paris"), edge.eContainer());
        assertEquals(2, director.getServers());
        assertSame(Fixtures.central(topology, "Berlin"), director.eContainer());
    }

    @Test
    void theTlsGatewayOfParisHasARootTrunkToTheParisMediationPool() {
        Trunk trunk = trunkOf("gw1-paris.northwind.example");
        assertTrue(trunk.isRoot());
        assertSame(named(topology, MediationPool.class, "med-paris.northwind.example"), trunk.getMediationPool());
        assertEquals(List.of(Transport.TLS, 5067, 5067), List.of(trunk.getTransport(), trunk.getPeerPort(), trunk.getMediationPort()));
    }

    @Test
    void theGatewayKnownByItsIpAddressTrunksOverTcpToMediationPort5068() {
        TrunkPeer gateway = named(topology, TrunkPeer.class, "192.0.2.20");
        assertEquals("192.0.2.20", gateway.getAddress());
        assertEquals(IpVersion.IPV4, gateway.getIpVersion());
        Trunk trunk = gateway.getRootTrunk();
        assertEquals(List.of(Transport.TCP, 5066, 5068), List.of(trunk.getTransport(), trunk.getPeerPort(), trunk.getMediationPort()));
        assertSame(named(topology, MediationPool.class, "med-paris.northwind.example"), trunk.getMediationPool());
    }

    @Test
    void theBerlinGatewayTrunksToTheBerlinMediationServer() {
        Trunk trunk = trunkOf("gw1-berlin.northwind.example");
        assertSame(named(topology, MediationPool.class, "med-berlin.northwind.example"), trunk.getMediationPool());
        assertEquals(List.of(Transport.TLS, 5067, 5067), List.of(trunk.getTransport(), trunk.getPeerPort(), trunk.getMediationPort()));
    }

    @Test
    void theBranchHasAnSbaAssociatedWithTheParisFrontEndPool() {
        BranchSite nantes = Fixtures.central(topology, "Paris").getBranchSites().get(0);
        assertEquals(1, nantes.getSurvivableBranches().size());
        SurvivableBranch sba = nantes.getSurvivableBranches().get(0);
        assertEquals("sba-nantes.northwind.example", sba.getFqdn());
        assertEquals(SurvivableKind.SBA, sba.getKind());
        assertSame(named(topology, FrontEndPool.class, "fe-paris.northwind.example"), sba.getFrontEndPool());
    }

    @Test
    void theSbaCarriesItsCollocatedMediationAndItsGatewayOn5082() {
        BranchSite nantes = Fixtures.central(topology, "Paris").getBranchSites().get(0);
        SurvivableBranch sba = nantes.getSurvivableBranches().get(0);
        MediationPool mediation = nantes.getMediationPools().get(0);
        assertEquals(MediationKind.COLLOCATED_SBA, mediation.getKind());
        assertSame(sba, mediation.getCollocatedWith());
        TrunkPeer gateway = named(topology, TrunkPeer.class, "gw-nantes.northwind.example");
        assertEquals(PeerKind.SBA_GATEWAY, gateway.getKind());
        assertSame(gateway, sba.getGateway());
        Trunk trunk = gateway.getRootTrunk();
        assertSame(mediation, trunk.getMediationPool());
        assertEquals(List.of(Transport.TLS, 5082, 5067), List.of(trunk.getTransport(), trunk.getPeerPort(), trunk.getMediationPort()));
    }

    @Test
    void fourGatewaysGiveFourRootTrunks() {
        assertEquals(4, Fixtures.count(topology, TrunkPeer.class));
        assertEquals(4, topology.getTrunks().size());
        assertTrue(topology.getTrunks().stream().allMatch(Trunk::isRoot));
    }

    @Test
    void bothSipDomainsDefaultFirst() {
        assertEquals(List.of("northwind.example", "voice.northwind.example"), topology.getSipDomains());
    }

    @Test
    void conferencingWebServicesAndPersistentChatAreSkippedWithTheirReasons() {
        List<String> skipped = imported.report().skipped();
        assertTrue(skipped.stream().anyMatch(s -> s.contains("ConfServices") && s.contains("conferencing")), skipped.toString());
        assertTrue(skipped.stream().anyMatch(s -> s.contains("WebServices") && s.contains("web services")), skipped.toString());
        assertTrue(skipped.stream().anyMatch(s -> s.contains("PersistentChatServer") && s.contains("Persistent Chat")),
                skipped.toString());
        assertTrue(skipped.stream().anyMatch(s -> s.contains("pchat-paris.northwind.example")), skipped.toString());
    }

    @Test
    void theReportAsksForTheBranchWanLinkAndSaysTheSbaKindIsAGuess() {
        assertTrue(imported.report().toFill().stream().anyMatch(s -> s.contains("WAN link between branch site Nantes")),
                imported.report().toFill().toString());
        assertTrue(imported.report().unmapped().stream().anyMatch(s -> s.contains("sba-nantes") && s.contains("SBS")),
                imported.report().unmapped().toString());
    }

    @Test
    void theReportAsksHowTheTwoServerMediationPoolIsLoadBalanced() {
        assertTrue(imported.report().toFill().contains(
                "Mediation pool med-paris.northwind.example: DNS or hardware load balancing (the document does not say)"),
                imported.report().toFill().toString());
    }

    @Test
    void theReportLinesStartWithTheCounts() {
        List<String> lines = imported.report().lines();
        assertTrue(lines.get(0).startsWith("Imported " + fixture() + ": " + imported.report().created().size() + " elements created"),
                lines.get(0));
        assertTrue(lines.contains("Skipped:") && lines.contains("Still to fill in:"), lines.toString());
    }
}
