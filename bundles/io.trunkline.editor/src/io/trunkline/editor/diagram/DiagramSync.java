package io.trunkline.editor.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.graphics.Rectangle;

import io.trunkline.diagram.model.Diagram;
import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramEdge;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.model.CentralSite;
import io.trunkline.model.Element;
import io.trunkline.model.MediationPool;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.WanLink;
import io.trunkline.model.query.SiteQueries;
import io.trunkline.planning.SiteSizing;
import io.trunkline.planning.TopologySizing;
import io.trunkline.validation.Finding;

/**
 * Keeps the diagram on show in step with the topology after each command by redrawing only what
 * the command touched. On the overview the unit is a site (its box, its servers, gateways and
 * PBXs) and a link (WAN link, trunk): a site is redrawn when the command changed it or anything
 * in it, when its findings, its sizing badge or its layout changed, or when the default grid
 * moved it; a link when it changed or a site at one of its ends was drawn afresh. The pieces
 * come from {@link TopologyDiagrams}, so an update draws exactly what a full build would; a
 * test compares the two after random commands. A site's plan is a few dozen shapes and is
 * simply built again.
 */
public final class DiagramSync {

	private final Diagram diagram;
	private final Topology topology;
	private final LayoutStore store;
	/** Everything an EMF notification named since the last update: notifiers and old and new values. */
	private final Set<EObject> touched = new HashSet<>();
	/** Ids whose overview layout entry changed since the last update. */
	private final Set<String> placed = new HashSet<>();
	private final EContentAdapter recorder = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (notification.isTouch()) {
				return;
			}
			record(notification.getNotifier());
			record(notification.getOldValue());
			record(notification.getNewValue());
		}
	};
	private Site shownScope;
	private boolean shown;
	/** The sites of the overview on show, in order, with their element counts and default boxes. */
	private List<Site> shownSites = List.of();
	private final Map<Site, Integer> shownPositions = new HashMap<>();
	private int[] shownCounts = new int[0];
	private List<Rectangle> shownDefaults = List.of();
	/**
	 * Each site's sizing as drawn, in the order of the sizing's site list. Copied, because live
	 * validation's sizing is a view that later edits patch in place.
	 */
	private List<SiteSizing> shownSiteSizings = List.of();
	private boolean incremental = true;

	public DiagramSync(Diagram diagram, Topology topology, LayoutStore store) {
		this.diagram = diagram;
		this.topology = topology;
		this.store = store;
		topology.eAdapters().add(recorder);
		store.addListener((scope, id) -> {
			if (TopologyDiagrams.OVERVIEW.equals(scope)) {
				placed.add(id);
			}
		});
	}

	private void record(Object value) {
		if (value instanceof EObject object) {
			touched.add(object);
		} else if (value instanceof Collection<?> many) {
			many.forEach(this::record);
		}
	}

	/**
	 * The element with {@code id}, or null when there is none any more: looked up in the
	 * resource's ID map only, because EMF's lookup of an id that is gone (the findings of a
	 * deleted element, say) walks the whole topology.
	 */
	private EObject byId(String id) {
		if (topology.eResource() instanceof ResourceImpl resource && resource.getIntrinsicIDToEObjectMap() != null) {
			return resource.getIntrinsicIDToEObjectMap().get(id);
		}
		return topology.eResource().getEObject(id);
	}

	/** Stops following the topology. */
	public void dispose() {
		topology.eAdapters().remove(recorder);
	}

	/**
	 * Off, every update builds the whole diagram again: the reference the benchmark and the
	 * drift test measure and compare the incremental update against.
	 */
	public void setIncremental(boolean incremental) {
		this.incremental = incremental;
	}

	/** Draws the overview ({@code scope == null}) or a site's plan from scratch. */
	public void rebuild(Site scope, Map<String, List<Finding>> findings, TopologySizing sizing) {
		TopologyDiagrams.build(diagram, topology, scope, store, findings, sizing);
		shownScope = scope;
		shown = true;
		showDefaults(scope == null ? SiteQueries.sites(topology) : List.of());
		shownSiteSizings = List.copyOf(sizing.sites());
		touched.clear();
		placed.clear();
	}

	/**
	 * After a command, undo or redo: brings the diagram of {@code scope} up to date with the
	 * finished state, and returns the model objects the command changed (the objects notified and
	 * the ones added, removed or referenced), for other views to refresh just those.
	 * {@code findingsChanged} names the elements whose findings the command changed.
	 */
	public Set<EObject> update(Site scope, Map<String, List<Finding>> findings, Set<String> findingsChanged, TopologySizing sizing) {
		Set<EObject> changed = Set.copyOf(touched);
		if (!incremental || !shown || scope != null || shownScope != null) {
			rebuild(scope, findings, sizing);
			return changed;
		}
		List<Site> sites = SiteQueries.sites(topology);
		Set<Site> dirtySites = new HashSet<>();
		Set<Element> dirtyLinks = new LinkedHashSet<>();
		touched.forEach(object -> classify(object, dirtySites, dirtyLinks));
		for (String id : placed) {
			classify(byId(id), dirtySites, dirtyLinks);
		}
		for (String id : findingsChanged) {
			classify(byId(id), dirtySites, dirtyLinks);
		}
		boolean sameSites = sites.equals(shownSites);
		dirtySites.addAll(movedByDefaultGrid(sites, sameSites, dirtySites));
		dirtySites.addAll(rebadged(sizing));
		TopologyDiagrams builder = TopologyDiagrams.on(diagram, topology, store, findings, sizing);
		diagram.batch(() -> {
			Set<Site> drawnAfresh = redrawSites(builder, sites, sameSites, dirtySites, findings, sizing);
			redrawLinks(builder, dirtyLinks, drawnAfresh);
		});
		shownSiteSizings = List.copyOf(sizing.sites());
		touched.clear();
		placed.clear();
		return changed;
	}

	/**
	 * Brings the default grid up to {@code sites} and returns the sites it moved. Only a site a
	 * command touched can have gained or lost elements, so while the sites are the ones on show
	 * only the element counts of the {@code dirtySites} are read again, and the grid is laid out
	 * again only when one of them changed.
	 */
	private Set<Site> movedByDefaultGrid(List<Site> sites, boolean sameSites, Set<Site> dirtySites) {
		List<Rectangle> before = shownDefaults;
		Set<Site> moved = new HashSet<>();
		if (sameSites) {
			boolean recounted = false;
			for (Site site : dirtySites) {
				Integer at = shownPositions.get(site);
				if (at == null) {
					continue;
				}
				int count = SiteQueries.contents(site).size();
				if (count != shownCounts[at]) {
					shownCounts[at] = count;
					recounted = true;
				}
			}
			if (!recounted) {
				return moved;
			}
			shownDefaults = TopologyDiagrams.defaultBoxes(shownCounts);
			for (int i = 0; i < sites.size(); i++) {
				if (!shownDefaults.get(i).equals(before.get(i))) {
					moved.add(sites.get(i));
				}
			}
			return moved;
		}
		Map<Site, Rectangle> was = new HashMap<>();
		for (int i = 0; i < shownSites.size(); i++) {
			was.put(shownSites.get(i), before.get(i));
		}
		showDefaults(sites);
		for (int i = 0; i < sites.size(); i++) {
			if (!shownDefaults.get(i).equals(was.get(sites.get(i)))) {
				moved.add(sites.get(i));
			}
		}
		return moved;
	}

	private void showDefaults(List<Site> sites) {
		shownSites = List.copyOf(sites);
		shownPositions.clear();
		for (int i = 0; i < sites.size(); i++) {
			shownPositions.put(sites.get(i), i);
		}
		shownCounts = TopologyDiagrams.contentCounts(sites);
		shownDefaults = TopologyDiagrams.defaultBoxes(shownCounts);
	}

	/**
	 * The sites whose ports badge reads differently under {@code sizing} than as drawn. Sizing
	 * keeps a site's result object while nothing it reads changed, so only the entries that are
	 * other objects are compared, by the two numbers of {@link TopologyDiagrams#portsBadge}.
	 */
	private Set<Site> rebadged(TopologySizing sizing) {
		List<SiteSizing> was = shownSiteSizings, is = sizing.sites();
		Set<Site> rebadged = new HashSet<>();
		if (was.size() != is.size()) {
			Map<Site, SiteSizing> before = new HashMap<>();
			was.forEach(s -> before.put(s.site(), s));
			is.forEach(s -> {
				if (!sameBadge(before.get(s.site()), s)) {
					rebadged.add(s.site());
				}
			});
			was.forEach(s -> {
				if (sizing.site(s.site().getId()).isEmpty()) {
					rebadged.add(s.site());
				}
			});
			return rebadged;
		}
		for (int i = 0; i < is.size(); i++) {
			SiteSizing before = was.get(i), after = is.get(i);
			if (before != after && (before.site() != after.site() || !sameBadge(before, after))) {
				rebadged.add(before.site());
				rebadged.add(after.site());
			}
		}
		return rebadged;
	}

	/** Redraws the dirty sites, in place where their contents are the same elements; returns the sites drawn as new shapes. */
	private Set<Site> redrawSites(TopologyDiagrams builder, List<Site> sites, boolean sameSites, Set<Site> dirtySites,
			Map<String, List<Finding>> findings, TopologySizing sizing) {
		List<DiagramNode> roots = diagram.roots();
		if (!sameSites) {
			Set<Site> present = new HashSet<>(sites);
			for (DiagramNode root : new ArrayList<>(roots)) {
				if (!(root.semantic() instanceof Site site) || !present.contains(site)) {
					diagram.remove(root);
				}
			}
		}
		Set<Site> drawnAfresh = new HashSet<>();
		// with the same sites as drawn, every other site's shape is still in place: only the dirty ones need a look
		List<Integer> positions = new ArrayList<>();
		if (sameSites) {
			dirtySites.forEach(site -> positions.add(shownPositions.get(site)));
			positions.removeIf(Objects::isNull);
			positions.sort(null);
		}
		for (int i : sameSites ? positions : IntStream.range(0, sites.size()).boxed().toList()) {
			Site site = sites.get(i);
			Rectangle fallback = shownDefaults.get(i);
			DiagramNode live = diagram.node(site.getId());
			boolean inPlace = live instanceof DiagramContainer && i < roots.size() && roots.get(i) == live;
			if (inPlace && !dirtySites.contains(site)) {
				continue;
			}
			if (inPlace) {
				Diagram scratch = new Diagram();
				DiagramContainer fresh = TopologyDiagrams.on(scratch, topology, store, findings, sizing).overviewSite(site, fallback, 0);
				if (sameChildren((DiagramContainer) live, fresh)) {
					copy(fresh, live);
					for (DiagramNode child : fresh.children()) {
						copy(child, diagram.node(child.id()));
					}
					continue;
				}
			}
			if (live != null) {
				diagram.remove(live);
			}
			for (Element element : SiteQueries.contents(site)) {
				DiagramNode elsewhere = diagram.node(element.getId()); // moved here from another site
				if (elsewhere != null) {
					diagram.remove(elsewhere);
				}
			}
			builder.overviewSite(site, fallback, i);
			drawnAfresh.add(site);
		}
		return drawnAfresh;
	}

	/** Redraws the links a command touched and every link ending at a site drawn afresh (removing a shape takes its edges along). */
	private void redrawLinks(TopologyDiagrams builder, Set<Element> dirtyLinks, Set<Site> drawnAfresh) {
		Set<Element> links = new LinkedHashSet<>(dirtyLinks);
		for (Site site : drawnAfresh) {
			links.addAll(wanLinksAt(site));
			for (EObject element : site.eContents()) {
				if (element instanceof MediationPool pool) {
					links.addAll(pool.getTrunks());
				} else if (element instanceof TrunkPeer peer) {
					links.addAll(peer.getTrunks());
				}
			}
		}
		for (Element link : links) {
			DiagramEdge live = diagram.edge(link.getId());
			if (live != null) {
				diagram.remove(live);
			}
			if (link.eResource() != null) {
				builder.overviewEdge(link);
			}
		}
	}

	/**
	 * What on the overview shows {@code object}: a WAN link or trunk is its own edge; anything
	 * else belongs to the site around it (a central site's name is also on its branch sites'
	 * badges). Objects no longer in the topology are found by their old container instead, which
	 * the removal notification names.
	 */
	private static void classify(EObject object, Set<Site> sites, Set<Element> links) {
		if (object instanceof WanLink || object instanceof Trunk) {
			links.add((Element) object);
			return;
		}
		for (EObject up = object; up != null; up = up.eContainer()) {
			if (up instanceof Site site) {
				sites.add(site);
				if (site instanceof CentralSite central) {
					sites.addAll(central.getBranchSites());
				}
				return;
			}
		}
	}

	/**
	 * The WAN links ending at {@code site}, from the editor's index of inverse references when the
	 * topology has one (a WAN link names its sites without an opposite), else from all WAN links.
	 */
	private List<WanLink> wanLinksAt(Site site) {
		ECrossReferenceAdapter index = ECrossReferenceAdapter.getCrossReferenceAdapter(site);
		if (index == null) {
			return topology.getWanLinks().stream().filter(link -> link.getSiteA() == site || link.getSiteB() == site).toList();
		}
		List<WanLink> links = new ArrayList<>();
		for (Setting setting : index.getNonNavigableInverseReferences(site, false)) {
			if (setting.getEObject() instanceof WanLink link && !links.contains(link)) {
				links.add(link);
			}
		}
		return links;
	}

	/** Whether a site's ports badge reads the same under both sizings (null: the site has no sizing). */
	private static boolean sameBadge(SiteSizing was, SiteSizing is) {
		if (was == null || is == null) {
			return was == is;
		}
		// the two numbers of TopologyDiagrams.portsBadge, compared without formatting the badges
		return was.drawnPorts() == is.drawnPorts() && was.ruleOfThumbPorts() == is.ruleOfThumbPorts();
	}

	private static boolean sameChildren(DiagramContainer live, DiagramContainer fresh) {
		List<DiagramNode> a = live.children(), b = fresh.children();
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			if (!a.get(i).id().equals(b.get(i).id()) || a.get(i).semantic() != b.get(i).semantic()) {
				return false;
			}
		}
		return true;
	}

	/** Gives {@code live} what {@code fresh} shows; unchanged properties are left alone so they notify nobody. */
	private static void copy(DiagramNode fresh, DiagramNode live) {
		if (!live.label().equals(fresh.label())) {
			live.setLabel(fresh.label());
		}
		// URL.equals may resolve host names: compare the text
		if (!String.valueOf(live.icon()).equals(String.valueOf(fresh.icon()))) {
			live.setIcon(fresh.icon());
		}
		if (!live.style().equals(fresh.style())) {
			live.setStyle(fresh.style());
		}
		if (!live.badges().equals(fresh.badges())) {
			live.setBadges(fresh.badges());
		}
		if (!live.decorations().equals(fresh.decorations())) {
			live.setDecorations(fresh.decorations());
		}
		if (live.isPinned() != fresh.isPinned()) {
			live.setPinned(fresh.isPinned());
		}
		live.setBounds(fresh.bounds());
	}
}
