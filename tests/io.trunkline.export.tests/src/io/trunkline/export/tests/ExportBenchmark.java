package io.trunkline.export.tests;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;

import com.sun.management.OperatingSystemMXBean;
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
        double[] processCpuMs = new double[ms.length];
        // Collections and their time next to CPU time: the collector's share is what the export's garbage costs,
        // and the count does not depend on how loaded the machine is.
        long[] collections = new long[ms.length];
        double[] collectionMs = new double[ms.length];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean system = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
        long peak = 0;
        for (int i = 0; i < ms.length; i++) {
            System.gc();
            resetPeaks();
            long cpu = threads.getCurrentThreadCpuTime();
            long processCpu = system.getProcessCpuTime();
            long collected = collections();
            long collectedMs = collectionMs();
            long start = System.nanoTime();
            WorksheetExporter.export(topology, "bench", folder, EnumSet.allOf(ExportFormat.class), Optional.empty());
            ms[i] = (System.nanoTime() - start) / 1e6;
            collections[i] = collections() - collected;
            collectionMs[i] = collectionMs() - collectedMs;
            cpuMs[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            processCpuMs[i] = (system.getProcessCpuTime() - processCpu) / 1e6;
            peak = Math.max(peak, peakHeap());
        }
        Arrays.sort(ms);
        Arrays.sort(cpuMs);
        Arrays.sort(processCpuMs);
        Arrays.sort(collections);
        Arrays.sort(collectionMs);
        long xlsx = Files.size(folder.resolve("bench.xlsx"));
        // CPU time next to wall time: on a shared, loaded machine the wall time also counts the time the export
        // waited for a core. The exporting thread's alone misses the work it hands to another thread; the whole
        // process's counts that too, and the collector's and compiler's threads besides.
        String table = String.format(Locale.ROOT,
                "| sites | median export (xlsx+csv+html) | min | max | median CPU time (exporting thread) | median CPU time (all threads of the process) | median collections (time) | peak heap during export | xlsx size |%n|---|---|---|---|---|---|---|---|---|%n| 2,000 | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %d (%.0f ms) | %d MB | %d KB |%n",
                ms[ms.length / 2], ms[0], ms[ms.length - 1], cpuMs[cpuMs.length / 2],
                processCpuMs[processCpuMs.length / 2], collections[collections.length / 2],
                collectionMs[collectionMs.length / 2], peak >> 20, xlsx >> 10);
        System.out.println("Export benchmark (warm-up 3, 7 runs)\n" + table
                + String.format(Locale.ROOT, "load average after the runs: %.2f%n", system.getSystemLoadAverage()));
        Path out = Path.of("target", "benchmarks", "export.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }

    /** Collections so far, of every collector. */
    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    /** Time spent collecting so far, by every collector, in milliseconds. */
    private static long collectionMs() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
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
