package io.trunkline.editor.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Rectangle;

import io.trunkline.diagram.model.Decoration;
import io.trunkline.diagram.model.Diagram;
import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramEdge;
import io.trunkline.diagram.model.DiagramElement;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.model.Routing;
import io.trunkline.diagram.model.Severity;
import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.Element;
import io.trunkline.model.Pbx;
import io.trunkline.model.PbxLink;
import io.trunkline.model.PstnLink;
import io.trunkline.model.Site;
import io.trunkline.model.SurvivableBranch;
import io.trunkline.model.Topology;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.WanLink;
import io.trunkline.model.edit.icons.TopologyIcons;
import io.trunkline.model.edit.labels.TopologyLabels;
import io.trunkline.model.query.PeerQueries;
import io.trunkline.model.query.SiteQueries;
import io.trunkline.planning.SiteSizing;
import io.trunkline.planning.TopologySizing;
import io.trunkline.validation.Finding;

/**
 * Maps a topology to its two kinds of diagram: the overview (every site as a container with
 * its servers, gateways and PBXs; WAN links and trunks between them) and the plan of one site
 * (its elements with trunks, PBX links and PSTN lines, plus the elements of other sites it
 * connects to, in grey). Positions come from the {@link LayoutStore}; what has none gets a
 * tidy default place. {@link #build} draws a whole diagram; {@link DiagramSync} redraws only
 * the sites and links a command touched with the same pieces ({@link #overviewSite},
 * {@link #overviewEdge}), so the two cannot disagree about how an element looks.
 */
public final class TopologyDiagrams {

	public static final String OVERVIEW = "overview";
	public static final String PSTN_PREFIX = "pstn:";
	static final int NODE_WIDTH = 180;
	static final int NODE_HEIGHT = 56;
	private static final int GAP = 16;
	private static final int PADDING = 14;
	private static final int COLUMNS = 3;

	private final Topology topology;
	private final LayoutStore store;
	private final Map<String, List<Finding>> findings;
	private final TopologySizing sizing;
	private final Diagram diagram;
	private final Map<EObject, DiagramNode> nodes = new HashMap<>();
	private String scope = OVERVIEW;

	private TopologyDiagrams(Diagram diagram, Topology topology, LayoutStore store, Map<String, List<Finding>> findings, TopologySizing sizing) {
		this.diagram = diagram;
		this.topology = topology;
		this.store = store;
		this.findings = findings;
		this.sizing = sizing;
	}

	public static String scopeKey(Site scope) {
		return scope == null ? OVERVIEW : scope.getId();
	}

	/** A builder adding to {@code diagram} what it is asked for, for {@link DiagramSync}. */
	static TopologyDiagrams on(Diagram diagram, Topology topology, LayoutStore store, Map<String, List<Finding>> findings, TopologySizing sizing) {
		return new TopologyDiagrams(diagram, topology, store, findings, sizing);
	}

	/** Replaces the contents of {@code diagram} with the overview ({@code scope == null}) or a site's plan. */
	public static void build(Diagram diagram, Topology topology, Site scope, LayoutStore store, Map<String, List<Finding>> findings,
			TopologySizing sizing) {
		TopologyDiagrams builder = new TopologyDiagrams(diagram, topology, store, findings, sizing);
		diagram.batch(() -> {
			diagram.clear();
			if (scope == null) {
				builder.overview();
			} else {
				builder.site(scope);
			}
		});
	}

	// ---- overview ----------------------------------------------------------------------------

	private void overview() {
		List<Site> sites = SiteQueries.sites(topology);
		List<Rectangle> boxes = defaultBoxes(sites);
		for (int i = 0; i < sites.size(); i++) {
			overviewSite(sites.get(i), boxes.get(i), i);
		}
		for (WanLink link : topology.getWanLinks()) {
			overviewEdge(link);
		}
		for (Trunk trunk : topology.getTrunks()) {
			overviewEdge(trunk);
		}
	}

	/**
	 * Where each site goes on the overview when the user has not placed it: a grid of rows, each
	 * as high as its tallest site, so a site that grows by a row of elements moves the rows below.
	 */
	static List<Rectangle> defaultBoxes(List<Site> sites) {
		return defaultBoxes(contentCounts(sites));
	}

