package io.trunkline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trunkline.cli.internal.ExitCode;
import io.trunkline.model.CentralSite;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.MediationPool;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.WanLink;
import io.trunkline.model.examples.Examples;
import io.trunkline.model.persistence.TopologyFiles;

/**
 * {@code trunkline resilience}: the N-1 sweep and simulated failures as a planner's CI runs them. The flawed
 * example's figures are worked out in io.trunkline.resiliency.tests.FlawedExampleSweepTest.
 */
class ResilienceCommandTest {

    @TempDir
    Path folder;

    /** The last run, whose output the assertions read. */
    private Cli last;

    private int run(String... args) {
        last = Cli.run(args);
        return last.exitCode();
    }

    private String out() {
        return last.out();
    }

    private String err() {
        return last.err();
    }

    private String flawed() throws Exception {
        Path file = folder.resolve("flawed.topology");
        Examples.copyTo(Examples.FLAWED, file);
        return file.toString();
    }

    @Test
    void theSweepOfTheFlawedExampleExitsOneBecauseSingleFailuresLeaveUsersWithoutPstn() throws Exception {
        assertEquals(ExitCode.FINDINGS, run("resilience", flawed()));
    }

    @Test
    void theSweepListsTheWorstSinglePointOfFailureFirst() throws Exception {
        run("resilience", flawed());

        String first = out().lines().filter(l -> l.startsWith("  ")).findFirst().orElseThrow();
        assertTrue(first.startsWith("  fe-dead0201      Paris Front End (Front End pool): 5,400 without PSTN, 5,420 without registration"),
                first);
    }

    @Test
    void theSweepCountsTwelveSinglePointsOfFailure() throws Exception {
        run("resilience", flawed());

        assertTrue(out().startsWith("flawed.topology: N-1 sweep of 21 elements: 12 single points of failure, 0 short of ports."),
                out());
    }

    @Test
    void everyOutputStatesTheRoutingAssumption() throws Exception {
        run("resilience", flawed(), "--fail", "wan-dead0801");

        assertTrue(out().lines().anyMatch(l -> l.startsWith("Assumed routing (the topology has no voice routes")), out());
    }

    @Test
    void failingTheLyonLinkShowsLyonWithoutServiceAndExitsOne() throws Exception {
        int code = run("resilience", flawed(), "--fail", "wan-dead0801");

        assertEquals(List.of(ExitCode.FINDINGS, true), List.of(code, out().contains("  no service Lyon: no registration: ")));
    }

    @Test
    void aFailureThatLeavesEveryoneTheirPstnExitsZero() throws Exception {
        // The Director is the Paris Mediation pool's next hop: calls in stop, calls out go on.
        assertEquals(ExitCode.OK, run("resilience", flawed(), "--fail", "dir-dead0201"));
    }

    @Test
    void severalIdsAfterOneFailAreFailedTogether() throws Exception {
        run("resilience", flawed(), "--fail", "sba-dead0202", "sba-dead0203");

        // Each SBA's 1,000 Lille users fail over to the Paris Front End pool, after 120 s and 30 s.
        assertTrue(out().contains("Lille: registration via Lille SBA 1, Paris Front End (2,000 users on the backup Registrar"
                + " after 120 s failover [EVR]);"), out());
    }

    @Test
    void anUnknownIdIsAUsageErrorNamingIt() throws Exception {
        int code = run("resilience", flawed(), "--fail", "gw-nonexistent");

        assertEquals(List.of(ExitCode.USAGE, true, ""), List.of(code,
                err().startsWith("trunkline resilience: no site, pool, SBA/SBS, trunk peer, trunk or WAN link with id"
                        + " 'gw-nonexistent' in flawed.topology"), out()));
    }

    @Test
    void failWithoutAnIdIsAUsageError() throws Exception {
        assertEquals(ExitCode.USAGE, run("resilience", flawed(), "--fail"));
    }

    @Test
    void anUnknownOptionIsAUsageErrorNamingIt() throws Exception {
        int code = run("resilience", flawed(), "--n2");

        assertEquals(List.of(ExitCode.USAGE, true), List.of(code, err().contains("unknown option --n2")));
    }

