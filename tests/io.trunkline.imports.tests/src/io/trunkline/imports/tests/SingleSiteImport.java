package io.trunkline.imports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.trunkline.imports.TopologyImport;
import io.trunkline.model.CentralSite;
import io.trunkline.model.Edition;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.IpVersion;
import io.trunkline.model.MediationKind;
import io.trunkline.model.MediationPool;
import io.trunkline.model.PeerKind;
import io.trunkline.model.Topology;
import io.trunkline.model.Transport;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;

/**
 * The single-site fixture (Lyon: a three-server Front End pool, collocated Mediation, one TLS gateway), the same
 * expectations for both formats. Every expected value is read off the fixture by hand.
 */
abstract class SingleSiteImport {

    private TopologyImport imported;
    private Topology topology;

    abstract String fixture();

    @BeforeEach
    void importIt() throws Exception {
        imported = Fixtures.imported(fixture());
        topology = imported.topology();
    }

    @Test
    void oneCentralSiteWithItsLocation() {
        assertEquals(1, topology.getCentralSites().size());
        CentralSite lyon = topology.getCentralSites().get(0);
        assertEquals("Lyon", lyon.getName());
        assertEquals("Lyon", lyon.getCity());
        assertEquals("FR", lyon.getCountryRegion());
        assertEquals(1, lyon.getSiteId());
        assertTrue(lyon.getBranchSites().isEmpty());
    }

    @Test
    void theFrontEndPoolHasItsThreeMachinesAndCollocatedMediation() {
        CentralSite lyon = topology.getCentralSites().get(0);
        assertEquals(1, lyon.getFrontEndPools().size());
        FrontEndPool pool = lyon.getFrontEndPools().get(0);
        assertEquals("fe-lyon.northwind.example", pool.getFqdn());
        assertEquals(3, pool.getServers());
        assertEquals(Edition.ENTERPRISE, pool.getEdition(), "its user database is on a SQL cluster of its own");
        assertTrue(pool.isCollocatedMediation());
    }

    @Test
    void theMediationServerIsCollocatedOnTheFrontEndPoolWithItsPorts() {
        CentralSite lyon = topology.getCentralSites().get(0);
        assertEquals(1, lyon.getMediationPools().size());
        MediationPool mediation = lyon.getMediationPools().get(0);
        FrontEndPool pool = lyon.getFrontEndPools().get(0);
        assertEquals(MediationKind.COLLOCATED_FE, mediation.getKind());
        assertSame(pool, mediation.getCollocatedWith());
        assertSame(pool, mediation.getNextHop());
        assertEquals(3, mediation.getServers(), "a collocated Mediation Server runs on every Front End server");
        assertEquals(List.of(5067, 5067), List.of(mediation.getTlsPortFirst(), mediation.getTlsPortLast()));
        assertTrue(mediation.isTcpEnabled());
        assertEquals(List.of(5068, 5068), List.of(mediation.getTcpPortFirst(), mediation.getTcpPortLast()));
        assertEquals(5070, mediation.getFrontEndPort());
    }

    @Test
    void theGatewayHasItsAddressAndNoPortsYet() {
        CentralSite lyon = topology.getCentralSites().get(0);
        assertEquals(1, lyon.getTrunkPeers().size());
        TrunkPeer gateway = lyon.getTrunkPeers().get(0);
        assertEquals("gw1-lyon.northwind.example", gateway.getAddress());
        assertEquals(PeerKind.PSTN_GATEWAY, gateway.getKind());
        assertEquals(IpVersion.IPV4, gateway.getIpVersion());
        assertEquals(0, gateway.getPstnPorts(), "the document has no port counts; they stay unset");
    }

    @Test
    void theGatewaysDependencyOnMediationIsItsRootTrunkOnTls() {
        assertEquals(1, topology.getTrunks().size());
        Trunk trunk = topology.getTrunks().get(0);
        assertTrue(trunk.isRoot());
        assertSame(topology.getCentralSites().get(0).getTrunkPeers().get(0), trunk.getPeer());
        assertSame(topology.getCentralSites().get(0).getMediationPools().get(0), trunk.getMediationPool());
        assertEquals(Transport.TLS, trunk.getTransport());
        assertEquals(5067, trunk.getPeerPort());
        assertEquals(5067, trunk.getMediationPort());
    }

    @Test
    void theSipDomainIsTheDefaultDomain() {
        assertEquals(List.of("northwind.example"), topology.getSipDomains());
    }

    @Test
    void everyElementHasAnId() {
        assertTrue(Fixtures.all(topology).allMatch(e -> e.getId() != null && !e.getId().isEmpty()));
    }

    @Test
    void theReportListsTheCreatedElements() {
        // SIP domain, site, Front End pool, Mediation Server, gateway (with its trunk): five lines.
        assertEquals(5, imported.report().created().size(), imported.report().created().toString());
    }

    @Test
    void theReportSkipsConferencingAndTheUserDatabaseWithTheirReasons() {
        List<String> skipped = imported.report().skipped();
        assertTrue(skipped.stream().anyMatch(s -> s.contains("ConfServices") && s.contains("conferencing")), skipped.toString());
        assertTrue(skipped.stream().anyMatch(s -> s.contains("UserStore") && s.contains("user database")), skipped.toString());
        assertTrue(skipped.stream().anyMatch(s -> s.contains("sql-lyon.northwind.example")), skipped.toString());
    }

    @Test
    void theReportAsksForUsersAndGatewayPorts() {
        List<String> toFill = imported.report().toFill();
        assertTrue(toFill.stream().anyMatch(s -> s.contains("site Lyon") && s.contains("users")), toFill.toString());
        assertTrue(toFill.stream().anyMatch(s -> s.contains("gw1-lyon.northwind.example") && s.contains("PSTN ports")),
                toFill.toString());
    }

    @Test
    void theReportSaysTheMediaPortsAndServerNamesAreNotMapped() {
        // Media ports: 49152 and 8348 ports, so up to 49152 + 8348 - 1 = 57499; servers: the Front End pool's three.
        assertEquals(List.of("Mediation pool fe-lyon.northwind.example: AudioCommunication port 49152-57499 TcpOrUdp"
                + " (Trunkline plans the SIP listening ports only)",
                "3 server names and their IP addresses (Trunkline counts the servers of a pool, it does not list them)"),
                imported.report().unmapped());
    }

    @Test
    void noSiteHasUsersYet() {
        assertEquals(0, topology.getCentralSites().get(0).getUsers());
    }
}
