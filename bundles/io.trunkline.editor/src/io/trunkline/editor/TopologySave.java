package io.trunkline.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;

import io.trunkline.model.persistence.AtomicFiles;

/**
 * Writes a topology and its layout file as one save: both are written aside to unique temporary
 * files first ({@link AtomicFiles}, so links and permissions are kept), then the layout and last
 * the topology are renamed into place. A failure before the renames leaves both files as they
 * were; only a failure of the last rename leaves the layout new and the topology old, and the
 * message says exactly that.
 */
final class TopologySave {

	/** A save that did not complete, with a message that says what was and was not written. */
	static final class Failure extends Exception {
		private static final long serialVersionUID = 1L;

		Failure(String message, Throwable cause) {
			super(message, cause);
		}
	}

	private TopologySave() {
	}

	static void write(Path topologyFile, byte[] topology, Path layoutFile, byte[] layout) throws Failure {
		try (AtomicFiles.Aside layoutAside = aside(layoutFile, layout, topologyFile, layoutFile);
				AtomicFiles.Aside topologyAside = aside(topologyFile, topology, topologyFile, layoutFile)) {
			try {
				layoutAside.commit();
			} catch (IOException failed) {
				throw nothingWritten(topologyFile, layoutFile, failed);
			}
			try {
				topologyAside.commit();
			} catch (IOException failed) {
				throw new Failure("The diagram layout was written to " + layoutFile.getFileName() + ", but the topology "
						+ topologyFile.getFileName() + " on disk is unchanged.\n\n" + failed.getMessage(), failed);
			}
		} catch (IOException cannotRemoveAside) {
			// a left-over temporary file is named after the target and harmless; the save itself went through
			ILog.of(TopologySave.class).log(Status.warning("Could not remove a temporary file of the save", cannotRemoveAside));
		}
	}

	private static AtomicFiles.Aside aside(Path target, byte[] bytes, Path topologyFile, Path layoutFile) throws Failure {
		try {
			return AtomicFiles.aside(target, bytes);
		} catch (IOException failed) {
			throw nothingWritten(topologyFile, layoutFile, failed);
		}
	}

	private static Failure nothingWritten(Path topologyFile, Path layoutFile, IOException failed) {
		return new Failure("Nothing was written: " + topologyFile.getFileName() + " and " + layoutFile.getFileName()
				+ " on disk are unchanged.\n\n" + failed.getMessage(), failed);
	}
}
