package io.trunkline.export.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The export's second thread, for the work that does not wait for what the first is doing, so that an export uses
 * a second core (issue 19: 2,000 sites under 1 s). It runs its work in the order given and the first thread takes
 * each result at a fixed point, so the output does not depend on which thread is faster. A failure on it reaches
 * the caller as the exception the work threw. Closing it stops it and waits for it: nothing reads the topology or
 * writes a file once the export has returned.
 */
public final class SecondThread implements AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "Trunkline export");
        thread.setDaemon(true);
        return thread;
    });

    /** Runs {@code work} after the work given before. */
    public <T> Future<T> submit(Callable<T> work) {
        return executor.submit(work);
    }

    /** The result of {@code work}, once done; what it threw is thrown here. */
    public static <T> T await(Future<T> work) throws IOException {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the export was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new UndeclaredThrowableException(cause);
        }
    }

    /** Stops the work not yet done and waits for the work under way. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            // The work under way is a table's pass over its rows: it ends in well under a minute.
            executor.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
