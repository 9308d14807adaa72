package io.trunkline.model.query;

import io.trunkline.model.PeerKind;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;

/** Derived values of a {@link TrunkPeer} that the generated code delegates to. */
public final class PeerQueries {

    private PeerQueries() {
    }

    /**
     * The peer's root trunk, or {@code null} while none is drawn (EMF's convention for an unset single
     * reference). Every peer has exactly one root trunk [DGW]; when a broken file has several, the first wins
     * here and validation reports the rest.
     */
    public static Trunk rootTrunk(TrunkPeer peer) {
        for (Trunk trunk : peer.getTrunks()) {
            if (trunk.isRoot()) {
                return trunk;
            }
        }
        return null;
    }

    /**
     * Whether the peer is a gateway to the PSTN (a PSTN gateway or an SBA's gateway), which has PSTN ports
     * and PSTN lines; IP-PBXs and ITSP SBCs have neither (domain.md §1, §3 [DS]).
     */
    public static boolean isGateway(TrunkPeer peer) {
        return peer.getKind() == PeerKind.PSTN_GATEWAY || peer.getKind() == PeerKind.SBA_GATEWAY;
    }
}
