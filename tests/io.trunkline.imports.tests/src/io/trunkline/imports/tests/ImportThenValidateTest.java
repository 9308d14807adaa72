package io.trunkline.imports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.DeploymentOption;
import io.trunkline.model.DirectorPool;
import io.trunkline.model.EdgePool;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.MediationKind;
import io.trunkline.model.MediationPool;
import io.trunkline.model.PeerKind;
import io.trunkline.model.Pool;
import io.trunkline.model.Site;
import io.trunkline.model.SurvivableBranch;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.Transport;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.persistence.ElementIds;
import io.trunkline.validation.Validation;

/**
 * An imported topology validates exactly like the same deployment drawn by hand with the model API (issue 16:
 * "An import followed by validate must give the findings the drawn equivalent gives"). Findings are compared by
 * rule and element name, since ids differ.
 */
class ImportThenValidateTest {

    private static final TopologyFactory F = TopologyFactory.eINSTANCE;

    private static List<String> findings(Topology topology) {
        return Validation.validate(topology).findings().stream()
                .map(f -> f.rule().id() + " " + (f.target() == null ? "-" : f.target().getName())).sorted().toList();
    }

    private static <P extends Pool> P pool(P pool, String fqdn, int servers) {
        pool.setName(fqdn);
        pool.setFqdn(fqdn);
        pool.setServers(servers);
        return pool;
    }

    private static CentralSite central(Topology topology, String name, String country, int siteId) {
        CentralSite site = F.createCentralSite();
        site.setName(name);
        site.setCity(name);
        site.setCountryRegion(country);
        site.setSiteId(siteId);
        topology.getCentralSites().add(site);
        return site;
    }

    private static MediationPool mediation(Site site, String fqdn, int servers, MediationKind kind, Pool host, boolean tcp) {
        MediationPool mediation = pool(F.createMediationPool(), fqdn, servers);
        mediation.setKind(kind);
        mediation.setCollocatedWith(host);
        mediation.setTcpEnabled(tcp);
        site.getMediationPools().add(mediation);
        return mediation;
    }

    private static TrunkPeer gateway(Topology topology, Site site, String address, MediationPool mediation, Transport transport,
            int peerPort, int mediationPort) {
        TrunkPeer peer = F.createTrunkPeer();
        peer.setName(address);
        peer.setAddress(address);
        site.getTrunkPeers().add(peer);
        Trunk trunk = F.createTrunk();
        trunk.setName(address);
        trunk.setRoot(true);
        trunk.setPeer(peer);
        trunk.setMediationPool(mediation);
        trunk.setTransport(transport);
        trunk.setPeerPort(peerPort);
        trunk.setMediationPort(mediationPort);
        topology.getTrunks().add(trunk);
        return peer;
    }

    /** Lyon as the single-site fixture describes it, drawn element by element. */
    private static Topology drawnSingleSite() {
        Topology topology = F.createTopology();
        topology.setName("single-site");
        topology.getSipDomains().add("northwind.example");
        CentralSite lyon = central(topology, "Lyon", "FR", 1);
        FrontEndPool fe = pool(F.createFrontEndPool(), "fe-lyon.northwind.example", 3);
        lyon.getFrontEndPools().add(fe);
        MediationPool mediation = mediation(lyon, "fe-lyon.northwind.example", 3, MediationKind.COLLOCATED_FE, fe, true);
        mediation.setNextHop(fe);
        gateway(topology, lyon, "gw1-lyon.northwind.example", mediation, Transport.TLS, 5067, 5067);
        ElementIds.assignMissing(topology);
        return topology;
    }

    /** Paris, Berlin and the branch Nantes as the two-central-site fixture describes them. */
    private static Topology drawnTwoCentralSites() {
        Topology topology = F.createTopology();
        topology.setName("two-central-sites");
        topology.getSipDomains().addAll(List.of("northwind.example", "voice.northwind.example"));
        CentralSite paris = central(topology, "Paris", "FR", 1);
        CentralSite berlin = central(topology, "Berlin", "DE", 2);
        FrontEndPool feParis = pool(F.createFrontEndPool(), "fe-paris.northwind.example", 4);
        feParis.setCollocatedMediation(false);
        paris.getFrontEndPools().add(feParis);
        FrontEndPool feBerlin = pool(F.createFrontEndPool(), "fe-berlin.northwind.example", 3);
        feBerlin.setCollocatedMediation(false);
        berlin.getFrontEndPools().add(feBerlin);
        feParis.setBackupRegistrar(feBerlin);
        feBerlin.setBackupRegistrar(feParis);
        EdgePool edge = pool(F.createEdgePool(), "edge-paris.northwind.example", 2);
        paris.getEdgePools().add(edge);
        DirectorPool director = pool(F.createDirectorPool(), "dir-berlin.northwind.example", 2);
        berlin.getDirectorPools().add(director);
        MediationPool medParis = mediation(paris, "med-paris.northwind.example", 2, MediationKind.STANDALONE, null, true);
        medParis.setNextHop(feParis);
        medParis.setEdgePool(edge);
        MediationPool medBerlin = mediation(berlin, "med-berlin.northwind.example", 1, MediationKind.STANDALONE, null, false);
        medBerlin.setNextHop(feBerlin);
        gateway(topology, paris, "gw1-paris.northwind.example", medParis, Transport.TLS, 5067, 5067);
        gateway(topology, paris, "192.0.2.20", medParis, Transport.TCP, 5066, 5068);
        gateway(topology, berlin, "gw1-berlin.northwind.example", medBerlin, Transport.TLS, 5067, 5067);
        BranchSite nantes = F.createBranchSite();
        nantes.setName("Nantes");
        nantes.setCity("Nantes");
        nantes.setCountryRegion("FR");
        nantes.setDeploymentOption(DeploymentOption.BRANCH);
        paris.getBranchSites().add(nantes);
        SurvivableBranch sba = pool(F.createSurvivableBranch(), "sba-nantes.northwind.example", 1);
        sba.setFrontEndPool(feParis);
        nantes.getSurvivableBranches().add(sba);
        MediationPool medNantes = mediation(nantes, "sba-nantes.northwind.example", 1, MediationKind.COLLOCATED_SBA, sba, true);
        TrunkPeer sbaGateway = gateway(topology, nantes, "gw-nantes.northwind.example", medNantes, Transport.TLS, 5082, 5067);
        sbaGateway.setKind(PeerKind.SBA_GATEWAY);
        sba.setGateway(sbaGateway);
        ElementIds.assignMissing(topology);
        return topology;
    }

    @Test
    void theSingleSiteDocumentValidatesLikeTheDrawnSite() throws Exception {
        List<String> drawn = findings(drawnSingleSite());
        assertFalse(drawn.isEmpty(), "the drawn site lacks users and ports, so there are findings to compare");
        assertEquals(drawn, findings(Fixtures.imported("single-site.xml").topology()));
    }

    @Test
    void theSingleSiteBuilderDocumentValidatesLikeTheDrawnSite() throws Exception {
        assertEquals(findings(drawnSingleSite()), findings(Fixtures.imported("single-site.tbxml").topology()));
    }

    @Test
    void theTwoCentralSiteDocumentValidatesLikeTheDrawnDeployment() throws Exception {
        assertEquals(findings(drawnTwoCentralSites()), findings(Fixtures.imported("two-central-sites.xml").topology()));
    }

    @Test
    void theTwoCentralSiteBuilderDocumentValidatesLikeTheDrawnDeployment() throws Exception {
        assertEquals(findings(drawnTwoCentralSites()), findings(Fixtures.imported("two-central-sites.tbxml").topology()));
    }
}
