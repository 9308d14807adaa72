package io.trunkline.export.internal;

import java.util.ArrayList;
import java.util.List;

import io.trunkline.model.BandwidthPolicyProfile;
import io.trunkline.model.NetworkRegion;
import io.trunkline.model.NetworkSite;
import io.trunkline.model.RegionLink;
import io.trunkline.model.RegionRoute;
import io.trunkline.model.Subnet;
import io.trunkline.model.Topology;

/**
 * Call admission control in the order it is configured [CAC]: network regions with their central site, network
 * sites with their region and bandwidth policy, subnets with their network site, region links, then region routes.
 * One table so that a name read on one row (a region, a network site, a link) is found on the rows it is used by;
 * a bandwidth policy is shown with its limits where it is applied rather than on rows of its own.
 */
final class CallAdmissionControlSheet {

    private static final List<Column> COLUMNS = List.of(Column.text("Kind", 14), Column.text("Name", 24),
            Column.text("Network region(s)", 24), Column.text("Skype or central site", 20),
            Column.text("Subnet", 18), Column.text("Network site", 20), Column.text("Bandwidth policy", 20),
            Column.integer("Audio limit (kbit/s)"), Column.integer("Audio session (kbit/s)"),
            Column.integer("Video limit (kbit/s)"), Column.integer("Video session (kbit/s)"),
            Column.text("Region links (in order)", 30));

    private CallAdmissionControlSheet() {
    }

    static Sheet build(ExportInput in) {
        Topology topology = in.topology();
        List<Object> rows = new ArrayList<>(topology.getNetworkRegions());
        rows.addAll(topology.getNetworkSites());
        rows.addAll(topology.getSubnets());
        rows.addAll(topology.getRegionLinks());
        rows.addAll(topology.getRegionRoutes());
        return new Sheet("Call admission control", COLUMNS, rows.size(), i -> row(rows.get(i)));
    }

    private static List<Cell> row(Object element) {
        if (element instanceof NetworkRegion region) {
            return policy(new Rows().text("network region").text(Rows.name(region)).text("")
                    .text(Rows.name(region.getCentralSite())).text("").text(""), null).text("").done();
        }
        if (element instanceof NetworkSite site) {
            return policy(new Rows().text("network site").text(Rows.name(site)).text(Rows.name(site.getRegion()))
                    .text(Rows.name(site.getSite())).text("").text(""), site.getBandwidthPolicy()).text("").done();
        }
        if (element instanceof Subnet subnet) {
            String address = subnet.getAddress() == null ? "" : subnet.getAddress() + "/" + subnet.getMaskBits();
            return policy(new Rows().text("subnet").text(Rows.name(subnet)).text("").text("").text(address)
                    .text(Rows.name(subnet.getNetworkSite())), null).text("").done();
        }
        if (element instanceof RegionLink link) {
            return policy(new Rows().text("region link").text(Rows.name(link)).text(ends(link.getRegionA(), link.getRegionB()))
                    .text("").text("").text(""), link.getBandwidthPolicy()).text("").done();
        }
        RegionRoute route = (RegionRoute) element;
        return policy(new Rows().text("region route").text(Rows.name(route)).text(ends(route.getRegionA(), route.getRegionB()))
                .text("").text("").text(""), null).text(VoiceRoutingSheet.names(route.getLinks())).done();
    }

    private static String ends(NetworkRegion a, NetworkRegion b) {
        return a == null && b == null ? "" : Rows.name(a) + " - " + Rows.name(b);
    }

    /** The policy's name and limits; a limit of 0 is one that is not set [CAC]. */
    private static Rows policy(Rows row, BandwidthPolicyProfile policy) {
        if (policy == null) {
            return row.text("").text("").text("").text("").text("");
        }
        row.text(Rows.name(policy));
        for (int limit : new int[] { policy.getAudioLimitKbps(), policy.getAudioSessionLimitKbps(), policy.getVideoLimitKbps(),
                policy.getVideoSessionLimitKbps() }) {
            if (limit > 0) {
                row.number(limit);
            } else {
                row.text("no limit");
            }
        }
        return row;
    }
}
