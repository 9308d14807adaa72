package io.trunkline.editor;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a topology and its layout file as one save: both are written aside to unique temporary
 * files first, then the layout and last the topology are renamed into place. A failure before
 * the renames leaves both files as they were; only a failure of the last rename leaves the
 * layout new and the topology old, and the message says exactly that.
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
		Path topologyAside = null, layoutAside = null;
		try {
			try {
				layoutAside = aside(layoutFile, layout);
				topologyAside = aside(topologyFile, topology);
				Files.move(layoutAside, layoutFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (IOException failed) {
				throw new Failure("Nothing was written: " + topologyFile.getFileName() + " and " + layoutFile.getFileName()
						+ " on disk are unchanged.\n\n" + reason(failed), failed);
			}
			try {
				Files.move(topologyAside, topologyFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (IOException failed) {
				throw new Failure("The diagram layout was written to " + layoutFile.getFileName() + ", but the topology "
						+ topologyFile.getFileName() + " on disk is unchanged.\n\n" + reason(failed), failed);
			}
		} finally {
			deleteQuietly(layoutAside);
			deleteQuietly(topologyAside);
		}
	}

	private static Path aside(Path target, byte[] bytes) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Path aside = Files.createTempFile(folder, "." + target.getFileName(), ".saving");
		try (FileChannel channel = FileChannel.open(aside, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
				OutputStream out = Channels.newOutputStream(channel)) {
			out.write(bytes);
			out.flush();
			channel.force(true);
		}
		return aside;
	}

	private static String reason(IOException failed) {
		String detail = failed.getMessage() == null ? "" : failed.getMessage();
		if (failed instanceof java.nio.file.AccessDeniedException) {
			return "Permission denied: " + detail;
		}
		if (failed instanceof java.nio.file.FileSystemException system && system.getReason() != null) {
			return system.getReason() + ": " + system.getFile();
		}
		return detail;
	}

	/** Removes a temporary file that was not renamed into place (a moved one no longer exists). */
	private static void deleteQuietly(Path aside) {
		if (aside != null) {
			try {
				Files.deleteIfExists(aside);
			} catch (IOException cannotDelete) {
				// a left-over temporary file is named after the target and harmless; the save's own outcome is reported
				org.eclipse.core.runtime.ILog.of(TopologySave.class).log(org.eclipse.core.runtime.Status.warning("Could not remove " + aside, cannotDelete));
			}
		}
	}
}
