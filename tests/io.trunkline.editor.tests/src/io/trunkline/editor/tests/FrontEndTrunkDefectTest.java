package io.trunkline.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.trunkline.diagram.description.Tool;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.editor.TopologyEditor;
import io.trunkline.editor.diagram.TopologyEditing;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.MediationKind;
import io.trunkline.model.MediationPool;
import io.trunkline.model.PeerKind;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;

/** Issue 13, defect 5: a Front End pool with collocated Mediation takes a trunk; refusals and enumerations in the planner's words. */
class FrontEndTrunkDefectTest {

	private TopologyEditor editor;
	private Tool.Connect trunk;

	@BeforeEach
	void open() throws Exception {
		EditorFixture f = new EditorFixture();
		IFile file = EditorFixture.smallTopology(EditorFixture.project("front-end-trunk"), "small.topology");
		editor = f.open(file);
		editor.openScope(editor.topology().getCentralSites().get(0));
		Bench.settle();
		trunk = (Tool.Connect) EditorFixture.tool(editor.viewer(), "trunk");
	}

	private DiagramNode node(Class<?> type, String name) {
		return EditorFixture.node(editor.viewer(), type, name);
	}

	@Test
	void aTrunkToAFrontEndPoolEndsOnItsCollocatedMediationPoolInOneStep() {
		FrontEndPool fe = EditorFixture.element(editor, FrontEndPool.class, "FE");
		assertTrue(editor.viewer().editing().canConnect(trunk, node(TrunkPeer.class, "GW"), node(FrontEndPool.class, "FE")));
		editor.viewer().editing().connect(trunk, node(TrunkPeer.class, "GW"), node(FrontEndPool.class, "FE"));
		Bench.settle();
		Trunk drawn = editor.topology().getTrunks().get(0);
		MediationPool collocated = drawn.getMediationPool();
		assertEquals(fe, collocated.getCollocatedWith());
		assertEquals(MediationKind.COLLOCATED_FE, collocated.getKind());
		assertEquals(fe.getFqdn(), collocated.getFqdn());
		editor.domain().getCommandStack().undo();
		assertEquals(List.of(), editor.topology().getTrunks(), "one undo takes the trunk back");
		assertFalse(editor.topology().getCentralSites().get(0).getMediationPools().contains(collocated), "and the collocated pool it made");
	}

	@Test
	void aSecondTrunkToTheFrontEndPoolReusesItsCollocatedMediationPool() {
		editor.viewer().editing().connect(trunk, node(TrunkPeer.class, "GW"), node(FrontEndPool.class, "FE"));
		Bench.settle();
		int pools = editor.topology().getCentralSites().get(0).getMediationPools().size();
		editor.viewer().editing().connect(trunk, node(FrontEndPool.class, "FE"), node(TrunkPeer.class, "GW"));
		Bench.settle();
		assertEquals(pools, editor.topology().getCentralSites().get(0).getMediationPools().size());
		assertEquals(editor.topology().getTrunks().get(0).getMediationPool(), editor.topology().getTrunks().get(1).getMediationPool());
	}

	@Test
	void aRefusedTrunkSaysWhy() {
		FrontEndPool fe = EditorFixture.element(editor, FrontEndPool.class, "FE");
		editor.domain().getCommandStack().execute(SetCommand.create(editor.domain(), fe, TopologyPackage.Literals.FRONT_END_POOL__COLLOCATED_MEDIATION, false));
		Bench.settle();
		TopologyEditing editing = (TopologyEditing) editor.viewer().editing();
		assertFalse(editing.canConnect(trunk, node(TrunkPeer.class, "GW"), node(FrontEndPool.class, "FE")));
		String why = editing.refusal(trunk, node(TrunkPeer.class, "GW"), node(FrontEndPool.class, "FE"));
		assertNotNull(why);
		assertTrue(why.contains("'FE'") && why.contains("collocated Mediation"), why);
	}

	@Test
	void enumerationCombosShowHumanLabels() {
		MediationPool pool = EditorFixture.element(editor, MediationPool.class, "Med");
		IPropertySource source = new io.trunkline.editor.properties.TopologyPropertySourceProvider(
				((org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain) editor.domain()).getAdapterFactory(), () -> null).getPropertySource(pool);
		Shell shell = new Shell(Bench.display());
		try {
			ComboBoxCellEditor kind = (ComboBoxCellEditor) descriptor(source, "Kind").createPropertyEditor(shell);
			List<String> items = Arrays.asList(kind.getItems());
			assertTrue(items.contains("Collocated on Front End"), items.toString());
			assertFalse(items.contains("COLLOCATED_FE"), items.toString());
		} finally {
			shell.dispose();
		}
	}

	@Test
	void enumerationValuesReadAsWords() {
		TrunkPeer gateway = EditorFixture.element(editor, TrunkPeer.class, "GW");
		IPropertySource source = new io.trunkline.editor.properties.TopologyPropertySourceProvider(
				((org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain) editor.domain()).getAdapterFactory(), () -> null).getPropertySource(gateway);
		assertEquals("PSTN gateway", descriptor(source, "Kind").getLabelProvider().getText(PeerKind.PSTN_GATEWAY));
		assertEquals("IP-PBX", descriptor(source, "Kind").getLabelProvider().getText(PeerKind.IP_PBX));
	}

	static IPropertyDescriptor descriptor(IPropertySource source, String name) {
		for (IPropertyDescriptor descriptor : source.getPropertyDescriptors()) {
			if (descriptor.getDisplayName().equals(name)) {
				return descriptor;
			}
		}
		throw new AssertionError("no property " + name);
	}

	/** Its files would leave markers in the Problems view that later tests read. */
	@AfterEach
	void removeProjects() throws Exception {
		EditorFixture.removeProject("front-end-trunk");
	}
}
