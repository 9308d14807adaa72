package io.trunkline.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;

import io.trunkline.diagram.model.Diagram;
import io.trunkline.editor.diagram.Cascade;
import io.trunkline.editor.diagram.DiagramSync;
import io.trunkline.editor.diagram.LayoutCommand;
import io.trunkline.editor.diagram.LayoutStore;
import io.trunkline.editor.diagram.NewElements;
import io.trunkline.editor.diagram.PinCommand;
import io.trunkline.editor.diagram.TopologyDiagrams;
import io.trunkline.editor.validation.EditorValidation;
import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.Element;
import io.trunkline.model.MediationPool;
import io.trunkline.model.Pbx;
import io.trunkline.model.PeerKind;
import io.trunkline.model.Pool;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.Transport;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.WanLink;
import io.trunkline.model.persistence.ElementIds;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.model.provider.TopologyItemProviderAdapterFactory;
import io.trunkline.model.query.SiteQueries;
import io.trunkline.model.synthetic.SyntheticTopologyGenerator;
import io.trunkline.planning.TopologySizer;

/**
 * "Cannot drift": the overview the editor updates incrementally after each command is, after
 * every one of 1,000 seeded random commands (create, delete with its cascade, move, resize,
 * bend, pin, rename, connect, reconnect, property changes, undo and redo) through the editing
 * domain, the same picture as the overview built from scratch: structure, labels, badges,
 * decorations of findings and geometry ({@link DiagramSnapshot}). The topology is a generated
 * 40-site one (2 central sites with 19 branches each), where every site sits in the default
 * grid, so growing a site also moves the sites after it.
 */
class DiagramSyncDriftTest {

	private static final TopologyPackage P = TopologyPackage.eINSTANCE;
	private static final TopologyFactory F = TopologyFactory.eINSTANCE;

	@Test
	void theIncrementalOverviewEqualsAFullRebuildAfterEachOf1000RandomCommands() throws Exception {
		World world = new World(20261130L);
		int executed = 0;
		for (int step = 0; step < 1000; step++) {
			String what = world.randomCommand();
			executed++;
			world.update();
			String differences = world.fullRebuild().differences(DiagramSnapshot.of(world.diagram));
			if (!differences.isEmpty()) {
				fail("after command " + step + " (" + what + ", seed 20261130):\n" + differences);
			}
		}
		assertEquals(1000, executed);
		assertTrue(world.kinds.keySet().containsAll(Set.of("create", "delete", "move", "rename", "connect", "reconnect", "property", "undo", "redo")),
				"every kind of command was tried: " + world.kinds);
	}

	/** The same walk, compared only every 50 commands and at the end: drift that heals itself before the next compare still shows. */
	@Test
	void theIncrementalOverviewEqualsAFullRebuildAtIntervalsOverADifferentWalk() throws Exception {
		World world = new World(7L);
		for (int step = 1; step <= 1000; step++) {
			String what = world.randomCommand();
			world.update();
			if (step % 50 == 0) {
				String differences = world.fullRebuild().differences(DiagramSnapshot.of(world.diagram));
				assertTrue(differences.isEmpty(), () -> "after " + what + ":\n" + differences);
			}
		}
	}

	/**
	 * As the editor runs it: with an index of inverse references on the file, from which the sync
	 * takes the WAN links of a site it draws afresh instead of walking them all.
	 */
	@Test
	void theIncrementalOverviewEqualsAFullRebuildWithTheEditorsReferenceIndex() throws Exception {
		World world = new World(99L);
		world.topology.eResource().eAdapters().add(new ECrossReferenceAdapter());
		for (int step = 0; step < 1000; step++) {
			String what = world.randomCommand();
			world.update();
			String differences = world.fullRebuild().differences(DiagramSnapshot.of(world.diagram));
			if (!differences.isEmpty()) {
				fail("after command " + step + " (" + what + ", seed 99, indexed):\n" + differences);
			}
		}
	}

	/**
	 * The findings the editor keeps up to date from what live validation reports added and removed
	 * are, after every one of 1,000 random commands, what a validation worked out from scratch shows:
	 * by element (in order), in the Problems list and in the status bar's counts.
	 */
	@Test
	void theEditorsFindingsEqualAFreshValidationAfterEachOf1000RandomCommands() throws Exception {
		World world = new World(42L);
		for (int step = 1; step <= 1000; step++) {
			String what = world.randomCommand();
			world.update();
			EditorValidation fresh = new EditorValidation(world.topology, null);
			fresh.dispose(null);
			String after = "after command " + step + " (" + what + ", seed 42)";
			assertEquals(fresh.byElement(), world.validation.byElement(), after);
			assertEquals(fresh.findings(), world.validation.findings(), after);
			assertEquals(fresh.summary(), world.validation.summary(), after);
		}
	}

