package io.trunkline.cli.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The {@code io.trunkline.cli.app} application: Trunkline without a display, for scripts and a planner's CI.
 * The returned {@link Integer} becomes the process exit code: Equinox sets {@code eclipse.exitcode} from it and
 * the launcher exits with that. Anything but an Integer, and an exception escaping here, would end in exit 0, so
 * {@link CommandLine#run} turns every failure into an exit code of its own. {@code trunkline cli} starts the same
 * command line without OSGi through {@link Main}.
 */
public final class HeadlessApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
                new String[0]);
        context.applicationRunning();
        return Main.run(args);
    }

    @Override
    public void stop() {
        // Every command runs to completion synchronously; there is nothing to interrupt.
    }
}
