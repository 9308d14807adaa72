package io.trunkline.resiliency;

import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.DirectorPool;
import io.trunkline.model.Element;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.MediationPool;
import io.trunkline.model.PeerKind;
import io.trunkline.model.SurvivableBranch;
import io.trunkline.model.SurvivableKind;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.WanLink;

/** The words reports use for elements and numbers; built by hand because a sweep writes thousands of them. */
final class Text {

    private Text() {
    }

    /** An element's name, or its id when it has none. */
    static String label(Element element) {
        String name = element.getName();
        return name != null && !name.isBlank() ? name : String.valueOf(element.getId());
    }

    /** A trunk peer as a route names it: "gateway gw1.paris.example", "ITSP SBC sbc.example". */
    static String peer(TrunkPeer peer) {
        String address = peer.getAddress() != null && !peer.getAddress().isBlank() ? peer.getAddress() : label(peer);
        return (peer.getKind() == PeerKind.ITSP_SBC ? "ITSP SBC " : "gateway ") + address;
    }

    /** What kind of element it is, in the words of the domain: "Front End pool", "SBA", "WAN link", … */
    static String kind(Element element) {
        if (element instanceof TrunkPeer peer) {
            return switch (peer.getKind()) {
            case PSTN_GATEWAY -> "PSTN gateway";
            case SBA_GATEWAY -> "SBA gateway";
            case IP_PBX -> "IP-PBX";
            case ITSP_SBC -> "ITSP SBC";
            };
        }
        if (element instanceof SurvivableBranch box) {
            return box.getKind() == SurvivableKind.SBS ? "SBS" : "SBA";
        }
        if (element instanceof CentralSite) {
            return "central site";
        }
        if (element instanceof BranchSite) {
            return "branch site";
        }
        if (element instanceof FrontEndPool) {
            return "Front End pool";
        }
        if (element instanceof DirectorPool) {
            return "Director pool";
        }
        if (element instanceof MediationPool) {
            return "Mediation pool";
        }
        if (element instanceof WanLink) {
            return "WAN link";
        }
        if (element instanceof Trunk) {
            return "trunk";
        }
        return element.eClass().getName();
    }

    /** {@code n} with thousands separators: 12,345. */
    static String number(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder out = new StringBuilder(digits.length() + 4);
        if (n < 0) {
            out.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** "1 site", "3 sites". */
    static String count(long n, String noun) {
        return number(n) + " " + noun + (n == 1 ? "" : "s");
    }
}