	/**
	 * A branch site's users are part of the ports its carrier site needs, so the carrier's ports
	 * badge changes although the command touched only the branch.
	 */
	@Test
	void theCarrierSitesPortsBadgeFollowsTheUsersOfABranchItCarries() throws Exception {
		World world = new World(5L);
		CentralSite central = world.topology.getCentralSites().get(0);
		BranchSite branch = central.getBranchSites().get(0);
		world.domain.getCommandStack().execute(SetCommand.create(world.domain, branch, P.getSite_PstnServedBy(), central));
		world.update();
		String badgeBefore = badges(world.diagram, central);
		world.domain.getCommandStack().execute(SetCommand.create(world.domain, branch, P.getSite_Users(), branch.getUsers() + 300));
		world.update();
		assertTrue(!badges(world.rebuiltDiagram(), central).equals(badgeBefore), "the users change the carrier's badge: " + badgeBefore);
		assertEquals("", world.fullRebuild().differences(DiagramSnapshot.of(world.diagram)));
	}

	private static String badges(Diagram diagram, Site site) {
		return diagram.node(site.getId()).badges().toString();
	}

	/** A topology in an editing domain with live validation, its layout and an overview kept in step by {@link DiagramSync}. */
	private static final class World {
		final Random random;
		final Topology topology;
		final LayoutStore layout = new LayoutStore();
		final AdapterFactoryEditingDomain domain;
		final EditorValidation validation;
		final Diagram diagram = new Diagram();
		final DiagramSync sync;
		final Map<String, Integer> kinds = new HashMap<>();

		World(long seed) throws Exception {
			random = new Random(seed);
			Path file = Files.createTempDirectory("drift").resolve("drift.topology");
			TopologyFiles.save(SyntheticTopologyGenerator.generate(40, seed), file);
			ComposedAdapterFactory factory = new ComposedAdapterFactory();
			factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
			factory.addAdapterFactory(new TopologyItemProviderAdapterFactory());
			factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
			var resources = TopologyFiles.newResourceSet();
			domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack(), resources);
			topology = TopologyFiles.load(file, resources);
			validation = new EditorValidation(topology, null);
			sync = new DiagramSync(diagram, topology, layout);
			sync.rebuild(null, validation.byElement(), validation.sizing());
		}

		/** What the editor does after each command: validate (which sizes incrementally), then update the diagram. */
		void update() {
			validation.flush();
			sync.update(null, validation.byElement(), validation.changedElements(), validation.sizing());
		}

		/** The reference: the overview drawn from scratch, with the topology sized from scratch. */
		DiagramSnapshot fullRebuild() {
			return DiagramSnapshot.of(rebuiltDiagram());
		}

		Diagram rebuiltDiagram() {
			Diagram fresh = new Diagram();
			TopologyDiagrams.build(fresh, topology, null, layout, validation.byElement(), TopologySizer.size(topology));
			return fresh;
		}

		/** Executes one random command that changes something, and says what it was. */
		String randomCommand() {
			CommandStack stack = domain.getCommandStack();
			while (true) {
				int kind = random.nextInt(10);
				String name = switch (kind) {
				case 0 -> "create";
				case 1 -> "delete";
				case 2 -> "move";
				case 3 -> "rename";
				case 4 -> "connect";
				case 5 -> "reconnect";
				case 6, 7 -> "property";
				case 8 -> "undo";
				default -> "redo";
				};
				if (kind == 8 || kind == 9) {
					if (kind == 8 ? stack.canUndo() : stack.canRedo()) {
						String label = (kind == 8 ? stack.getUndoCommand() : stack.getRedoCommand()).getLabel();
						if (kind == 8) {
							stack.undo();
						} else {
							stack.redo();
						}
						kinds.merge(name, 1, Integer::sum);
						return name + " " + label;
					}
					continue;
				}
				Command command = switch (kind) {
				case 0 -> create();
				case 1 -> delete();
				case 2 -> move();
				case 3 -> rename();
				case 4 -> connect();
				case 5 -> reconnect();
				default -> property();
				};
				if (command != null && command.canExecute()) {
					String label = name + " " + command.getLabel();
					stack.execute(command);
					kinds.merge(name, 1, Integer::sum);
					return label;
				}
			}
		}

