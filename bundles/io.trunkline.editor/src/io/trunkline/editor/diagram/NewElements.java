package io.trunkline.editor.diagram;

import java.util.Locale;

import io.trunkline.model.Element;
import io.trunkline.model.MediationPool;
import io.trunkline.model.PeerKind;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
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
	 * A TLS trunk between {@code pool} and {@code peer}, not yet added to the topology: the
	 * peer's first trunk is its root trunk (domain.md §1), ports are the published defaults.
	 */
	public static Trunk trunk(TrunkPeer peer, MediationPool pool) {
		Trunk trunk = TopologyFactory.eINSTANCE.createTrunk();
		trunk.setId(ElementIds.newId(TopologyPackage.Literals.TRUNK));
		trunk.setName(TopologyDiagrams.label(peer) + " – " + TopologyDiagrams.label(pool));
		trunk.setRoot(peer.getRootTrunk() == null);
		trunk.setMediationPort(pool.getTlsPortFirst());
		trunk.setPeerPort(peer.getKind() == PeerKind.SBA_GATEWAY ? SBA_GATEWAY_TLS_PORT : PEER_TLS_PORT);
		trunk.setMediationPool(pool);
		trunk.setPeer(peer);
		return trunk;
	}

	/** An FQDN made from the element's name in the topology's first SIP domain. */
	public static String fqdn(Element element, Topology topology) {
		String domain = topology.getSipDomains().isEmpty() ? "contoso.com" : topology.getSipDomains().get(0);
		return TopologyDiagrams.label(element).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + "."
				+ domain;
	}
}
