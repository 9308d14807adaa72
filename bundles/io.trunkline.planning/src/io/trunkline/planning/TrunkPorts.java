package io.trunkline.planning;

import io.trunkline.model.MediationPool;
import io.trunkline.model.Transport;
import io.trunkline.model.Trunk;

/**
 * Which Mediation port a trunk listens on for its transport. The Mediation pool listens on one range per
 * transport, TLS 5067 and TCP 5068 by default [DMS] (domain.md §1, domain-catalogue.md §1.4), and "the Associated
 * Mediation Server port must be within the range of the listening ports for the respective protocol" [DGW] (rule
 * GW-15): a trunk switched between TLS and TCP keeps a port inside the new range and otherwise moves to its first
 * port, so the switch does not itself raise TL-GW-15.
 */
public final class TrunkPorts {

    private TrunkPorts() {
    }

    /** The Mediation port {@code trunk} should use over {@code transport}. */
    public static int mediationPort(Trunk trunk, Transport transport) {
        MediationPool pool = trunk.getMediationPool();
        boolean tls = transport == Transport.TLS;
        int first = pool == null ? (tls ? PlanningFigures.MEDIATION_TLS_PORT : PlanningFigures.MEDIATION_TCP_PORT)
                : tls ? pool.getTlsPortFirst() : pool.getTcpPortFirst();
        int last = pool == null ? first : tls ? pool.getTlsPortLast() : pool.getTcpPortLast();
        int port = trunk.getMediationPort();
        return port >= first && port <= last ? port : first;
    }
}
