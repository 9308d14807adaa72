package io.trunkline.editor.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.Element;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.MediationPool;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.PeerKind;
import io.trunkline.model.Pool;
import io.trunkline.model.Site;
import io.trunkline.model.SurvivableBranch;
import io.trunkline.model.Topology;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.editor.diagram.NewElements;
import io.trunkline.model.edit.labels.TopologyLabels;
import io.trunkline.planning.TopologySizer;
import io.trunkline.planning.TrunkPorts;
import io.trunkline.validation.rules.GatewayRules;

/**
 * Repairs offered for the common findings, as EMF commands so they are undoable: a missing
 * trunk (TL-GW-01), too few ports (TL-GW-06), a peer or pool without an FQDN (TL-GW-09 and
 * any finding on an element without one), a Mediation port outside the pool's range for the
 * trunk's transport (TL-GW-15), an SBA or SBS without its central pool (TL-BR-09).
 */
public final class QuickFixes {

	private static final TopologyPackage P = TopologyPackage.eINSTANCE;

	private QuickFixes() {
	}

	public static List<QuickFix> forFinding(String ruleId, Element target, EditingDomain domain) {
		List<QuickFix> fixes = new ArrayList<>();
		Topology topology = topology(target);
		if (topology == null) {
			return fixes;
		}
		switch (ruleId) {
		case "TL-GW-01" -> {
			if (target instanceof TrunkPeer peer) {
				for (MediationPool pool : candidatePools(peer)) {
					fixes.add(new QuickFix("Add a root trunk to Mediation pool '" + TopologyLabels.name(pool) + "'", NewElements.addTrunk(domain, topology, peer, pool)));
				}
			}
		}
		case "TL-GW-06" -> {
			if (target instanceof Site site) {
				int shortfall = TopologySizer.size(topology).site(site.getId()).map(s -> s.portShortfall()).orElse(0);
				site.getTrunkPeers().stream().filter(p -> p.getKind() == PeerKind.PSTN_GATEWAY).findFirst()
						.filter(gateway -> shortfall > 0)
						.ifPresent(gateway -> fixes.add(new QuickFix(
								"Raise '" + TopologyLabels.name(gateway) + "' to " + (gateway.getPstnPorts() + shortfall) + " ports",
								SetCommand.create(domain, gateway, P.getTrunkPeer_PstnPorts(), gateway.getPstnPorts() + shortfall))));
			}
		}
		case "TL-GW-15" -> {
			if (target instanceof Trunk trunk) {
				int port = TrunkPorts.mediationPort(trunk, trunk.getTransport());
				if (port != trunk.getMediationPort()) {
					fixes.add(new QuickFix("Use Mediation port " + port + ", the first " + trunk.getTransport() + " port of '"
							+ TopologyLabels.name(trunk.getMediationPool()) + "'",
							SetCommand.create(domain, trunk, P.getTrunk_MediationPort(), port)));
				}
			}
		}
		case "TL-BR-09" -> {
			if (target instanceof SurvivableBranch sba && sba.eContainer() instanceof BranchSite branch
					&& branch.eContainer() instanceof CentralSite central) {
				for (FrontEndPool pool : central.getFrontEndPools()) {
					fixes.add(new QuickFix("Associate with Front End pool '" + TopologyLabels.name(pool) + "'",
							SetCommand.create(domain, sba, P.getSurvivableBranch_FrontEndPool(), pool)));
				}
			}
		}
		default -> {
			// no rule-specific repair
		}
		}
		Element named = target instanceof Trunk trunk && "TL-GW-09".equals(ruleId) ? trunk.getPeer() : target;
		if (named instanceof Pool pool && blank(pool.getFqdn())) {
			fixes.add(new QuickFix("Set FQDN to " + NewElements.fqdn(pool, topology), SetCommand.create(domain, pool, P.getPool_Fqdn(), NewElements.fqdn(pool, topology))));
		}
		if (named instanceof TrunkPeer peer && (blank(peer.getAddress()) || GatewayRules.isIpLiteral(peer.getAddress()))) {
			fixes.add(new QuickFix("Set address to the FQDN " + NewElements.fqdn(peer, topology),
					SetCommand.create(domain, peer, P.getTrunkPeer_Address(), NewElements.fqdn(peer, topology))));
		}
		return fixes;
	}

	private static List<MediationPool> candidatePools(TrunkPeer peer) {
		List<MediationPool> pools = new ArrayList<>();
		if (peer.eContainer() instanceof Site site) {
			pools.addAll(site.getMediationPools());
			if (site instanceof BranchSite && site.eContainer() instanceof CentralSite central) {
				pools.addAll(central.getMediationPools());
			}
		}
		return pools;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static Topology topology(Element element) {
		return element.eResource() != null && !element.eResource().getContents().isEmpty()
				&& element.eResource().getContents().get(0) instanceof Topology topology ? topology : null;
	}
}
