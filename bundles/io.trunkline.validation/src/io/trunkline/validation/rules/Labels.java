package io.trunkline.validation.rules;

import org.eclipse.emf.ecore.EObject;

import io.trunkline.model.Element;
import io.trunkline.model.Pool;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.persistence.TopologyLimits;
import io.trunkline.model.persistence.UserText;

/**
 * How findings name elements: the kind of thing and the name a planner gave it, with any control character
 * written as {@code U+XXXX} so a message never drives a terminal.
 */
final class Labels {

    private Labels() {
    }

    static String of(EObject object) {
        if (!(object instanceof Element element)) {
            return object == null ? "nothing" : object.eClass().getName();
        }
        return kind(element) + " '" + UserText.printable(name(element), TopologyLimits.MAX_NAME_LENGTH) + "'";
    }

    /** A value the planner typed (a country, an address), safe to print: control characters as U+XXXX. */
    static String text(String value) {
        return UserText.printable(value, TopologyLimits.MAX_NAME_LENGTH);
    }

    static String name(Element element) {
        if (element.getName() != null && !element.getName().isBlank()) {
            return element.getName();
        }
        if (element instanceof Pool pool && pool.getFqdn() != null) {
            return pool.getFqdn();
        }
        if (element instanceof TrunkPeer peer && peer.getAddress() != null) {
            return peer.getAddress();
        }
        return element.getId() != null ? element.getId() : "without name or id";
    }

    private static String kind(Element element) {
        if (element instanceof TrunkPeer peer) {
            return switch (peer.getKind()) {
            case PSTN_GATEWAY -> "PSTN gateway";
            case IP_PBX -> "IP-PBX";
            case ITSP_SBC -> "ITSP SBC";
            case SBA_GATEWAY -> "SBA gateway";
            };
        }
        return switch (element.eClass().getName()) {
        case "CentralSite" -> "central site";
        case "BranchSite" -> "branch site";
        case "FrontEndPool" -> "Front End pool";
        case "DirectorPool" -> "Director pool";
        case "EdgePool" -> "Edge pool";
        case "MediationPool" -> "Mediation pool";
        case "SurvivableBranch" -> "SBA/SBS";
        case "Trunk" -> "trunk";
        case "Pbx" -> "PBX";
        case "WanLink" -> "WAN link";
        case "PstnLink" -> "PSTN link";
        case "PbxLink" -> "PBX link";
        case "Topology" -> "topology";
        case "VoiceRoute" -> "voice route";
        case "VoicePolicy" -> "voice policy";
        case "PstnUsage" -> "PSTN usage";
        case "NetworkRegion" -> "network region";
        case "NetworkSite" -> "network site";
        case "Subnet" -> "subnet";
        case "EmergencyLocation" -> "E9-1-1 location";
        default -> element.eClass().getName();
        };
    }
}
