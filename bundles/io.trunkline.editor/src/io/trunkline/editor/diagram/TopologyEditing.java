package io.trunkline.editor.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

import io.trunkline.diagram.description.DiagramEditing;
import io.trunkline.diagram.description.EdgeEnd;
import io.trunkline.diagram.description.GeometryChange;
import io.trunkline.diagram.description.Tool;
import io.trunkline.diagram.description.ToolGroup;
import io.trunkline.diagram.layout.ContainerGridLayout;
import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramEdge;
import io.trunkline.diagram.model.DiagramElement;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.editor.validation.QuickFix;
import io.trunkline.editor.validation.QuickFixes;
import io.trunkline.editor.validation.SuppressFinding;
import io.trunkline.model.CentralSite;
import io.trunkline.model.Element;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.MediationPool;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.Trunk;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.Pbx;
import io.trunkline.model.PbxLink;
import io.trunkline.model.PeerKind;
import io.trunkline.model.PstnLink;
import io.trunkline.model.Site;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.WanLink;
import io.trunkline.model.edit.labels.TopologyLabels;
import io.trunkline.model.query.PeerQueries;
import io.trunkline.model.query.SiteQueries;
import io.trunkline.model.edit.icons.TopologyIcons;
import io.trunkline.model.persistence.ElementIds;
import io.trunkline.validation.Finding;
import io.trunkline.validation.Suppressions;

/**
 * The topology's editing policy for the diagram canvas: the palette, where each element type
 * and connection is allowed (a trunk joins a Mediation pool and a trunk peer; a PBX link a
 * PSTN gateway and a PBX of the same site; a PSTN line a gateway and the PSTN; a WAN link two
 * sites), and the EMF commands that carry out every gesture on the editor's command stack.
 */
public final class TopologyEditing implements DiagramEditing {

	private static final TopologyPackage P = TopologyPackage.eINSTANCE;
	static final Tool.Connect TRUNK = new Tool.Connect("trunk", "Trunk", TopologyIcons.iconFor(P.getTrunk()),
			"A trunk between a Mediation pool and a gateway, IP-PBX or SBC");
	static final Tool.Connect PBX_LINK = new Tool.Connect("pbx-link", "PBX Link", TopologyIcons.iconFor(P.getPbxLink()),
			"TDM lines between a PSTN gateway and a PBX");
	static final Tool.Connect PSTN_LINE = new Tool.Connect("pstn-line", "PSTN Line", TopologyIcons.iconFor(P.getPstnLink()),
			"Carrier lines between a PSTN gateway and the PSTN");
	static final Tool.Connect WAN_LINK = new Tool.Connect("wan-link", "WAN Link", TopologyIcons.iconFor(P.getWanLink()),
			"The network link between two sites");

	private final DiagramHost host;

	public TopologyEditing(DiagramHost host) {
		this.host = host;
	}

	@Override
	public List<ToolGroup> palette() {
		return List.of(new ToolGroup("Sites", List.of(ElementType.CENTRAL_SITE.tool, ElementType.BRANCH_SITE.tool)),
				new ToolGroup("Servers", List.of(ElementType.FRONT_END_POOL.tool, ElementType.DIRECTOR_POOL.tool, ElementType.EDGE_POOL.tool,
						ElementType.MEDIATION_POOL.tool, ElementType.SURVIVABLE_BRANCH.tool)),
				new ToolGroup("PSTN side", List.of(ElementType.PSTN_GATEWAY.tool, ElementType.IP_PBX.tool, ElementType.ITSP_SBC.tool,
						ElementType.PBX.tool)),
				new ToolGroup("Connections", List.of(TRUNK, PBX_LINK, PSTN_LINE, WAN_LINK)));
	}

	// ---- creation ----------------------------------------------------------------------------

	@Override
	public boolean canCreate(Tool.CreateNode tool, DiagramContainer container) {
		return owner(ElementType.of(tool), container) != null;
	}

	/** Where a new element of {@code type} dropped into {@code container} belongs, or null. */
	private EObject owner(ElementType type, DiagramContainer container) {
		Site site = container != null && container.semantic() instanceof Site s ? s : host.scope();
		if (type == ElementType.CENTRAL_SITE) {
			return host.scope() == null && container == null ? host.topology() : null;
		}
		if (type == ElementType.BRANCH_SITE) {
			if (host.scope() != null) {
				return null;
			}
			if (site instanceof CentralSite central) {
				return central;
			}
			if (site != null && site.eContainer() instanceof CentralSite parent) {
				return parent;
			}
			return host.topology().getCentralSites().isEmpty() ? null : host.topology().getCentralSites().get(0);
		}
		return site != null && type.feature(site) != null ? site : null;
	}