	/** How many elements each site holds: all the default grid depends on besides their order. */
	static int[] contentCounts(List<Site> sites) {
		int[] counts = new int[sites.size()];
		for (int i = 0; i < counts.length; i++) {
			counts[i] = SiteQueries.contents(sites.get(i)).size();
		}
		return counts;
	}

	/** The default boxes of sites holding {@code contentCounts} elements each, in the order of the overview. */
	static List<Rectangle> defaultBoxes(int[] contentCounts) {
		List<Rectangle> boxes = new ArrayList<>(contentCounts.length);
		int columns = Math.max(1, (int) Math.ceil(Math.sqrt(contentCounts.length)));
		int x = 40, y = 40, rowHeight = 0;
		for (int i = 0; i < contentCounts.length; i++) {
			if (i > 0 && i % columns == 0) {
				x = 40;
				y += rowHeight + 60;
				rowHeight = 0;
			}
			Rectangle fallback = new Rectangle(x, y, siteWidth(), siteHeight(contentCounts[i]));
			boxes.add(fallback);
			x += siteWidth() + 40;
			rowHeight = Math.max(rowHeight, fallback.height);
		}
		return boxes;
	}

	/** Draws {@code site} with its contents as the {@code index}-th top-level shape of the overview. */
	DiagramContainer overviewSite(Site site, Rectangle fallback, int index) {
		Rectangle box = placed(OVERVIEW, site, fallback);
		DiagramContainer container = diagram.add(new DiagramContainer(site.getId(), site, TopologyLabels.name(site), box), null, index);
		container.setPinned(store.isPinned(OVERVIEW, site.getId()));
		decorate(container, site);
		container.setBadges(siteBadges(site));
		placeContents(container, SiteQueries.contents(site));
		return container;
	}

	/** Draws a WAN link or a trunk of the overview between its ends; nothing when an end is not drawn. */
	DiagramEdge overviewEdge(Element link) {
		if (link instanceof WanLink wan) {
			return edge(wan, wan.getSiteA(), wan.getSiteB(), wan.isResilient() ? TopologyStyles.WAN_RESILIENT : TopologyStyles.WAN,
					wan.isResilient() ? "resilient WAN" : "WAN", OVERVIEW);
		}
		return link instanceof Trunk trunk ? trunkEdge(trunk, OVERVIEW) : null;
	}

	/**
	 * Draws a site's elements inside its box: where the user put them, and the others in the
	 * first free cell of the site's grid, so elements added in a site plan never land on top of
	 * each other or of placed ones. The box then grows to hold everything it contains.
	 */
	private void placeContents(DiagramContainer container, List<Element> contents) {
		Rectangle box = container.bounds();
		List<Rectangle> taken = new ArrayList<>();
		List<Element> unplaced = new ArrayList<>();
		for (Element element : contents) {
			Rectangle stored = store.bounds(OVERVIEW, element.getId());
			if (stored == null) {
				unplaced.add(element);
			} else {
				node(element, container, stored);
				taken.add(stored);
			}
		}
		int cell = 0;
		for (Element element : unplaced) {
			Rectangle slot;
			do {
				slot = new Rectangle(box.x + PADDING + (cell % COLUMNS) * (NODE_WIDTH + GAP),
						box.y + DiagramContainer.TITLE_HEIGHT + PADDING + (cell / COLUMNS) * (NODE_HEIGHT + GAP), NODE_WIDTH, NODE_HEIGHT);
				cell++;
			} while (overlapsAny(slot, taken));
			node(element, container, slot);
			taken.add(slot);
		}
		Rectangle grown = new Rectangle(box.x, box.y, box.width, box.height);
		for (Rectangle child : taken) {
			grown = grown.union(new Rectangle(child.x - PADDING, child.y - DiagramContainer.TITLE_HEIGHT - PADDING,
					child.width + 2 * PADDING, child.height + DiagramContainer.TITLE_HEIGHT + 2 * PADDING));
		}
		if (!grown.equals(box)) {
			container.setBounds(grown);
		}
	}

	private static boolean overlapsAny(Rectangle slot, List<Rectangle> taken) {
		for (Rectangle other : taken) {
			if (slot.intersects(other)) {
				return true;
			}
		}
		return false;
	}

	private static int siteWidth() {
		return 2 * PADDING + COLUMNS * NODE_WIDTH + (COLUMNS - 1) * GAP;
	}

