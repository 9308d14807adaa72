package io.trunkline.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * What both document formats say about a deployment, before it becomes a Trunkline topology: sites, clusters
 * (pools) and the services installed on them, each keyed the way its format identifies it (composite keys in a
 * published topology, GUIDs in a .tbxml) and remembering the element it came from.
 */
final class DeploymentShape {

    record SiteDoc(String key, String name, String city, String state, String country, String centralKey, XmlNode node) {
        boolean central() {
            return centralKey == null;
        }
    }

    record ClusterDoc(String key, String fqdn, String siteKey, int machines, XmlNode node) {
    }

    record Dependency(String serviceKey, String usage, XmlNode node) {
    }

    record PortDoc(String owner, String usage, int port, String protocol, int range) {
    }

    /** A service; {@code display} names it in messages, {@code clusterKey} is null when it names no cluster. */
    record ServiceDoc(String key, String display, String role, String clusterKey, List<Dependency> dependsOn,
            List<PortDoc> ports, XmlNode roleElement, XmlNode node) {
    }

    final List<String> domains = new ArrayList<>();
    final List<SiteDoc> sites = new ArrayList<>();
    final List<ClusterDoc> clusters = new ArrayList<>();
    final List<ServiceDoc> services = new ArrayList<>();
    /** Document parts left out before mapping (SQL instances, simple URLs, ...), one line each. */
    final List<String> skipped = new ArrayList<>();
}