	@Override
	public void create(Tool.CreateNode tool, DiagramContainer container, Point location) {
		ElementType type = ElementType.of(tool);
		EObject owner = owner(type, container);
		EReference feature = type.feature(owner);
		Element element = type.create(host.topology(), count(type) + 1);
		CompoundCommand command = new CompoundCommand("Create " + type.label);
		command.append(AddCommand.create(host.domain(), owner, feature, element));
		Rectangle box = type.isSite() ? new Rectangle(location.x, location.y, 600, 124)
				: new Rectangle(location.x, location.y, TopologyDiagrams.NODE_WIDTH, TopologyDiagrams.NODE_HEIGHT);
		command.append(new LayoutCommand("Place", host.layout(), TopologyDiagrams.scopeKey(host.scope()), Map.of(element.getId(), box), Map.of()));
		host.domain().getCommandStack().execute(command);
	}

	/**
	 * How many elements of {@code type} the topology holds, for the new one's number. Each type lives
	 * in one containment list of the topology or of its sites ({@link ElementType#feature}), so
	 * those lists are read instead of walking all 45,000 elements of a 5,000-site topology.
	 */
	private int count(ElementType type) {
		int count = countIn(type, host.topology());
		for (Site site : SiteQueries.sites(host.topology())) {
			count += countIn(type, site);
		}
		return count;
	}

	private static int countIn(ElementType type, EObject owner) {
		EReference feature = type.feature(owner);
		if (feature == null) {
			return 0;
		}
		List<?> held = (List<?>) owner.eGet(feature);
		if (type.kind == null) {
			return held.size(); // the list holds exactly this type: no class in the metamodel extends it
		}
		int count = 0;
		for (Object next : held) {
			if (((TrunkPeer) next).getKind() == type.kind) {
				count++;
			}
		}
		return count;
	}

	// ---- connections -------------------------------------------------------------------------

	@Override
	public boolean canStartConnection(Tool.Connect tool, DiagramNode source) {
		Object s = source.semantic();
		if (tool == TRUNK) {
			return isTrunkPoolSide(s) || s instanceof TrunkPeer;
		}
		if (tool == PBX_LINK) {
			return s instanceof Pbx || s instanceof TrunkPeer peer && peer.getKind() == PeerKind.PSTN_GATEWAY;
		}
		if (tool == PSTN_LINE) {
			return s instanceof TrunkPeer peer && PeerQueries.isGateway(peer) || isPstnCloud(source);
		}
		return tool == WAN_LINK && s instanceof Site;
	}

	/** A trunk's Mediation end: a Mediation pool, or a Front End pool whose collocated Mediation Server takes the trunk. */
	private static boolean isTrunkPoolSide(Object semantic) {
		return semantic instanceof MediationPool || semantic instanceof FrontEndPool host && host.isCollocatedMediation();
	}

	/** Refused connections are explained in the status line, so a red frame never comes without a reason. */
	@Override
	public boolean canConnect(Tool.Connect tool, DiagramNode source, DiagramNode target) {
		String refusal = refusal(tool, source, target);
		host.explain(refusal);
		return refusal == null;
	}

	/** Why {@code tool} cannot join {@code source} and {@code target}, in the planner's words; null when it can. */
	public String refusal(Tool.Connect tool, DiagramNode source, DiagramNode target) {
		Object s = source.semantic(), t = target.semantic();
		if (tool == TRUNK) {
			for (Object end : new Object[] { s, t }) {
				if (end instanceof FrontEndPool host && !host.isCollocatedMediation()) {
					return "'" + TopologyLabels.name(host) + "' has no collocated Mediation Server: turn on Collocated Mediation in its "
							+ "properties, or draw the trunk to a Mediation pool";
				}
			}
			if (!canStartConnection(tool, source) || !canStartConnection(tool, target) || isTrunkPoolSide(s) == isTrunkPoolSide(t)) {
				return "A trunk joins a Mediation pool (or a Front End pool with collocated Mediation) to a PSTN gateway, IP-PBX or ITSP SBC";
			}
			return null;
		}
		if (tool == PBX_LINK) {
			if (!canStartConnection(tool, source) || !canStartConnection(tool, target) || s instanceof Pbx == t instanceof Pbx) {
				return "A PBX link joins a PSTN gateway and a TDM PBX";
			}
			return ((EObject) s).eContainer() == ((EObject) t).eContainer() ? null : "A PBX link joins a gateway and a PBX of the same site";
		}
		if (tool == PSTN_LINE) {
			return canStartConnection(tool, source) && canStartConnection(tool, target) && isPstnCloud(source) != isPstnCloud(target) ? null
					: "A PSTN line joins a PSTN gateway and the PSTN";
		}
		return s instanceof Site && t instanceof Site && s != t ? null : "A WAN link joins two different sites";
	}