		private Command create() {
			List<Site> sites = SiteQueries.sites(topology);
			int what = random.nextInt(6);
			if (what == 0 || sites.isEmpty()) {
				CentralSite site = named(F.createCentralSite());
				site.setUsers(100 + random.nextInt(5000));
				return placed(AddCommand.create(domain, topology, P.getTopology_CentralSites(), site), site, 600, 124);
			}
			Site site = pick(sites);
			if (what == 1 && site instanceof CentralSite central) {
				BranchSite branch = named(F.createBranchSite());
				branch.setUsers(10 + random.nextInt(500));
				return placed(AddCommand.create(domain, central, P.getCentralSite_BranchSites(), branch), branch, 600, 124);
			}
			if (what == 2) {
				MediationPool pool = named(F.createMediationPool());
				pool.setFqdn("med" + random.nextInt(1000) + ".example.com");
				return placed(AddCommand.create(domain, site, P.getSite_MediationPools(), pool), pool, 180, 56);
			}
			if (what == 3) {
				return placed(AddCommand.create(domain, site, P.getSite_Pbxs(), named(F.createPbx())), null, 0, 0);
			}
			TrunkPeer peer = named(F.createTrunkPeer());
			peer.setKind(random.nextBoolean() ? PeerKind.PSTN_GATEWAY : PeerKind.IP_PBX);
			peer.setPstnPorts(random.nextInt(96));
			return placed(AddCommand.create(domain, site, P.getSite_TrunkPeers(), peer), random.nextBoolean() ? peer : null, 180, 56);
		}

		/** The creation, with the element placed on the overview as the editor's palette does, or left to the default grid. */
		private Command placed(Command add, Element element, int width, int height) {
			if (element == null) {
				return add;
			}
			var compound = new org.eclipse.emf.common.command.CompoundCommand(add.getLabel());
			compound.append(add);
			compound.append(new LayoutCommand("Place", layout, TopologyDiagrams.OVERVIEW,
					Map.of(element.getId(), new Rectangle(random.nextInt(4000), random.nextInt(4000), width, height)), Map.of()));
			return compound;
		}

		private <T extends Element> T named(T element) {
			element.setId(ElementIds.newId(element.eClass()));
			element.setName(element.eClass().getName() + " " + random.nextInt(100_000));
			return element;
		}

		private Command delete() {
			Element doomed = pickElement(e -> !(e instanceof Topology) && (e instanceof Site || e instanceof Pool || e instanceof TrunkPeer
					|| e instanceof Pbx || e instanceof WanLink || e instanceof Trunk));
			return doomed == null ? null : DeleteCommand.create(domain, new ArrayList<>(Cascade.of(Set.of(doomed), topology)));
		}

		/** A move or resize of a site or element, a bend of a link, or a pin, on the overview. */
		private Command move() {
			int what = random.nextInt(4);
			if (what == 0) {
				Element link = random.nextBoolean() && !topology.getTrunks().isEmpty() ? pick(topology.getTrunks())
						: topology.getWanLinks().isEmpty() ? null : pick(topology.getWanLinks());
				return link == null ? null : new LayoutCommand("Bend", layout, TopologyDiagrams.OVERVIEW, Map.of(),
						Map.of(link.getId(), List.of(new Point(random.nextInt(3000), random.nextInt(3000)))));
			}
			Element shape = pickElement(e -> e instanceof Site || e instanceof Pool || e instanceof TrunkPeer || e instanceof Pbx);
			if (shape == null) {
				return null;
			}
			if (what == 1) {
				return new PinCommand(layout, TopologyDiagrams.OVERVIEW, List.of(shape.getId()), random.nextBoolean());
			}
			Rectangle box = new Rectangle(random.nextInt(4000), random.nextInt(4000), 100 + random.nextInt(600), 50 + random.nextInt(300));
			return new LayoutCommand("Move", layout, TopologyDiagrams.OVERVIEW, Map.of(shape.getId(), box), Map.of());
		}

