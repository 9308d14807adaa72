package io.trunkline.validation.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.synthetic.SyntheticTopologyGenerator;
import io.trunkline.validation.LiveValidation;
import io.trunkline.validation.Validation;

/**
 * Issue 5 targets on a 2,000-site (~20,000 elements) topology: re-validation after a single-attribute edit
 * under 10 ms (median) and a full pass under 300 ms.
 */
@Tag("benchmark")
class ValidationBenchmark {

    @Test
    void fullPassAndSingleEdits() throws Exception {
        Topology topology = SyntheticTopologyGenerator.generate(2_000, 1);
        int elements = 1;
        for (var it = topology.eAllContents(); it.hasNext(); it.next()) {
            elements++;
        }
        for (int i = 0; i < 5; i++) {
            Validation.validate(topology);
        }
        double[] full = new double[9];
        for (int i = 0; i < full.length; i++) {
            long start = System.nanoTime();
            Validation.validate(topology);
            full[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(full);
        LiveValidation live = new LiveValidation(topology);
        List<TrunkPeer> peers = new ArrayList<>();
        List<Site> sites = new ArrayList<>();
        topology.eAllContents().forEachRemaining(o -> {
            if (o instanceof TrunkPeer p) {
                peers.add(p);
            } else if (o instanceof Site s) {
                sites.add(s);
            }
        });
        double[] rename = edits(peers.size(), i -> peers.get(i).setName("renamed " + i));
        double[] ports = edits(peers.size(), i -> peers.get(i).setPstnPorts(peers.get(i).getPstnPorts() + 1));
        double[] users = edits(sites.size(), i -> sites.get(i).setUsers(sites.get(i).getUsers() + 1));
        live.dispose();
        String table = String.format(Locale.ROOT, "| measure (2,000 sites, %,d elements) | median | min | max |%n|---|---|---|---|%n", elements)
                + row("full pass, 51 rules", full) + row("live re-validation: rename a gateway", rename)
                + row("live re-validation: change a gateway's ports (sizing input)", ports)
                + row("live re-validation: change a site's users (sizing input)", users);
        System.out.println("Validation benchmark (warm-up 5 full passes / 20 edits, then measured runs)\n" + table);
        Path out = Path.of("target", "benchmarks", "validation.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }

    private interface Edit {
        void apply(int index);
    }

    /** Times single-attribute edits (each one notification, validated at once) on spread-out elements. */
    private static double[] edits(int count, Edit edit) {
        for (int i = 0; i < 20; i++) {
            edit.apply((i * 7919) % count);
        }
        double[] ms = new double[51];
        for (int i = 0; i < ms.length; i++) {
            int index = (i * 104729) % count;
            long start = System.nanoTime();
            edit.apply(index);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static String row(String what, double[] sorted) {
        return String.format(Locale.ROOT, "| %s | %.2f ms | %.2f ms | %.2f ms |%n", what, sorted[sorted.length / 2], sorted[0],
                sorted[sorted.length - 1]);
    }
}
