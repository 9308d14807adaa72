package io.trunkline.editor.outline;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;

import io.trunkline.editor.diagram.NewElements;
import io.trunkline.model.Element;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.edit.labels.TopologyLabels;

/**
 * The Outline's context menu <i>New ▸ …</i> for what a topology holds but a diagram does not draw: voice routing
 * (routes, PSTN usages, voice policies) and call admission control (network regions and sites, subnets, bandwidth
 * policies, region links and routes) as lists of the topology, and E9-1-1 locations of the selected site. These are
 * lists in Skype for Business too (Control Panel's Voice Routing and Network Configuration pages), so they are made
 * and found in the model tree, and set in the Properties view, rather than drawn. Each creation is one command, and
 * the new element is selected so the Properties view shows it at once.
 */
final class NewPlanningElementMenu {

	private static final TopologyPackage P = TopologyPackage.eINSTANCE;
	/** In the order a planner fills them in: routing from the policy down, then the network from the region down. */
	private static final List<EReference> TOPOLOGY_LISTS = List.of(P.getTopology_VoicePolicies(), P.getTopology_PstnUsages(),
			P.getTopology_VoiceRoutes(), P.getTopology_NetworkRegions(), P.getTopology_NetworkSites(), P.getTopology_Subnets(),
			P.getTopology_BandwidthPolicyProfiles(), P.getTopology_RegionLinks(), P.getTopology_RegionRoutes());

	private final Topology topology;
	private final TreeViewer tree;

	private NewPlanningElementMenu(Topology topology, TreeViewer tree) {
		this.topology = topology;
		this.tree = tree;
	}

	/** Gives the tree its context menu. */
	static void install(Topology topology, TreeViewer tree) {
		NewPlanningElementMenu menu = new NewPlanningElementMenu(topology, tree);
		MenuManager manager = new MenuManager();
		manager.setRemoveAllWhenShown(true);
		manager.addMenuListener(menu::fill);
		tree.getControl().setMenu(manager.createContextMenu(tree.getControl()));
	}

	private void fill(IMenuManager menu) {
		MenuManager create = new MenuManager("&New");
		for (EReference list : TOPOLOGY_LISTS) {
			create.add(action(topology, list));
		}
		if (((IStructuredSelection) tree.getSelection()).getFirstElement() instanceof Site site) {
			create.add(action(site, P.getSite_EmergencyLocations()));
		}
		menu.add(create);
	}

	private Action action(Element owner, EReference list) {
		String label = TopologyLabels.kind(EcoreUtil.create(list.getEReferenceType()));
		return new Action(label) {
			@Override
			public void run() {
				EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(owner);
				Element element = NewElements.listed(owner, list, label);
				Command add = AddCommand.create(domain, owner, list, element);
				domain.getCommandStack().execute(add);
				tree.refresh();
				tree.setSelection(new StructuredSelection(element), true);
			}
		};
	}
}
