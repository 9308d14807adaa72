package io.trunkline.planning;

/** How a site's drawn PSTN connectivity compares with what it needs (domain.md §3–4). */
public enum SiteVerdict {
    /** Nobody at the site places PSTN calls. */
    NO_DEMAND,
    /** Another site's gateways carry this site's PSTN calls ([DS] §2, central telephony sites). */
    SERVED_ELSEWHERE,
    /** Users need the PSTN but the site has no gateway and no serving site (rule GW-08). */
    NO_PSTN_CONNECTIVITY,
    /** Fewer ports drawn than the rule of thumb asks for (rule GW-06). */
    SHORT_OF_PORTS,
    /** Enough ports, but fewer gateways than ⌈ports / 960⌉ (rule GW-07). */
    TOO_FEW_GATEWAYS,
    /** Ports and gateways cover the rule of thumb. */
    COVERED
}