	private static boolean isPstnCloud(DiagramNode node) {
		return node.semantic() == null && node.id().startsWith(TopologyDiagrams.PSTN_PREFIX);
	}

	@Override
	public void connect(Tool.Connect tool, DiagramNode source, DiagramNode target) {
		Object s = source.semantic(), t = target.semantic();
		Command command;
		if (tool == TRUNK) {
			command = trunk((TrunkPeer) (s instanceof TrunkPeer ? s : t), s instanceof TrunkPeer ? t : s);
		} else if (tool == PBX_LINK) {
			TrunkPeer gateway = (TrunkPeer) (s instanceof TrunkPeer ? s : t);
			PbxLink link = TopologyFactory.eINSTANCE.createPbxLink();
			link.setId(ElementIds.newId(P.getPbxLink()));
			link.setName(TopologyLabels.name(gateway) + " – " + TopologyLabels.name((Pbx) (s instanceof Pbx ? s : t)));
			link.setGateway(gateway);
			link.setPbx((Pbx) (s instanceof Pbx ? s : t));
			command = AddCommand.create(host.domain(), gateway.eContainer(), P.getSite_PbxLinks(), link);
		} else if (tool == PSTN_LINE) {
			TrunkPeer gateway = (TrunkPeer) (s instanceof TrunkPeer ? s : t);
			PstnLink link = TopologyFactory.eINSTANCE.createPstnLink();
			link.setId(ElementIds.newId(P.getPstnLink()));
			link.setName(TopologyLabels.name(gateway) + " – PSTN");
			link.setGateway(gateway);
			command = AddCommand.create(host.domain(), gateway.eContainer(), P.getSite_PstnLinks(), link);
		} else {
			WanLink link = TopologyFactory.eINSTANCE.createWanLink();
			link.setId(ElementIds.newId(P.getWanLink()));
			link.setName(TopologyLabels.name((Site) s) + " – " + TopologyLabels.name((Site) t));
			link.setSiteA((Site) s);
			link.setSiteB((Site) t);
			command = AddCommand.create(host.domain(), host.topology(), P.getTopology_WanLinks(), link);
		}
		host.explain(null);
		host.domain().getCommandStack().execute(command);
	}

	/**
	 * A trunk from {@code peer} to a Mediation pool, or to the collocated Mediation pool of a
	 * Front End pool, which is added in the same command when the site has none yet.
	 */
	private Command trunk(TrunkPeer peer, Object poolSide) {
		if (poolSide instanceof MediationPool pool) {
			return NewElements.addTrunk(host.domain(), host.topology(), peer, pool);
		}
		FrontEndPool frontEnd = (FrontEndPool) poolSide;
		Site site = (Site) frontEnd.eContainer();
		for (MediationPool pool : site.getMediationPools()) {
			if (pool.getCollocatedWith() == frontEnd) {
				return NewElements.addTrunk(host.domain(), host.topology(), peer, pool);
			}
		}
		MediationPool collocated = NewElements.collocatedMediation(frontEnd);
		CompoundCommand command = new CompoundCommand("Draw Trunk");
		command.append(AddCommand.create(host.domain(), site, P.getSite_MediationPools(), collocated));
		command.append(NewElements.addTrunk(host.domain(), host.topology(), peer, collocated));
		return command;
	}

	@Override
	public boolean canReconnect(DiagramEdge edge, EdgeEnd end, DiagramNode node) {
		Object s = edge.semantic(), n = node.semantic();
		if (s instanceof Trunk) {
			return edgeEndIsPool(edge, end) ? n instanceof MediationPool : n instanceof TrunkPeer;
		}
		if (s instanceof WanLink) {
			return n instanceof Site;
		}
		return false;
	}

	private static boolean edgeEndIsPool(DiagramEdge edge, EdgeEnd end) {
		return (end == EdgeEnd.SOURCE ? edge.source() : edge.target()).semantic() instanceof MediationPool;
	}

	@Override
	public void reconnect(DiagramEdge edge, EdgeEnd end, DiagramNode node) {
		Object s = edge.semantic();
		Command command;
		if (s instanceof Trunk trunk) {
			command = SetCommand.create(host.domain(), trunk, edgeEndIsPool(edge, end) ? P.getTrunk_MediationPool() : P.getTrunk_Peer(), node.semantic());
		} else {
			command = SetCommand.create(host.domain(), s, end == EdgeEnd.SOURCE ? P.getWanLink_SiteA() : P.getWanLink_SiteB(), node.semantic());
		}
		host.domain().getCommandStack().execute(command);
	}

	// ---- geometry, labels, deletion ------------------------------------------------------------

