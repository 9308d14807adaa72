package io.trunkline.editor.wizards;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

import io.trunkline.model.Topology;

/** The wizard's view of a topology document import: the topology made and the report to show. */
final class TopologyDocumentImport {

	record Result(Topology topology, String summary, String reportText) {
	}

	private TopologyDocumentImport() {
	}

	static Result read(Path document, IProgressMonitor monitor) throws IOException {
		throw new IOException(document + ": the import is not available yet");
	}
}
