package io.trunkline.editor.tests.journey;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;

/**
 * The workspace log ({@code .metadata/.log}) from a journey's start: the workbench swallows what a
 * listener throws and writes it there, so that is where a user's "nothing happened" shows up.
 */
final class WorkspaceLog {

	private final Path file;
	private final long start;

	private WorkspaceLog(Path file, long start) {
		this.file = file;
		this.start = start;
	}

	static WorkspaceLog markNow() throws IOException {
		Path file = Platform.getLogFileLocation().toFile().toPath();
		return new WorkspaceLog(file, Files.exists(file) ? Files.size(file) : 0);
	}

	/** What the log received since the mark. */
	String sinceMark() throws IOException {
		if (!Files.exists(file)) {
			return "";
		}
		try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
			long from = in.length() < start ? 0 : start; // the log was rolled over
			byte[] bytes = new byte[(int) (in.length() - from)];
			in.seek(from);
			in.readFully(bytes);
			return new String(bytes, StandardCharsets.UTF_8);
		}
	}

	/**
	 * The log entries since the mark that carry an exception thrown in Trunkline code, or one of the
	 * errors a user met (StackOverflowError, ClassCastException) wherever it was thrown.
	 */
	String trunklineExceptionsSinceMark() throws IOException {
		StringBuilder offending = new StringBuilder();
		for (String entry : sinceMark().split("(?m)^(?=!ENTRY )")) {
			if (entry.contains("\tat io.trunkline.") || entry.contains("StackOverflowError") || entry.contains("ClassCastException")) {
				offending.append(entry.length() > 3000 ? entry.substring(0, 3000) + "\n…\n" : entry);
			}
		}
		return offending.toString();
	}
}
