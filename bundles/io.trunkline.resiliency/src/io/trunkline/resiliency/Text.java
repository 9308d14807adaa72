package io.trunkline.resiliency;

import io.trunkline.model.Element;
import io.trunkline.model.PeerKind;
import io.trunkline.model.TrunkPeer;

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
