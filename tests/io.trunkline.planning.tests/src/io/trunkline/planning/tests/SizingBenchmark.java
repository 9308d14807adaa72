package io.trunkline.planning.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.trunkline.model.Topology;
import io.trunkline.model.synthetic.SyntheticTopologyGenerator;
import io.trunkline.planning.TopologySizer;

/** Issue 4 target: size a 5,000-site topology in under 50 ms. Run with ./trunkline bench. */
@Tag("benchmark")
class SizingBenchmark {

    @Test
    void sizeGeneratedTopologies() throws IOException {
        StringBuilder table = new StringBuilder("| sites | elements | median size() | min | max |\n|---|---|---|---|---|\n");
        for (int sites : new int[] { 100, 1_000, 5_000 }) {
            Topology topology = SyntheticTopologyGenerator.generate(sites, 1);
            int elements = count(topology);
            for (int i = 0; i < 20; i++) {
                TopologySizer.size(topology);
            }
            double[] ms = new double[15];
            for (int i = 0; i < ms.length; i++) {
                long start = System.nanoTime();
                TopologySizer.size(topology);
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(ms);
            table.append(String.format(Locale.ROOT, "| %,d | %,d | %.1f ms | %.1f ms | %.1f ms |%n", sites, elements,
                    ms[ms.length / 2], ms[0], ms[ms.length - 1]));
        }
        System.out.println("Sizing benchmark (warm-up 20, 15 runs)\n" + table);
        Path out = Path.of("target", "benchmarks", "sizing.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table.toString());
    }

    private static int count(Topology topology) {
        int[] n = { 1 };
        topology.eAllContents().forEachRemaining(o -> n[0]++);
        return n[0];
    }
}
