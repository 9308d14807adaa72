package io.trunkline.model.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.Element;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.MediationKind;
import io.trunkline.model.MediationPool;
import io.trunkline.model.PeerKind;
import io.trunkline.model.Pbx;
import io.trunkline.model.PbxLink;
import io.trunkline.model.PstnLink;
import io.trunkline.model.Site;
import io.trunkline.model.SurvivableBranch;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.UsageProfile;
import io.trunkline.model.WanLink;

/**
 * Builds large, plausible topologies for tests and benchmarks: one central site per twenty sites (Front End
 * pool, stand-alone Mediation pool, two gateways with carrier links), the rest branches spread over the central
 * sites, alternating SBA branches, branches with a local gateway trunked to the central pool, and branches
 * that keep a TDM PBX behind a gateway; every branch has a second gateway and carrier lines, about ten
 * elements per site. The same {@code (sites, seed)} always gives the same topology,
 * ids included.
 */
public final class SyntheticTopologyGenerator {

    private static final int SITES_PER_CENTRAL_SITE = 20;
    private static final TopologyFactory F = TopologyFactory.eINSTANCE;

    private final Random random;
    private final Map<String, Integer> counters = new HashMap<>();

    private SyntheticTopologyGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A topology with {@code sites} sites (at least one central site), deterministic from {@code seed}. */
    public static Topology generate(int sites, long seed) {
        if (sites < 1) {
            throw new IllegalArgumentException("a topology needs at least one site, asked for " + sites);
        }
        return new SyntheticTopologyGenerator(seed).build(sites);
    }

    private Topology build(int sites) {
        Topology topology = F.createTopology();
        identify(topology, "topo", "Synthetic enterprise (" + sites + " sites)");
        topology.setOrganisation("Synthetic");
        topology.getSipDomains().add("synthetic.example");
        int centralCount = Math.max(1, (sites + SITES_PER_CENTRAL_SITE - 1) / SITES_PER_CENTRAL_SITE);
        List<CentralSite> centrals = new ArrayList<>();
        for (int i = 0; i < centralCount; i++) {
            centrals.add(centralSite(topology, i));
        }
        for (int i = 0; i + 1 < centrals.size(); i++) {
            wan(topology, centrals.get(i), centrals.get(i + 1), true);
        }
        for (int i = 0; i < sites - centralCount; i++) {
            CentralSite parent = centrals.get(i % centrals.size());
            branchSite(topology, parent, i);
        }
        return topology;
    }

    private CentralSite centralSite(Topology topology, int index) {
        CentralSite site = F.createCentralSite();
        identify(site, "site", "Central " + (index + 1));
        site.setSiteId(index + 1);
        site.setUsers(1000 + random.nextInt(19000));
        site.setUsageProfile(profile());
        site.setCountryRegion(index % 3 == 0 ? "US" : index % 3 == 1 ? "GB" : "DE");
        topology.getCentralSites().add(site);

        FrontEndPool frontEnd = F.createFrontEndPool();
        identify(frontEnd, "fe", site.getName() + " Front End");
        frontEnd.setFqdn("pool" + index + ".synthetic.example");
        frontEnd.setServers(Math.min(12, 3 + site.getUsers() / 6000));
        frontEnd.setCollocatedMediation(false);
        site.getFrontEndPools().add(frontEnd);

        MediationPool mediation = F.createMediationPool();
        identify(mediation, "med", site.getName() + " Mediation");
        mediation.setFqdn("med" + index + ".synthetic.example");
        mediation.setServers(2);
        mediation.setDnsLoadBalancing(true);
        mediation.setNextHop(frontEnd);
        site.getMediationPools().add(mediation);

        for (int g = 1; g <= 2; g++) {
            TrunkPeer gateway = gateway(site, "gw" + g + ".c" + index, site.getUsers() / 16 + 24);
            trunk(topology, mediation, gateway, true);
            carrierLink(site, gateway, index);
        }
        return site;
    }

    private void branchSite(Topology topology, CentralSite parent, int index) {
        BranchSite branch = F.createBranchSite();
        identify(branch, "branch", "Branch " + (index + 1));
        branch.setUsers(20 + random.nextInt(980));
        branch.setUsageProfile(profile());
        branch.setCountryRegion(parent.getCountryRegion());
        parent.getBranchSites().add(branch);
        MediationPool pool = switch (index % 3) {
        case 0 -> survivableBranch(topology, parent, branch, index);
        case 1 -> localGateway(topology, parent, branch, index);
        default -> pbxBehindGateway(topology, parent, branch, index);
        };
        // A second gateway for availability, as the planning guidance recommends [DS].
        TrunkPeer second = gateway(branch, "gw2.b" + index, branch.getUsers() / 16 + 4);
        trunk(topology, pool, second, true);
        carrierLink(branch, second, index);
    }

