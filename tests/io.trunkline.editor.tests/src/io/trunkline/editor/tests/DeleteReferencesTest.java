package io.trunkline.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.trunkline.editor.TopologyEditor;
import io.trunkline.model.Element;
import io.trunkline.model.Topology;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.model.provider.TopologyItemProviderAdapterFactory;
import io.trunkline.model.synthetic.SyntheticTopologyGenerator;

/**
 * The editor's delete finds the references to what it deletes in an index instead of EMF's
 * search through the whole file: the same deletes, done in the open editor and by EMF's own
 * delete on a second copy of the file, leave byte-identical files, and undo and redo of those
 * deletes give back exactly the file before and after.
 */
class DeleteReferencesTest {

	private static final int DELETES = 40;

	private EditorFixture fixture;
	private TopologyEditor editor;
	private Topology reference;
	private EditingDomain referenceDomain;
	private byte[] before;

	@BeforeEach
	void open() throws Exception {
		fixture = new EditorFixture();
		IFile file = EditorFixture.project("delete-references").getFile("generated.topology");
		Path path = file.getLocation().toFile().toPath();
		TopologyFiles.save(SyntheticTopologyGenerator.generate(30, 11), path);
		file.getParent().refreshLocal(1, null);
		editor = fixture.open(file);
		before = TopologyFiles.toBytes(editor.topology());
		ComposedAdapterFactory factory = new ComposedAdapterFactory();
		factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		factory.addAdapterFactory(new TopologyItemProviderAdapterFactory());
		factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		referenceDomain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack(), TopologyFiles.newResourceSet());
		reference = TopologyFiles.load(path, referenceDomain.getResourceSet());
	}

	/** Its generated topology's findings would otherwise stay in the Problems view that later journeys count. */
	@AfterEach
	void removeProject() throws Exception {
		EditorFixture.removeProject("delete-references");
	}

	/** Deletes the same randomly chosen elements (sites, servers, gateways, links, ...) in the editor and in the reference copy. */
	private void deleteInBoth() {
		Random random = new Random(5);
		for (int i = 0; i < DELETES; i++) {
			List<Element> candidates = elements(editor.topology());
			int pick = random.nextInt(candidates.size());
			delete(editor.getEditingDomain(), candidates.get(pick));
			delete(referenceDomain, elements(reference).get(pick));
		}
	}

	private static void delete(EditingDomain domain, Element element) {
		domain.getCommandStack().execute(DeleteCommand.create(domain, List.of(element)));
	}

	private static List<Element> elements(Topology topology) {
		List<Element> all = new ArrayList<>();
		topology.eAllContents().forEachRemaining(object -> {
			if (object instanceof Element element) {
				all.add(element);
			}
		});
		return all;
	}

	private static String text(Topology topology) throws Exception {
		return new String(TopologyFiles.toBytes(topology), StandardCharsets.UTF_8);
	}

	@Test
	void deletesLeaveWhatEmfsOwnDeleteLeaves() throws Exception {
		deleteInBoth();
		assertEquals(text(reference), text(editor.topology()));
	}

	@Test
	void undoingTheDeletesGivesBackTheFileExactly() throws Exception {
		deleteInBoth();
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		for (int i = 0; i < DELETES; i++) {
			stack.undo();
		}
		assertEquals(new String(before, StandardCharsets.UTF_8), text(editor.topology()));
	}

	@Test
	void redoingTheUndoneDeletesGivesBackTheirResultExactly() throws Exception {
		deleteInBoth();
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		for (int i = 0; i < DELETES; i++) {
			stack.undo();
		}
		for (int i = 0; i < DELETES; i++) {
			stack.redo();
		}
		assertEquals(text(reference), text(editor.topology()));
	}
}
