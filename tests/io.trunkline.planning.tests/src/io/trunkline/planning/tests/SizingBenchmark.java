package io.trunkline.planning.tests;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.synthetic.SyntheticTopologyGenerator;
import io.trunkline.planning.IncrementalSizing;
import io.trunkline.planning.TopologySizer;

/**
 * Issue 4 target: size a 5,000-site topology in under 50 ms; issue 18 item 1: after one edit, re-size only what
 * it touches. Wall and CPU time (this thread) are both reported because the machine is shared. Run with
 * ./trunkline bench.
 */
@Tag("benchmark")
class SizingBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final TopologyPackage P = TopologyPackage.eINSTANCE;

    @Test
    void sizeGeneratedTopologiesFullyAndIncrementally() throws IOException {
        StringBuilder table = new StringBuilder("| sites | elements | full size() | CPU | incremental: a site's users | CPU "
                + "| incremental: a gateway's ports | CPU | full / incremental |\n|---|---|---|---|---|---|---|---|---|\n");
        for (int sites : new int[] { 100, 1_000, 5_000 }) {
            Topology topology = SyntheticTopologyGenerator.generate(sites, 1);
            int elements = count(topology);
            for (int i = 0; i < 20; i++) {
                TopologySizer.size(topology);
            }
            double[][] full = measure(15, i -> TopologySizer.size(topology));
            List<Site> allSites = all(topology, Site.class);
            List<TrunkPeer> gateways = all(topology, TrunkPeer.class);
            IncrementalSizing incremental = new IncrementalSizing(topology);
            measure(20, i -> usersEdit(incremental, allSites.get(i * 7_919 % allSites.size())));
            double[][] users = measure(51, i -> usersEdit(incremental, allSites.get((i * 104_729 + 3) % allSites.size())));
            measure(20, i -> portsEdit(incremental, gateways.get(i * 7_919 % gateways.size())));
            double[][] ports = measure(51, i -> portsEdit(incremental, gateways.get((i * 104_729 + 5) % gateways.size())));
            if (!incremental.sizing().equals(TopologySizer.size(topology))) {
                throw new AssertionError("the incremental sizing drifted from a full one");
            }
            table.append(String.format(Locale.ROOT, "| %,d | %,d | %.2f ms | %.2f ms | %.3f ms | %.3f ms | %.3f ms | %.3f ms | %.0f× |%n",
                    sites, elements, median(full[0]), median(full[1]), median(users[0]), median(users[1]), median(ports[0]),
                    median(ports[1]), median(full[0]) / Math.max(median(users[0]), median(ports[0]))));
        }
        System.out.println("Sizing benchmark (full: warm-up 20, 15 runs; incremental: warm-up 20, 51 edits)\n" + table);
        Path out = Path.of("target", "benchmarks", "sizing.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table.toString());
    }

    /** One more user at {@code site}, then the sizing the editor would read. */
    private static void usersEdit(IncrementalSizing sizing, Site site) {
        site.setUsers(site.getUsers() + 1);
        sizing.update(Map.of(site, Set.of(P.getSite_Users())));
        sizing.sizing();
    }

    private static void portsEdit(IncrementalSizing sizing, TrunkPeer gateway) {
        gateway.setPstnPorts(gateway.getPstnPorts() > 2 ? gateway.getPstnPorts() - 1 : gateway.getPstnPorts() + 1);
        sizing.update(Map.of(gateway, Set.of(P.getTrunkPeer_PstnPorts())));
        sizing.sizing();
    }

    private interface Run {
        void run(int index);
    }

    /** {wall ms[], CPU ms[]} of {@code runs} runs. */
    private static double[][] measure(int runs, Run run) {
        double[][] ms = new double[2][runs];
        for (int i = 0; i < runs; i++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            run.run(i);
            ms[0][i] = (System.nanoTime() - start) / 1e6;
            ms[1][i] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
        }
        return ms;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
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

    private static int count(Topology topology) {
        int[] n = { 1 };
        topology.eAllContents().forEachRemaining(o -> n[0]++);
        return n[0];
    }
}