	@Override
	public void changeGeometry(GeometryChange change) {
		host.domain().getCommandStack().execute(LayoutCommand.of(change, host.layout(), TopologyDiagrams.scopeKey(host.scope())));
	}

	@Override
	public boolean canEditLabel(DiagramElement element) {
		return element.semantic() instanceof Element;
	}

	@Override
	public void editLabel(DiagramElement element, String text) {
		host.domain().getCommandStack().execute(SetCommand.create(host.domain(), element.semantic(), P.getElement_Name(), text));
	}

	@Override
	public boolean canDelete(List<DiagramElement> elements) {
		return elements.stream().anyMatch(e -> e.semantic() instanceof Element);
	}

	@Override
	public void delete(List<DiagramElement> elements) {
		Set<EObject> chosen = new LinkedHashSet<>();
		for (DiagramElement element : elements) {
			if (element.semantic() instanceof Element semantic) {
				chosen.add(semantic);
			}
		}
		Set<EObject> doomed = Cascade.of(chosen, host.topology());
		int extra = doomed.size() - chosen.size();
		if (extra > 0 && !MessageDialog.openConfirm(host.shell(), "Delete",
				"Deleting " + describe(chosen) + " also deletes " + extra + " element(s) that cannot exist without it:\n\n"
						+ Cascade.describe(doomed, chosen) + "\n\nDelete them all?")) {
			return;
		}
		host.domain().getCommandStack().execute(DeleteCommand.create(host.domain(), new ArrayList<>(doomed)));
	}

	private static String describe(Collection<EObject> objects) {
		return objects.size() == 1 ? "'" + TopologyLabels.name((Element) objects.iterator().next()) + "'" : objects.size() + " elements";
	}

	// ---- navigation and menu ---------------------------------------------------------------------

	@Override
	public void open(DiagramElement element) {
		Object semantic = element.semantic();
		if (semantic instanceof Site site && host.scope() != site) {
			host.openScope(site);
		} else if (host.scope() != null && semantic instanceof Element e && e.eContainer() instanceof Site other && other != host.scope()) {
			host.openScope(other);
		}
	}

	@Override
	public void fillContextMenu(IMenuManager menu, List<DiagramElement> selection) {
		if (canDelete(selection)) {
			menu.add(action("Delete", () -> delete(selection)));
		}
		if (selection.size() == 1 && selection.get(0).semantic() instanceof Element element) {
			if (element instanceof Site site && host.scope() != site) {
				menu.add(action("Open Site Plan", () -> host.openScope(site)));
			}
			if (selection.get(0) instanceof DiagramContainer container) {
				menu.add(action("Arrange Site Contents", () -> changeGeometry(ContainerGridLayout.arrange(container))));
			}
			List<QuickFix> fixes = new ArrayList<>();
			for (Finding finding : host.findings(element.getId())) {
				fixes.addAll(QuickFixes.forFinding(finding.rule().id(), element, host.domain()));
			}
			if (!fixes.isEmpty()) {
				menu.add(new Separator("quickfix"));
				for (QuickFix fix : fixes) {
					menu.add(action("Quick Fix: " + fix.label(), () -> host.domain().getCommandStack().execute(fix.command())));
				}
			}
			Suppressions suppressions = Suppressions.of(host.topology());
			for (String rule : host.findings(element.getId()).stream().map(f -> f.rule().id()).distinct().toList()) {
				if (suppressions.reason(rule, element.getId()).isEmpty()) {
					menu.add(action("Suppress " + rule + "…", () -> SuppressFinding.ask(host.shell(), host.domain(), host.topology(), rule, element)));
				}
			}
		}
		List<String> nodes = selection.stream().filter(e -> e instanceof DiagramNode && e.semantic() instanceof Element).map(DiagramElement::id).toList();
		if (!nodes.isEmpty()) {
			boolean pin = selection.stream().anyMatch(e -> e instanceof DiagramNode n && n.semantic() instanceof Element && !n.isPinned());
			menu.add(action(pin ? "Pin Position" : "Unpin Position", () -> host.domain().getCommandStack()
					.execute(new PinCommand(host.layout(), TopologyDiagrams.scopeKey(host.scope()), nodes, pin))));
		}
		List<Element> copyable = Duplication.copyable(selection.stream().map(DiagramElement::semantic).toList());
		if (!copyable.isEmpty()) {
			menu.add(action("Duplicate", () -> host.domain().getCommandStack().execute(Duplication.paste(host, copyable, null))));
		}
		if (host.scope() != null) {
			menu.add(action("Back to Overview", () -> host.openScope(null)));
		}
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	static boolean contains(EObject container, EObject element) {
		return EcoreUtil.isAncestor(container, element);
	}
}