	private static int siteHeight(int elements) {
		int rows = Math.max(1, (elements + COLUMNS - 1) / COLUMNS);
		return DiagramContainer.TITLE_HEIGHT + 2 * PADDING + rows * NODE_HEIGHT + (rows - 1) * GAP;
	}

	private List<String> siteBadges(Site site) {
		List<String> badges = new ArrayList<>();
		badges.add(String.format(Locale.ROOT, "%,d users", site.getUsers()));
		sizing.site(site.getId()).ifPresent(s -> badges.add(portsBadge(s)));
		if (site instanceof BranchSite branch && branch.eContainer() instanceof CentralSite central) {
			badges.add("branch of " + TopologyLabels.name(central));
		}
		return badges;
	}

	static String portsBadge(SiteSizing sizing) {
		return String.format(Locale.ROOT, "ports %d drawn / %d needed", sizing.drawnPorts(), sizing.ruleOfThumbPorts());
	}

	// ---- one site ------------------------------------------------------------------------------

	private void site(Site site) {
		scope = site.getId();
		int[] rows = new int[5];
		DiagramNode cloud = diagram.add(new DiagramNode(PSTN_PREFIX + site.getId(), null, "PSTN", placed(scope, PSTN_PREFIX + site.getId(),
				new Rectangle(40, 40, NODE_WIDTH, NODE_HEIGHT))), null);
		cloud.setStyle(TopologyStyles.PSTN_CLOUD);
		cloud.setBadges(List.of("public telephone network"));
		rows[0]++;
		for (Element element : SiteQueries.contents(site)) {
			int column = column(element);
			Rectangle slot = new Rectangle(40 + column * 260, 40 + rows[column]++ * 90, NODE_WIDTH, NODE_HEIGHT);
			node(element, null, placed(scope, element, slot));
		}
		List<Element> external = new ArrayList<>();
		for (Trunk trunk : topology.getTrunks()) {
			boolean peerHere = nodes.containsKey(trunk.getPeer()), poolHere = nodes.containsKey(trunk.getMediationPool());
			if (peerHere != poolHere) {
				external.add(peerHere ? trunk.getMediationPool() : trunk.getPeer());
			}
		}
		if (site instanceof BranchSite branch) {
			for (SurvivableBranch sba : branch.getSurvivableBranches()) {
				if (sba.getFrontEndPool() != null) {
					external.add(sba.getFrontEndPool());
				}
			}
		}
		for (Element element : external) {
			if (element != null && !nodes.containsKey(element)) {
				DiagramNode node = node(element, null, placed(scope, element, new Rectangle(40 + 4 * 260, 40 + rows[4]++ * 90, NODE_WIDTH, NODE_HEIGHT)));
				node.setStyle(TopologyStyles.EXTERNAL);
				node.setLabel(TopologyLabels.name(element) + " (" + TopologyLabels.name((Element) element.eContainer()) + ")");
			}
		}
		for (Trunk trunk : topology.getTrunks()) {
			trunkEdge(trunk, scope);
		}
		for (PbxLink link : site.getPbxLinks()) {
			edge(link, link.getGateway(), link.getPbx(), TopologyStyles.TDM, TopologyLabels.literal(link.getLineType()) + " × " + link.getChannels(), scope);
		}
		for (PstnLink link : site.getPstnLinks()) {
			DiagramNode gateway = nodes.get(link.getGateway());
			if (gateway != null) {
				DiagramEdge edge = diagram.add(new DiagramEdge(link.getId(), link, lineLabel(link), gateway, cloud));
				edge.setStyle(TopologyStyles.PSTN_LINE);
				route(edge, scope);
				decorate(edge, link);
			}
		}
		if (site instanceof BranchSite branch) {
			for (SurvivableBranch sba : branch.getSurvivableBranches()) {
				DiagramNode from = nodes.get(sba), to = nodes.get(sba.getFrontEndPool());
				if (from != null && to != null) {
					DiagramEdge edge = diagram.add(new DiagramEdge("assoc:" + sba.getId(), null, "associated pool", from, to));
					edge.setStyle(TopologyStyles.ASSOCIATION);
					edge.setRouting(Routing.STRAIGHT);
				}
			}
		}
	}

	private static String lineLabel(PstnLink link) {
		String carrier = link.getCarrier() == null || link.getCarrier().isBlank() ? "" : link.getCarrier() + " ";
		return carrier + TopologyLabels.literal(link.getLineType()) + " × " + link.getChannels();
	}

