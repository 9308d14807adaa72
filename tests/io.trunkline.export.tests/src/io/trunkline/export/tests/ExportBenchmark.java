package io.trunkline.export.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.trunkline.export.ExportFormat;
import io.trunkline.export.WorksheetExporter;
import io.trunkline.model.Topology;
import io.trunkline.model.synthetic.SyntheticTopologyGenerator;

/** Issue 6 target: a 2,000-site topology exports all formats in under 1 s with under 300 MB of heap. */
@Tag("benchmark")
class ExportBenchmark {

    @Test
    void exportAllFormats() throws Exception {
        Topology topology = SyntheticTopologyGenerator.generate(2_000, 1);
        Path folder = Files.createTempDirectory("export-bench");
        for (int i = 0; i < 3; i++) {
            WorksheetExporter.export(topology, "bench", folder, EnumSet.allOf(ExportFormat.class), Optional.empty());
        }
        double[] ms = new double[7];
        double[] cpuMs = new double[ms.length];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long peak = 0;
        for (int i = 0; i < ms.length; i++) {
            System.gc();
            resetPeaks();
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            WorksheetExporter.export(topology, "bench", folder, EnumSet.allOf(ExportFormat.class), Optional.empty());
            ms[i] = (System.nanoTime() - start) / 1e6;
            cpuMs[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            peak = Math.max(peak, peakHeap());
        }
        Arrays.sort(ms);
        Arrays.sort(cpuMs);
        long xlsx = Files.size(folder.resolve("bench.xlsx"));
        // CPU time of the exporting thread next to wall time: on a shared, loaded machine the wall time also counts
        // the time the thread waited for a core.
        String table = String.format(Locale.ROOT,
                "| sites | median export (xlsx+csv+html) | min | max | median CPU time (exporting thread) | peak heap during export | xlsx size |%n|---|---|---|---|---|---|---|%n| 2,000 | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %d MB | %d KB |%n",
                ms[ms.length / 2], ms[0], ms[ms.length - 1], cpuMs[cpuMs.length / 2], peak >> 20, xlsx >> 10);
        System.out.println("Export benchmark (warm-up 3, 7 runs)\n" + table);
        Path out = Path.of("target", "benchmarks", "export.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound of heap in use during the export. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