		private Command rename() {
			Element element = pickElement(e -> !(e instanceof Topology));
			return element == null ? null : SetCommand.create(domain, element, P.getElement_Name(), "renamed " + random.nextInt(1_000_000));
		}

		private Command connect() {
			List<TrunkPeer> peers = all(TrunkPeer.class);
			List<MediationPool> pools = all(MediationPool.class);
			List<Site> sites = SiteQueries.sites(topology);
			if (random.nextBoolean() && !peers.isEmpty() && !pools.isEmpty()) {
				return NewElements.addTrunk(domain, topology, pick(peers), pick(pools));
			}
			if (sites.size() < 2) {
				return null;
			}
			WanLink link = named(F.createWanLink());
			link.setSiteA(pick(sites));
			link.setSiteB(pick(sites));
			return AddCommand.create(domain, topology, P.getTopology_WanLinks(), link);
		}

		private Command reconnect() {
			if (random.nextBoolean() && !topology.getTrunks().isEmpty()) {
				Trunk trunk = pick(topology.getTrunks());
				return random.nextBoolean() ? set(trunk, P.getTrunk_Peer(), all(TrunkPeer.class))
						: set(trunk, P.getTrunk_MediationPool(), all(MediationPool.class));
			}
			if (topology.getWanLinks().isEmpty()) {
				return null;
			}
			WanLink link = pick(topology.getWanLinks());
			return set(link, random.nextBoolean() ? P.getWanLink_SiteA() : P.getWanLink_SiteB(), SiteQueries.sites(topology));
		}

		private Command set(EObject owner, org.eclipse.emf.ecore.EStructuralFeature feature, List<? extends EObject> candidates) {
			return candidates.isEmpty() ? null : SetCommand.create(domain, owner, feature, pick(candidates));
		}

		/** A change of what the badges, labels, sizing or findings show. */
		private Command property() {
			switch (random.nextInt(7)) {
			case 0: {
				List<TrunkPeer> peers = all(TrunkPeer.class);
				return peers.isEmpty() ? null : SetCommand.create(domain, pick(peers), P.getTrunkPeer_PstnPorts(), random.nextInt(200));
			}
			case 1: {
				List<Site> sites = SiteQueries.sites(topology);
				return sites.isEmpty() ? null : SetCommand.create(domain, pick(sites), P.getSite_Users(), (long) random.nextInt(20_000));
			}
			case 2: {
				List<Pool> pools = all(Pool.class);
				return pools.isEmpty() ? null : SetCommand.create(domain, pick(pools), P.getPool_Fqdn(), random.nextBoolean() ? "" : "p" + random.nextInt(99) + ".example.com");
			}
			case 3: {
				List<TrunkPeer> peers = all(TrunkPeer.class);
				return peers.isEmpty() ? null : SetCommand.create(domain, pick(peers), P.getTrunkPeer_Address(), "10.0.0." + random.nextInt(255));
			}
			case 4:
				return topology.getWanLinks().isEmpty() ? null
						: SetCommand.create(domain, pick(topology.getWanLinks()), P.getWanLink_Resilient(), random.nextBoolean());
			case 5: {
				if (topology.getTrunks().isEmpty()) {
					return null;
				}
				Trunk trunk = pick(topology.getTrunks());
				return random.nextBoolean() ? SetCommand.create(domain, trunk, P.getTrunk_Root(), !trunk.isRoot())
						: SetCommand.create(domain, trunk, P.getTrunk_Transport(), trunk.getTransport() == Transport.TCP ? Transport.TLS : Transport.TCP);
			}
			default: {
				List<Pbx> pbxs = all(Pbx.class);
				return pbxs.isEmpty() ? null : SetCommand.create(domain, pick(pbxs), P.getPbx_UsersRemaining(), random.nextInt(3000));
			}
			}
		}

		private <T> List<T> all(Class<T> type) {
			List<T> found = new ArrayList<>();
			topology.eAllContents().forEachRemaining(e -> {
				if (type.isInstance(e)) {
					found.add(type.cast(e));
				}
			});
			return found;
		}

		private Element pickElement(Predicate<Element> wanted) {
			List<Element> candidates = new ArrayList<>();
			for (Element element : all(Element.class)) {
				if (wanted.test(element)) {
					candidates.add(element);
				}
			}
			return candidates.isEmpty() ? null : pick(candidates);
		}

		private <T> T pick(List<T> list) {
			return list.get(random.nextInt(list.size()));
		}
	}
}
