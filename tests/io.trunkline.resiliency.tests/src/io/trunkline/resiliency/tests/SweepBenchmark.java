package io.trunkline.resiliency.tests;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.trunkline.model.Topology;
import io.trunkline.model.synthetic.SyntheticTopologyGenerator;
import io.trunkline.resiliency.ResiliencyAnalysis;
import io.trunkline.resiliency.Sweep;

/**
 * Issue 17 target: the whole N-1 sweep of a 2,000-site topology in under 2 s. Run with ./trunkline bench. Besides
 * wall-clock time the table gives the measuring thread's CPU time, which a busy machine inflates far less.
 */
@Tag("benchmark")
class SweepBenchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 9;

    @Test
    void sweepGeneratedTopologies() throws IOException {
        StringBuilder table = new StringBuilder(
                "| sites | elements failed | median prepare | median sweep | median total | max total | median total CPU | single points of failure |\n"
                        + "|---|---|---|---|---|---|---|---|\n");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int sites : new int[] { 100, 1_000, 2_000, 5_000 }) {
            Topology topology = SyntheticTopologyGenerator.generate(sites, 1);
            Sweep last = null;
            for (int i = 0; i < WARM_UP; i++) {
                last = ResiliencyAnalysis.of(topology).sweep();
            }
            double[] prepare = new double[RUNS];
            double[] sweep = new double[RUNS];
            double[] total = new double[RUNS];
            double[] cpu = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                ResiliencyAnalysis analysis = ResiliencyAnalysis.of(topology);
                long prepared = System.nanoTime();
                last = analysis.sweep();
                long end = System.nanoTime();
                prepare[i] = (prepared - start) / 1e6;
                sweep[i] = (end - prepared) / 1e6;
                total[i] = (end - start) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            }
            Arrays.sort(cpu);
            Arrays.sort(prepare);
            Arrays.sort(sweep);
            Arrays.sort(total);
            table.append(String.format(Locale.ROOT, "| %,d | %,d | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %,d |%n",
                    sites, last.impacts().size(), prepare[RUNS / 2], sweep[RUNS / 2], total[RUNS / 2], total[RUNS - 1],
                    cpu[RUNS / 2], last.singlePointsOfFailure().size()));
        }
        System.out.println("Resiliency N-1 sweep benchmark (warm-up " + WARM_UP + ", " + RUNS + " runs; load average "
                + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() + " on "
                + Runtime.getRuntime().availableProcessors() + " cores)\n" + table);
        Path out = Path.of("target", "benchmarks", "resiliency.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table.toString());
    }
}