	/** Left to right: PSTN and PBXs, gateways, Mediation pools, Front End side, other sites. */
	private static int column(Element element) {
		if (element instanceof Pbx) {
			return 0;
		}
		if (element instanceof TrunkPeer) {
			return 1;
		}
		if (element instanceof io.trunkline.model.MediationPool) {
			return 2;
		}
		return 3;
	}

	// ---- shared --------------------------------------------------------------------------------

	private DiagramNode node(Element element, DiagramContainer parent, Rectangle box) {
		DiagramNode node = diagram.add(new DiagramNode(element.getId(), element, TopologyLabels.name(element), box), parent);
		node.setPinned(store.isPinned(scope, element.getId()));
		node.setIcon(TopologyIcons.iconFor(element));
		node.setStyle(TopologyStyles.of(element));
		node.setBadges(badges(element));
		decorate(node, element);
		nodes.put(element, node);
		return node;
	}

	private static List<String> badges(Element element) {
		if (element instanceof TrunkPeer peer) {
			String kind = TopologyLabels.literal(peer.getKind()) + (PeerQueries.isGateway(peer) ? " · " + peer.getPstnPorts() + " ports" : "");
			return peer.getAddress() == null || peer.getAddress().isBlank() ? List.of(kind) : List.of(kind, peer.getAddress());
		}
		if (element instanceof Pbx pbx) {
			return List.of(TopologyLabels.literal(pbx.getKind()) + " PBX · " + pbx.getUsersRemaining() + " users");
		}
		if (element instanceof io.trunkline.model.Pool pool) {
			String fqdn = pool.getFqdn() == null || pool.getFqdn().isBlank() ? "no FQDN" : pool.getFqdn();
			return List.of(fqdn);
		}
		return List.of();
	}

	private DiagramEdge trunkEdge(Trunk trunk, String scope) {
		DiagramNode pool = shown(trunk.getMediationPool()), peer = shown(trunk.getPeer());
		if (pool == null || peer == null) {
			return null;
		}
		String label = TopologyLabels.literal(trunk.getTransport()) + " " + trunk.getPeerPort() + (trunk.isRoot() ? " · root" : "");
		DiagramEdge edge = diagram.add(new DiagramEdge(trunk.getId(), trunk, label, pool, peer));
		edge.setStyle(trunk.isRoot() ? TopologyStyles.ROOT_TRUNK : TopologyStyles.TRUNK);
		route(edge, scope);
		decorate(edge, trunk);
		return edge;
	}

	/** The node drawing {@code element} on this diagram, or null. */
	private DiagramNode shown(Element element) {
		return element == null ? null : diagram.node(element.getId());
	}

	private DiagramEdge edge(Element element, Element from, Element to, io.trunkline.diagram.model.EdgeStyle style, String label, String scope) {
		DiagramNode source = shown(from), target = shown(to);
		if (source == null || target == null) {
			return null;
		}
		DiagramEdge edge = diagram.add(new DiagramEdge(element.getId(), element, label, source, target));
		edge.setStyle(style);
		route(edge, scope);
		decorate(edge, element);
		return edge;
	}

	private void route(DiagramEdge edge, String scope) {
		List<org.eclipse.swt.graphics.Point> bends = store.bendpoints(scope, edge.id());
		if (bends != null) {
			edge.setBendpoints(bends);
		}
	}

	private Rectangle placed(String scope, Element element, Rectangle fallback) {
		return placed(scope, element.getId(), fallback);
	}

	private Rectangle placed(String scope, String id, Rectangle fallback) {
		Rectangle stored = store.bounds(scope, id);
		return stored != null ? stored : fallback;
	}

	private void decorate(DiagramElement shape, Element element) {
		List<Finding> own = findings.get(element.getId());
		if (own != null) {
			List<Decoration> decorations = new ArrayList<>();
			for (Finding finding : own) {
				decorations.add(new Decoration(severity(finding.severity()), finding.rule().id() + " " + finding.message()));
			}
			shape.setDecorations(decorations);
		}
	}

	static Severity severity(io.trunkline.validation.Severity severity) {
		return switch (severity) {
		case ERROR -> Severity.ERROR;
		case WARNING -> Severity.WARNING;
		case INFO -> Severity.INFO;
		};
	}

}
