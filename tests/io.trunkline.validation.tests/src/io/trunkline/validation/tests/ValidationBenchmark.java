package io.trunkline.validation.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.MediationPool;
import io.trunkline.model.PeerKind;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.WanLink;
import io.trunkline.model.synthetic.SyntheticTopologyGenerator;
import io.trunkline.validation.LiveValidation;
import io.trunkline.validation.Validation;

/**
 * Issue 5 and issue 18 item 1 targets: a full pass of 2,000 sites under 300 ms; live re-validation after any
 * kind of edit at most 3 ms (median) at 5,000 sites and at least 30 times faster than the full pass. Live
 * validation runs as in the editor: the edit is made (as one command would make it), then one flush is timed.
 * Every measured edit really changes the model (checked), on spread-out elements. Wall and CPU time are both
 * reported because the machine is shared.
 */
@Tag("benchmark")
class ValidationBenchmark {

    private static final TopologyFactory F = TopologyFactory.eINSTANCE;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int WARM_UP = 20;
    private static final int MEASURED = 51;

    private int serial;

    @Test
    void fullPassAndEveryKindOfEdit() throws Exception {
        StringBuilder tables = new StringBuilder();
        for (int sites : new int[] { 2_000, 5_000 }) {
            tables.append(table(sites)).append(System.lineSeparator());
        }
        System.out.println("Validation benchmark\n" + tables);
        Path out = Path.of("target", "benchmarks", "validation.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, tables);
    }

    private String table(int siteCount) {
        Topology topology = SyntheticTopologyGenerator.generate(siteCount, 1);
        int elements = 1;
        for (var it = topology.eAllContents(); it.hasNext(); it.next()) {
            elements++;
        }
        for (int i = 0; i < 5; i++) {
            Validation.validate(topology);
        }
        Times full = new Times(9);
        for (int i = 0; i < 9; i++) {
            full.start();
            Validation.validate(topology);
            full.stop(i);
        }
        LiveValidation live = new LiveValidation(topology);
        live.setAutoFlush(false);
        List<TrunkPeer> gateways = all(topology, TrunkPeer.class);
        List<Site> sites = all(topology, Site.class);
        List<MediationPool> pools = all(topology, MediationPool.class);
        List<Trunk> trunks = new ArrayList<>(topology.getTrunks());
        List<WanLink> links = new ArrayList<>(topology.getWanLinks());
        List<BranchSite> branches = all(topology, BranchSite.class);

        StringBuilder rows = new StringBuilder();
        rows.append(String.format(Locale.ROOT,
                "| measure (%,d sites, %,d elements) | median | min | max | median CPU | full pass / live |%n|---|---|---|---|---|---|%n",
                siteCount, elements));
        rows.append(row("full pass, all rules", full, full));
        rows.append(row("rename a gateway", full, measure(live, i -> {
            TrunkPeer peer = gateways.get(i % gateways.size());
            String name = "Gateway edit " + (++serial);
            peer.setName(name);
            return peer;
        })));
        rows.append(row("rename a site", full, measure(live, i -> {
            Site site = sites.get(i % sites.size());
            site.setName("Site edit " + (++serial));
            return site;
        })));
        rows.append(row("change a gateway's ports (sizing input)", full, measure(live, i -> {
            TrunkPeer peer = gateways.get(i % gateways.size());
            peer.setPstnPorts(peer.getPstnPorts() > 1 ? peer.getPstnPorts() - 1 : peer.getPstnPorts() + 1);
            return peer;
        })));
        rows.append(row("change a site's users (sizing input)", full, measure(live, i -> {
            Site site = sites.get(i % sites.size());
            site.setUsers(site.getUsers() + 1);
            return site;
        })));
        rows.append(row("add a gateway to a site", full, measure(live, i -> {
            TrunkPeer peer = F.createTrunkPeer();
            peer.setId("peer-bench-" + (++serial));
            peer.setAddress("bench" + serial + ".example");
            peer.setPstnPorts(24);
            peer.setKind(PeerKind.PSTN_GATEWAY);
            sites.get(i % sites.size()).getTrunkPeers().add(peer);
            return peer;
        })));
        rows.append(row("remove a gateway and its trunks", full, measure(live, i -> {
            TrunkPeer peer = gateways.remove((i * 3 + 1) % gateways.size());
            for (Trunk trunk : new ArrayList<>(peer.getTrunks())) {
                trunks.remove(trunk);
                EcoreUtil.remove(trunk);
                trunk.setPeer(null);
                trunk.setMediationPool(null);
            }
            EcoreUtil.remove(peer);
            return peer;
        })));
        rows.append(row("add a trunk", full, measure(live, i -> {
            Trunk trunk = F.createTrunk();
            trunk.setId("trunk-bench-" + (++serial));
            trunk.setPeer(gateways.get((i * 5 + 2) % gateways.size()));
            trunk.setMediationPool(pools.get(i % pools.size()));
            topology.getTrunks().add(trunk);
            return trunk;
        })));
        rows.append(row("remove a trunk", full, measure(live, i -> {
            Trunk trunk = trunks.remove((i * 7 + 3) % trunks.size());
            EcoreUtil.remove(trunk);
            trunk.setPeer(null);
            trunk.setMediationPool(null);
            return trunk;
        })));
        rows.append(row("re-point a trunk to another gateway", full, measure(live, i -> {
            Trunk trunk = trunks.get((i * 23 + 8) % trunks.size());
            int other = (i * 11 + 4) % gateways.size();
            trunk.setPeer(gateways.get(gateways.get(other) == trunk.getPeer() ? (other + 1) % gateways.size() : other));
            return trunk;
        })));
        rows.append(row("add a WAN link", full, measure(live, i -> {
            WanLink link = F.createWanLink();
            link.setId("wan-bench-" + (++serial));
            link.setSiteA(sites.get(i % sites.size()));
            link.setSiteB(sites.get((i * 13 + 5) % sites.size()));
            link.setAudioBandwidthKbps(5000);
            topology.getWanLinks().add(link);
            return link;
        })));
        rows.append(row("remove a WAN link", full, measure(live, i -> {
            WanLink link = links.remove((i * 17 + 6) % links.size());
            EcoreUtil.remove(link);
            return link;
        })));
        rows.append(row("add a branch site with a gateway", full, measure(live, i -> {
            CentralSite parent = topology.getCentralSites().get(i % topology.getCentralSites().size());
            BranchSite branch = F.createBranchSite();
            branch.setId("branch-bench-" + (++serial));
            branch.setName("Bench branch " + serial);
            branch.setUsers(200);
            TrunkPeer peer = F.createTrunkPeer();
            peer.setId("peer-bench-" + serial);
            peer.setAddress("branch" + serial + ".example");
            peer.setPstnPorts(24);
            branch.getTrunkPeers().add(peer);
            parent.getBranchSites().add(branch);
            return branch;
        })));
        rows.append(row("remove a branch site", full, measure(live, i -> {
            BranchSite branch = branches.remove((i * 19 + 7) % branches.size());
            for (TrunkPeer peer : branch.getTrunkPeers()) {
                for (Trunk trunk : new ArrayList<>(peer.getTrunks())) {
                    EcoreUtil.remove(trunk);
                    trunk.setPeer(null);
                }
            }
            EcoreUtil.remove(branch);
            return branch;
        })));
        live.dispose();
        return rows.toString();
    }

    /**
     * Makes {@code edit} on {@code WARM_UP + MEASURED} spread-out elements, each followed by a timed flush; an
     * edit that leaves nothing to validate fails the benchmark instead of reporting a free edit.
     */
    private static Times measure(LiveValidation live, IntFunction<EObject> edit) {
        Times times = new Times(MEASURED);
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            EObject edited = edit.apply(i * 7_919 + 1);
            if (!live.hasPendingChanges()) {
                throw new AssertionError("the edit of " + edited + " changed nothing");
            }
            times.start();
            live.flush();
            if (i >= WARM_UP) {
                times.stop(i - WARM_UP);
            }
        }
        return times;
    }