    @Test
    void aMissingFileExitsThreeNamingIt() {
        int code = run("resilience", folder.resolve("nowhere.topology").toString());

        assertEquals(List.of(ExitCode.IO, true), List.of(code, err().contains("no such topology file: ")));
    }

    @Test
    void aMalformedFileExitsThreeWithTheLineAndNoJava() throws Exception {
        Path file = folder.resolve("broken.topology");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<topology:Topology xmlns:topology=\"http://trunkline.io/topology/1.0\"\n  <centralSites");

        int code = run("resilience", file.toString());

        assertEquals(List.of(ExitCode.IO, true, false, ""), List.of(code, err().contains("cannot load " + file),
                err().contains("Exception"), out()));
    }

    @Test
    void theJsonSweepNamesEachSinglePointOfFailureWithItsUsers() throws Exception {
        run("resilience", flawed(), "--json");

        assertTrue(out().startsWith("{\"file\":\"flawed.topology\",\"assumption\":\"Assumed routing")
                && out().contains("{\"element\":\"fe-dead0201\",\"name\":\"Paris Front End\",\"kind\":\"Front End pool\","
                        + "\"usersWithoutPstn\":5400,\"usersWithoutRegistration\":5420,\"portShortfall\":0"), out());
    }

    @Test
    void aTopologyWithoutSinglePointsOfFailureExitsZero() throws Exception {
        Path file = folder.resolve("redundant.topology");
        TopologyFiles.save(redundant(), file);

        int code = run("resilience", file.toString());

        assertEquals(List.of(ExitCode.OK, true), List.of(code, out().contains(": 0 single points of failure")), out());
    }

    /**
     * Two central sites on a resilient WAN link, each Front End pool the other's backup Registrar, each site with two
     * gateways trunked to both of its two Mediation pools: no single failure leaves anyone without PSTN.
     */
    private static Topology redundant() {
        TopologyFactory f = TopologyFactory.eINSTANCE;
        Topology topology = f.createTopology();
        topology.setId("topo-1");
        topology.setName("Redundant");
        FrontEndPool[] pools = new FrontEndPool[2];
        for (int i = 0; i < 2; i++) {
            CentralSite site = f.createCentralSite();
            site.setId("site-" + i);
            site.setName("Site " + i);
            site.setSiteId(i + 1);
            site.setUsers(100);
            topology.getCentralSites().add(site);
            pools[i] = f.createFrontEndPool();
            pools[i].setId("fe-" + i);
            pools[i].setFqdn("fe" + i + ".example");
            pools[i].setServers(3);
            site.getFrontEndPools().add(pools[i]);
            for (int m = 0; m < 2; m++) {
                MediationPool mediation = f.createMediationPool();
                mediation.setId("med-" + i + m);
                mediation.setFqdn("med" + i + m + ".example");
                mediation.setNextHop(pools[i]);
                site.getMediationPools().add(mediation);
            }
            for (int g = 0; g < 2; g++) {
                TrunkPeer gateway = f.createTrunkPeer();
                gateway.setId("gw-" + i + g);
                gateway.setAddress("gw" + i + g + ".example");
                gateway.setPstnPorts(24);
                site.getTrunkPeers().add(gateway);
                for (MediationPool mediation : site.getMediationPools()) {
                    Trunk trunk = f.createTrunk();
                    trunk.setId("trunk-" + i + g + mediation.getId());
                    trunk.setName(trunk.getId());
                    trunk.setRoot(gateway.getTrunks().isEmpty());
                    trunk.setMediationPool(mediation);
                    trunk.setPeer(gateway);
                    topology.getTrunks().add(trunk);
                }
            }
        }
        pools[0].setBackupRegistrar(pools[1]);
        pools[1].setBackupRegistrar(pools[0]);
        WanLink link = f.createWanLink();
        link.setId("wan-1");
        link.setSiteA(topology.getCentralSites().get(0));
        link.setSiteB(topology.getCentralSites().get(1));
        link.setResilient(true);
        topology.getWanLinks().add(link);
        return topology;
    }
}
