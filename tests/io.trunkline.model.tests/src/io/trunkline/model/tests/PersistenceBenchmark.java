package io.trunkline.model.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.trunkline.model.Topology;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.model.synthetic.SyntheticTopologyGenerator;

/** Issue 3 target: 5,000 sites (~50,000 elements) load in under 2 s and save in under 1 s. */
@Tag("benchmark")
class PersistenceBenchmark {

    @Test
    void loadAndSaveGeneratedTopologies() throws Exception {
        StringBuilder table = new StringBuilder(
                "| sites | elements | file size | median load | median save | heap of loaded model |\n|---|---|---|---|---|---|\n");
        Path folder = Files.createTempDirectory("persistence-bench");
        for (int sites : new int[] { 100, 1_000, 5_000 }) {
            Path file = folder.resolve(sites + ".topology");
            Topology generated = SyntheticTopologyGenerator.generate(sites, 1);
            TopologyFiles.save(generated, file);
            int elements = 1;
            for (var it = generated.eAllContents(); it.hasNext(); it.next()) {
                elements++;
            }
            for (int i = 0; i < 3; i++) {
                TopologyFiles.save(TopologyFiles.load(file), file);
            }
            double[] load = new double[7];
            double[] save = new double[7];
            long heap = 0;
            for (int i = 0; i < load.length; i++) {
                long before = usedAfterGc();
                long start = System.nanoTime();
                Topology topology = TopologyFiles.load(file);
                load[i] = (System.nanoTime() - start) / 1e6;
                heap = Math.max(heap, usedAfterGc() - before);
                start = System.nanoTime();
                TopologyFiles.save(topology, file);
                save[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(load);
            Arrays.sort(save);
            table.append(String.format(Locale.ROOT, "| %,d | %,d | %.1f MB | %.0f ms | %.0f ms | %d MB |%n", sites, elements,
                    Files.size(file) / 1e6, load[load.length / 2], save[save.length / 2], heap >> 20));
        }
        System.out.println("Persistence benchmark (warm-up 3, 7 runs)\n" + table);
        Path out = Path.of("target", "benchmarks", "persistence.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table.toString());
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
