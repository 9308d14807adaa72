package io.trunkline.model.edit.icons;

import java.net.URL;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import io.trunkline.model.TopologyPackage;
import io.trunkline.model.Pbx;
import io.trunkline.model.PbxKind;
import io.trunkline.model.PeerKind;
import io.trunkline.model.TrunkPeer;

/**
 * The SVG icon of each topology element type. They are not served through the generated item
 * providers because EMF's resource locator always appends {@code .gif} to an image key, and
 * the generated code is regenerated from scratch by {@code releng/generate-model.sh}, so a
 * hand edit there would not survive. Trunk peers get the icon of their kind (a PSTN gateway
 * and an ITSP SBC are the same class but not the same thing to a telephony engineer), and so
 * does a PBX: an IP-PBX looks like one.
 */
public final class TopologyIcons {

	private static final TopologyPackage P = TopologyPackage.eINSTANCE;
	private static final Map<EClass, String> BY_TYPE = Map.ofEntries(Map.entry(P.getTopology(), "topology"),
			Map.entry(P.getCentralSite(), "central-site"), Map.entry(P.getBranchSite(), "branch-site"),
			Map.entry(P.getFrontEndPool(), "front-end-pool"), Map.entry(P.getDirectorPool(), "director-pool"),
			Map.entry(P.getEdgePool(), "edge-pool"), Map.entry(P.getMediationPool(), "mediation-pool"),
			Map.entry(P.getSurvivableBranch(), "survivable-branch"), Map.entry(P.getTrunkPeer(), "pstn-gateway"),
			Map.entry(P.getPbx(), "pbx"), Map.entry(P.getTrunk(), "trunk"), Map.entry(P.getPbxLink(), "pbx-link"),
			Map.entry(P.getPstnLink(), "pstn-link"), Map.entry(P.getWanLink(), "wan-link"),
			Map.entry(P.getVoiceRoute(), "voice-route"), Map.entry(P.getPstnUsage(), "pstn-usage"),
			Map.entry(P.getVoicePolicy(), "voice-policy"), Map.entry(P.getNetworkRegion(), "network-region"),
			Map.entry(P.getNetworkSite(), "network-site"), Map.entry(P.getSubnet(), "subnet"),
			Map.entry(P.getBandwidthPolicyProfile(), "bandwidth-policy-profile"), Map.entry(P.getRegionLink(), "region-link"),
			Map.entry(P.getRegionRoute(), "region-route"), Map.entry(P.getEmergencyLocation(), "emergency-location"),
			Map.entry(P.getSuppression(), "suppression"));

	private TopologyIcons() {
	}

	public static URL iconFor(EObject element) {
		if (element instanceof TrunkPeer peer) {
			return iconFor(peer.getKind());
		}
		if (element instanceof Pbx pbx && pbx.getKind() == PbxKind.IP) {
			return resource("ip-pbx");
		}
		return iconFor(element.eClass());
	}

	public static URL iconFor(EClass type) {
		String name = BY_TYPE.get(type);
		if (name == null) {
			throw new IllegalArgumentException("No icon for " + type.getName());
		}
		return resource(name);
	}

	public static URL iconFor(PeerKind kind) {
		return resource(switch (kind) {
		case PSTN_GATEWAY -> "pstn-gateway";
		case IP_PBX -> "ip-pbx";
		case ITSP_SBC -> "itsp-sbc";
		case SBA_GATEWAY -> "sba-gateway";
		});
	}

	private static URL resource(String name) {
		URL url = TopologyIcons.class.getResource("/icons/svg/" + name + ".svg");
		if (url == null) {
			throw new IllegalStateException("Missing icon file icons/svg/" + name + ".svg in io.trunkline.model.edit");
		}
		return url;
	}
}
