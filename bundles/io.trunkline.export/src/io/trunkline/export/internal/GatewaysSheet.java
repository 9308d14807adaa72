package io.trunkline.export.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.trunkline.model.Site;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.validation.RuleContext;

/** Every trunk peer: gateways, SBA gateways, IP-PBXs and ITSP SBCs, with their trunks and pools. */
final class GatewaysSheet {

    private static final List<Column> COLUMNS = List.of(Column.text("Site", 20), Column.text("Name", 24),
            Column.text("Kind", 14), Column.text("FQDN or IP", 28), Column.text("Root trunk transport:port", 14),
            Column.integer("PSTN ports"), Column.integer("Trunks"), Column.text("Mediation pools", 36),
            Column.text("Country", 8), Column.text("TLS", 5), Column.text("DNS load balancing", 8),
            Column.text("Media bypass", 8));

    private GatewaysSheet() {
    }

    static Sheet build(ExportInput in) {
        List<Site> siteOf = new ArrayList<>();
        List<TrunkPeer> peers = new ArrayList<>();
        for (Site site : in.sites()) {
            for (TrunkPeer peer : site.getTrunkPeers()) {
                siteOf.add(site);
                peers.add(peer);
            }
        }
        return new Sheet("Gateways", COLUMNS, peers.size(), i -> {
            Site site = siteOf.get(i);
            TrunkPeer peer = peers.get(i);
            List<Trunk> trunks = RuleContext.trunks(peer);
            Trunk root = peer.getRootTrunk();
            String pools = trunks.stream().map(Trunk::getMediationPool).filter(p -> p != null).map(Rows::name)
                    .distinct().collect(Collectors.joining(", "));
            return new Rows().text(Rows.name(site)).text(Rows.name(peer)).text(Rows.literal(peer.getKind()))
                    .text(peer.getAddress())
                    .text(root == null ? "" : root.getTransport() + ":" + root.getPeerPort())
                    .number(peer.getPstnPorts()).number(trunks.size()).text(pools).text(peer.getCountryRegion())
                    .yesNo(peer.isSupportsTls()).yesNo(peer.isSupportsDnsLoadBalancing())
                    .yesNo(peer.isSupportsMediaBypass()).done();
        });
    }
}
