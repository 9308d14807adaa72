package io.trunkline.model.persistence;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import io.trunkline.model.Element;
import io.trunkline.model.TopologyPackage;

/**
 * Stable, human-readable element ids: a short type prefix and eight hex digits ({@code gw…} is not used
 * because a peer's kind can change; {@code peer-7f3a2c91} stays true). Ids are assigned once and never derived
 * from names, so renaming an element changes one attribute in the file and no reference.
 */
public final class ElementIds {

    private static final TopologyPackage P = TopologyPackage.eINSTANCE;
    private static final Map<EClass, String> PREFIXES = Map.ofEntries(
            Map.entry(P.getTopology(), "topo"), Map.entry(P.getCentralSite(), "site"),
            Map.entry(P.getBranchSite(), "branch"), Map.entry(P.getFrontEndPool(), "fe"),
            Map.entry(P.getDirectorPool(), "dir"), Map.entry(P.getEdgePool(), "edge"),
            Map.entry(P.getMediationPool(), "med"), Map.entry(P.getSurvivableBranch(), "sba"),
            Map.entry(P.getTrunkPeer(), "peer"), Map.entry(P.getTrunk(), "trunk"), Map.entry(P.getPbx(), "pbx"),
            Map.entry(P.getPbxLink(), "pbxlink"), Map.entry(P.getPstnLink(), "pstnlink"),
            Map.entry(P.getWanLink(), "wan"), Map.entry(P.getVoiceRoute(), "route"),
            Map.entry(P.getPstnUsage(), "usage"), Map.entry(P.getVoicePolicy(), "policy"),
            Map.entry(P.getNetworkRegion(), "region"), Map.entry(P.getNetworkSite(), "netsite"),
            Map.entry(P.getSubnet(), "subnet"), Map.entry(P.getBandwidthPolicyProfile(), "bwpolicy"),
            Map.entry(P.getRegionLink(), "regionlink"), Map.entry(P.getRegionRoute(), "regionroute"),
            Map.entry(P.getEmergencyLocation(), "location"), Map.entry(P.getSuppression(), "suppress"));
    private static final SecureRandom RANDOM = new SecureRandom();

    private ElementIds() {
    }

    /** A fresh id for an element of the given class. */
    public static String newId(EClass type) {
        String prefix = PREFIXES.getOrDefault(type, type.getName().toLowerCase(Locale.ROOT));
        return prefix + "-" + String.format("%08x", RANDOM.nextInt());
    }

    /** Gives every element under (and including) {@code root} that has no id a fresh one that is not in use. */
    public static void assignMissing(EObject root) {
        Set<String> used = new HashSet<>();
        forEachElement(root, element -> {
            if (element.getId() != null && !element.getId().isEmpty()) {
                used.add(element.getId());
            }
        });
        forEachElement(root, element -> {
            if (element.getId() == null || element.getId().isEmpty()) {
                String id;
                do {
                    id = newId(element.eClass());
                } while (!used.add(id));
                element.setId(id);
            }
        });
    }

    private static void forEachElement(EObject root, java.util.function.Consumer<Element> action) {
        if (root instanceof Element element) {
            action.accept(element);
        }
        for (Iterator<EObject> all = root.eAllContents(); all.hasNext();) {
            if (all.next() instanceof Element element) {
                action.accept(element);
            }
        }
    }
}