    private static String row(String what, Times full, Times live) {
        return String.format(Locale.ROOT, "| %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.0f× |%n", what, live.median(),
                live.min(), live.max(), live.cpuMedian(), full.median() / live.median());
    }

    private static <T> List<T> all(Topology topology, Class<T> type) {
        List<T> result = new ArrayList<>();
        topology.eAllContents().forEachRemaining(o -> {
            if (type.isInstance(o)) {
                result.add(type.cast(o));
            }
        });
        return result;
    }

    /** Wall and CPU times of runs on this thread, in milliseconds. */
    private static final class Times {
        private final double[] wall;
        private final double[] cpu;
        private long wallStart;
        private long cpuStart;

        Times(int runs) {
            wall = new double[runs];
            cpu = new double[runs];
        }

        void start() {
            cpuStart = THREADS.getCurrentThreadCpuTime();
            wallStart = System.nanoTime();
        }

        void stop(int run) {
            wall[run] = (System.nanoTime() - wallStart) / 1e6;
            cpu[run] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }

        double median() {
            return sorted(wall)[wall.length / 2];
        }

        double min() {
            return sorted(wall)[0];
        }

        double max() {
            return sorted(wall)[wall.length - 1];
        }

        double cpuMedian() {
            return sorted(cpu)[cpu.length / 2];
        }

        private static double[] sorted(double[] values) {
            double[] copy = values.clone();
            Arrays.sort(copy);
            return copy;
        }
    }
}
