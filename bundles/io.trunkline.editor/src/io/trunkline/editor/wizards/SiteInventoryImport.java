package io.trunkline.editor.wizards;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

import io.trunkline.model.Topology;

/** The wizard's view of a site inventory import: the rows previewed and the one command that applies them. */
final class SiteInventoryImport {

	record Row(String line, String site, String action, String details) {
	}

	interface Preview {
		String summary();

		int changes();

		List<Row> rows();

		Command command(EditingDomain domain);
	}

	private SiteInventoryImport() {
	}

	static Preview preview(Path inventory, Topology topology) throws IOException {
		throw new IOException(inventory + ": the import is not available yet");
	}
}
