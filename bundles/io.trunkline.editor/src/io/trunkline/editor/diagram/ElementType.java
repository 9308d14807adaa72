package io.trunkline.editor.diagram;

import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.trunkline.diagram.description.Tool;
import io.trunkline.model.CentralSite;
import io.trunkline.model.Element;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.PeerKind;
import io.trunkline.model.Pool;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.edit.icons.TopologyIcons;
import io.trunkline.model.persistence.ElementIds;

/**
 * The element types of the palette: what each creates, where it may live, and the defaults a
 * new one gets (see {@link NewElements}).
 */
enum ElementType {

	CENTRAL_SITE("Central Site", "A data centre site with Front End pools", TopologyPackage.Literals.CENTRAL_SITE, null),
	BRANCH_SITE("Branch Site", "A branch office site served by a central site", TopologyPackage.Literals.BRANCH_SITE, null),
	FRONT_END_POOL("Front End Pool", "Registrar and conferencing servers of a central site", TopologyPackage.Literals.FRONT_END_POOL, null),
	DIRECTOR_POOL("Director Pool", "Authenticates and routes external traffic", TopologyPackage.Literals.DIRECTOR_POOL, null),
	EDGE_POOL("Edge Pool", "Media relay for remote and federated users", TopologyPackage.Literals.EDGE_POOL, null),
	MEDIATION_POOL("Mediation Pool", "Translates signalling and media between Skype for Business and the PSTN side",
			TopologyPackage.Literals.MEDIATION_POOL, null),
	SURVIVABLE_BRANCH("SBA / SBS", "Survivable Branch Appliance or Server of a branch", TopologyPackage.Literals.SURVIVABLE_BRANCH, null),
	PSTN_GATEWAY("PSTN Gateway", "Connects to the PSTN or a TDM PBX", TopologyPackage.Literals.TRUNK_PEER, PeerKind.PSTN_GATEWAY),
	IP_PBX("IP-PBX", "A SIP-capable PBX trunked directly", TopologyPackage.Literals.TRUNK_PEER, PeerKind.IP_PBX),
	ITSP_SBC("ITSP SBC", "Session border controller of a SIP trunk provider", TopologyPackage.Literals.TRUNK_PEER, PeerKind.ITSP_SBC),
	PBX("TDM PBX", "A legacy PBX reached through a gateway", TopologyPackage.Literals.PBX, null);

	private static final TopologyPackage P = TopologyPackage.eINSTANCE;

	final String label;
	final String description;
	final EClass type;
	final PeerKind kind;
	final Tool.CreateNode tool;

	ElementType(String label, String description, EClass type, PeerKind kind) {
		this.label = label;
		this.description = description;
		this.type = type;
		this.kind = kind;
		this.tool = new Tool.CreateNode(name().toLowerCase(Locale.ROOT), label, kind != null ? TopologyIcons.iconFor(kind) : TopologyIcons.iconFor(type),
				description);
	}

	static ElementType of(Tool.CreateNode tool) {
		for (ElementType type : values()) {
			if (type.tool.id().equals(tool.id())) {
				return type;
			}
		}
		throw new IllegalArgumentException(tool.id());
	}

	boolean isSite() {
		return this == CENTRAL_SITE || this == BRANCH_SITE;
	}

	/** The containment a new element goes into under {@code owner}, or null where it may not live. */
	EReference feature(Object owner) {
		return switch (this) {
		case CENTRAL_SITE -> owner instanceof Topology ? P.getTopology_CentralSites() : null;
		case BRANCH_SITE -> owner instanceof CentralSite ? P.getCentralSite_BranchSites() : null;
		case FRONT_END_POOL -> owner instanceof CentralSite ? P.getCentralSite_FrontEndPools() : null;
		case DIRECTOR_POOL -> owner instanceof CentralSite ? P.getCentralSite_DirectorPools() : null;
		case EDGE_POOL -> owner instanceof CentralSite ? P.getCentralSite_EdgePools() : null;
		case SURVIVABLE_BRANCH -> owner instanceof io.trunkline.model.BranchSite ? P.getBranchSite_SurvivableBranches() : null;
		case MEDIATION_POOL -> owner instanceof Site ? P.getSite_MediationPools() : null;
		case PSTN_GATEWAY, IP_PBX, ITSP_SBC -> owner instanceof Site ? P.getSite_TrunkPeers() : null;
		case PBX -> owner instanceof Site ? P.getSite_Pbxs() : null;
		};
	}

	/** A new element with a fresh id, a numbered name and the published defaults. */
	Element create(Topology topology, int number) {
		Element element = (Element) EcoreUtil.create(type);
		element.setId(ElementIds.newId(type));
		element.setName(label + " " + number);
		if (element instanceof Pool pool) {
			pool.setFqdn(NewElements.fqdn(element, topology));
		}
		if (element instanceof TrunkPeer peer) {
			peer.setKind(kind);
			peer.setAddress(NewElements.fqdn(element, topology));
		}
		if (element instanceof CentralSite central) {
			central.setSiteId(topology.getCentralSites().size() + 1);
		}
		return element;
	}
}