    private void carrierLink(Site site, TrunkPeer gateway, int index) {
        PstnLink carrier = F.createPstnLink();
        identify(carrier, "pstnlink", gateway.getName() + " lines");
        carrier.setGateway(gateway);
        carrier.setCarrier("Carrier " + (index % 7));
        carrier.setChannels(gateway.getPstnPorts());
        site.getPstnLinks().add(carrier);
    }

    private MediationPool survivableBranch(Topology topology, CentralSite parent, BranchSite branch, int index) {
        SurvivableBranch sba = F.createSurvivableBranch();
        identify(sba, "sba", branch.getName() + " SBA");
        sba.setFqdn("sba" + index + ".synthetic.example");
        sba.setFrontEndPool(parent.getFrontEndPools().get(0));
        branch.getSurvivableBranches().add(sba);
        MediationPool mediation = F.createMediationPool();
        identify(mediation, "med", branch.getName() + " SBA Mediation");
        mediation.setFqdn(sba.getFqdn());
        mediation.setKind(MediationKind.COLLOCATED_SBA);
        mediation.setCollocatedWith(sba);
        mediation.setNextHop(parent.getFrontEndPools().get(0));
        branch.getMediationPools().add(mediation);
        TrunkPeer gateway = gateway(branch, "sbagw" + index, branch.getUsers() / 8 + 4);
        gateway.setKind(PeerKind.SBA_GATEWAY);
        sba.setGateway(gateway);
        Trunk root = trunk(topology, mediation, gateway, true);
        root.setPeerPort(5082);
        carrierLink(branch, gateway, index);
        wan(topology, parent, branch, false);
        return mediation;
    }

    private MediationPool localGateway(Topology topology, CentralSite parent, BranchSite branch, int index) {
        TrunkPeer gateway = gateway(branch, "gw.b" + index, branch.getUsers() / 8 + 4);
        MediationPool pool = parent.getMediationPools().get(0);
        trunk(topology, pool, gateway, true);
        carrierLink(branch, gateway, index);
        wan(topology, parent, branch, true);
        return pool;
    }

    private MediationPool pbxBehindGateway(Topology topology, CentralSite parent, BranchSite branch, int index) {
        TrunkPeer gateway = gateway(branch, "pbxgw.b" + index, 24);
        MediationPool pool = parent.getMediationPools().get(0);
        trunk(topology, pool, gateway, true);
        Pbx pbx = F.createPbx();
        identify(pbx, "pbx", branch.getName() + " PBX");
        pbx.setUsersRemaining(50 + random.nextInt(500));
        branch.getPbxs().add(pbx);
        PbxLink link = F.createPbxLink();
        identify(link, "pbxlink", branch.getName() + " PBX T1");
        link.setGateway(gateway);
        link.setPbx(pbx);
        branch.getPbxLinks().add(link);
        wan(topology, parent, branch, true);
        return pool;
    }

    private TrunkPeer gateway(Site site, String host, int ports) {
        TrunkPeer gateway = F.createTrunkPeer();
        identify(gateway, "peer", site.getName() + " gateway " + host);
        gateway.setAddress(host + ".synthetic.example");
        gateway.setPstnPorts(Math.min(960, ports));
        gateway.setCountryRegion(site.getCountryRegion());
        // Every gateway trunks to a two-server Mediation pool, which needs DNS load balancing on the peer [MED] (TL-GW-20).
        gateway.setSupportsDnsLoadBalancing(true);
        site.getTrunkPeers().add(gateway);
        return gateway;
    }

    private Trunk trunk(Topology topology, MediationPool mediation, TrunkPeer peer, boolean root) {
        Trunk trunk = F.createTrunk();
        identify(trunk, "trunk", peer.getAddress());
        trunk.setRoot(root);
        trunk.setMediationPool(mediation);
        trunk.setPeer(peer);
        topology.getTrunks().add(trunk);
        return trunk;
    }

    private void wan(Topology topology, Site a, Site b, boolean resilient) {
        WanLink link = F.createWanLink();
        identify(link, "wan", a.getName() + " - " + b.getName());
        link.setSiteA(a);
        link.setSiteB(b);
        link.setResilient(resilient);
        link.setAudioBandwidthKbps(2000 + random.nextInt(18000));
        topology.getWanLinks().add(link);
    }

    private UsageProfile profile() {
        int roll = random.nextInt(10);
        return roll < 3 ? UsageProfile.LIGHT : roll < 8 ? UsageProfile.MODERATE : UsageProfile.HEAVY;
    }

    private void identify(Element element, String prefix, String name) {
        int next = counters.merge(prefix, 1, Integer::sum);
        element.setId(String.format("%s-%08x", prefix, next));
        element.setName(name);
    }
}
