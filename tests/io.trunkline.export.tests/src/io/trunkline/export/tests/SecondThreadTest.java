package io.trunkline.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import io.trunkline.export.internal.SecondThread;

/** The export's second thread: its failures reach the caller as thrown, and nothing of it outlives the export. */
class SecondThreadTest {

    @Test
    void aFileFailureOnTheSecondThreadIsThrownAsItWas() throws Exception {
        IOException failure = new IOException("could not write plan.html (No space left on device)");
        try (SecondThread second = new SecondThread()) {
            Future<Void> work = second.submit(() -> {
                throw failure;
            });
            assertSame(failure, assertThrows(IOException.class, () -> SecondThread.await(work)));
        }
    }

    @Test
    void aRuntimeFailureOnTheSecondThreadIsThrownAsItWas() throws Exception {
        IllegalArgumentException failure = new IllegalArgumentException("Sites: a row has 3 cells for 16 columns");
        try (SecondThread second = new SecondThread()) {
            Future<Void> work = second.submit(() -> {
                throw failure;
            });
            assertSame(failure, assertThrows(IllegalArgumentException.class, () -> SecondThread.await(work)));
        }
    }

    @Test
    void workRunsInTheOrderGiven() throws Exception {
        StringBuilder order = new StringBuilder();
        try (SecondThread second = new SecondThread()) {
            second.submit(() -> order.append("validation "));
            Future<StringBuilder> last = second.submit(() -> order.append("widths"));
            assertEquals("validation widths", SecondThread.await(last).toString());
        }
    }

    @Test
    void closingWaitsForTheWorkUnderWay() throws Exception {
        AtomicBoolean started = new AtomicBoolean();
        AtomicBoolean finished = new AtomicBoolean();
        try (SecondThread second = new SecondThread()) {
            second.submit(() -> {
                started.set(true);
                // Busy, not sleeping: a pass over a table's rows does not stop when interrupted.
                long until = System.nanoTime() + 200_000_000L;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
                finished.set(true);
                return null;
            });
            while (!started.get()) {
                Thread.onSpinWait();
            }
        }
        assertTrue(finished.get(), "the export returned while its second thread still read the topology");
    }
}
