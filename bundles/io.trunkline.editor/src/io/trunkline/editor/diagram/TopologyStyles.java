package io.trunkline.editor.diagram;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.RGB;

import io.trunkline.diagram.model.EdgeStyle;
import io.trunkline.diagram.model.NodeShape;
import io.trunkline.diagram.model.NodeStyle;
import io.trunkline.model.BranchSite;
import io.trunkline.model.Pbx;
import io.trunkline.model.PeerKind;
import io.trunkline.model.TrunkPeer;

/**
 * Colours that tell a telephony engineer which side of the Mediation Server a box is on: blue
 * for Skype for Business servers, orange for the PSTN/TDM side, green for sites, grey for
 * elements of another site shown for context. The same palette as the SVG icons.
 */
final class TopologyStyles {

	static final NodeStyle CENTRAL_SITE = new NodeStyle(new RGB(214, 236, 216), new RGB(60, 141, 64), NodeShape.ROUNDED);
	static final NodeStyle BRANCH_SITE = new NodeStyle(new RGB(226, 238, 226), new RGB(98, 150, 100), NodeShape.ROUNDED);
	static final NodeStyle SERVER = new NodeStyle(new RGB(223, 234, 248), new RGB(47, 109, 181), NodeShape.ROUNDED);
	static final NodeStyle PSTN_SIDE = new NodeStyle(new RGB(252, 236, 220), new RGB(217, 130, 43), NodeShape.ROUNDED);
	static final NodeStyle ITSP = new NodeStyle(new RGB(252, 243, 226), new RGB(190, 120, 40), NodeShape.ROUNDED);
	static final NodeStyle EXTERNAL = new NodeStyle(new RGB(242, 243, 245), new RGB(150, 156, 164), NodeShape.ROUNDED);
	static final NodeStyle PSTN_CLOUD = new NodeStyle(new RGB(235, 240, 246), new RGB(120, 140, 165), NodeShape.ELLIPSE);

	static final EdgeStyle ROOT_TRUNK = new EdgeStyle(new RGB(47, 109, 181), 2, false);
	static final EdgeStyle TRUNK = new EdgeStyle(new RGB(47, 109, 181), 1, false);
	static final EdgeStyle TDM = new EdgeStyle(new RGB(217, 130, 43), 2, false);
	static final EdgeStyle PSTN_LINE = new EdgeStyle(new RGB(217, 130, 43), 1, true);
	static final EdgeStyle WAN_RESILIENT = new EdgeStyle(new RGB(60, 141, 64), 2, false);
	static final EdgeStyle WAN = new EdgeStyle(new RGB(120, 128, 138), 2, true);
	static final EdgeStyle ASSOCIATION = new EdgeStyle(new RGB(150, 156, 164), 1, true);

	private TopologyStyles() {
	}

	static NodeStyle of(EObject element) {
		if (element instanceof BranchSite) {
			return BRANCH_SITE;
		}
		if (element instanceof TrunkPeer peer) {
			return peer.getKind() == PeerKind.ITSP_SBC ? ITSP : PSTN_SIDE;
		}
		if (element instanceof Pbx) {
			return PSTN_SIDE;
		}
		return SERVER;
	}
}
