package io.trunkline.editor.diagram;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import io.trunkline.model.Edition;
import io.trunkline.model.Element;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.MediationKind;
import io.trunkline.model.MediationPool;
import io.trunkline.model.PeerKind;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.edit.labels.TopologyLabels;
import io.trunkline.model.persistence.ElementIds;

/**
 * The defaults an element made in the editor gets, for the palette and the quick fixes alike.
 */
public final class NewElements {

	/** A peer's listening port for TLS (domain.md §1, [DGW]). */
	static final int PEER_TLS_PORT = 5067;
	/** The TLS port of an SBA's gateway side (domain.md §1, [DGW]). */
	static final int SBA_GATEWAY_TLS_PORT = 5082;

	private NewElements() {
	}

	/**
	 * Adds a TLS trunk between {@code pool} and {@code peer} as one command: the peer's first
	 * trunk is its root trunk (domain.md §1), ports are the published defaults. The trunk's ends
	 * are set by the command, not beforehand, because the peer's and the pool's trunk lists are
	 * their inverses: undoing the command unsets the ends and so takes the trunk out of both
	 * lists again, and the peer's next trunk is its root trunk once more.
	 */
	public static Command addTrunk(EditingDomain domain, Topology topology, TrunkPeer peer, MediationPool pool) {
		Trunk trunk = TopologyFactory.eINSTANCE.createTrunk();
		trunk.setId(ElementIds.newId(TopologyPackage.Literals.TRUNK));
		trunk.setName(TopologyLabels.name(peer) + " – " + TopologyLabels.name(pool));
		trunk.setRoot(peer.getRootTrunk() == null);
		trunk.setMediationPort(pool.getTlsPortFirst());
		trunk.setPeerPort(peer.getKind() == PeerKind.SBA_GATEWAY ? SBA_GATEWAY_TLS_PORT : PEER_TLS_PORT);
		CompoundCommand command = new CompoundCommand("Draw Trunk");
		command.append(AddCommand.create(domain, topology, TopologyPackage.Literals.TOPOLOGY__TRUNKS, trunk));
		command.append(SetCommand.create(domain, trunk, TopologyPackage.Literals.TRUNK__MEDIATION_POOL, pool));
		command.append(SetCommand.create(domain, trunk, TopologyPackage.Literals.TRUNK__PEER, peer));
		return command;
	}

	/**
	 * The Mediation Server collocated on a Front End pool, as its own Mediation pool of the same
	 * site: same FQDN and servers as its host, collocated on Front End (Standard Edition server
	 * for a Standard Edition pool), next hop its host (domain.md §1, catalogue MediationPool [MED, DMS]).
	 */
	public static MediationPool collocatedMediation(FrontEndPool host) {
		MediationPool pool = TopologyFactory.eINSTANCE.createMediationPool();
		pool.setId(ElementIds.newId(TopologyPackage.Literals.MEDIATION_POOL));
		pool.setName(TopologyLabels.name(host) + " Mediation (collocated)");
		pool.setFqdn(host.getFqdn());
		pool.setServers(host.getServers());
		pool.setKind(host.getEdition() == Edition.STANDARD ? MediationKind.COLLOCATED_SE : MediationKind.COLLOCATED_FE);
		pool.setCollocatedWith(host);
		pool.setNextHop(host);
		return pool;
	}

	/**
	 * A new element for the list {@code list} of {@code owner} (a voice route, a network region …): a fresh id and
	 * the type's name numbered after those already in the list; everything else starts at the model's defaults.
	 */
	public static Element listed(EObject owner, EReference list, String typeLabel) {
		Element element = (Element) EcoreUtil.create(list.getEReferenceType());
		element.setId(ElementIds.newId(element.eClass()));
		element.setName(typeLabel + " " + (((List<?>) owner.eGet(list)).size() + 1));
		return element;
	}

	/** An FQDN made from the element's name in the topology's first SIP domain. */
	public static String fqdn(Element element, Topology topology) {
		String domain = topology.getSipDomains().isEmpty() ? "contoso.com" : topology.getSipDomains().get(0);
		return TopologyLabels.name(element).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + "."
				+ domain;
	}
}
