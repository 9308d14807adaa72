package io.trunkline.cli.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The {@code io.trunkline.cli.app} application: Trunkline without a display, for scripts and a planner's CI.
 * The returned integer becomes the process exit code.
 */
public final class HeadlessApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
                new String[0]);
        context.applicationRunning();
        return CommandLine.standard().run(args, new Console(System.out, System.err));
    }

    @Override
    public void stop() {
        // Every command runs to completion synchronously; there is nothing to interrupt.
    }
}
