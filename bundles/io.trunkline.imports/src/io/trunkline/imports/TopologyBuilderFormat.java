package io.trunkline.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.trunkline.imports.DeploymentShape.ClusterDoc;
import io.trunkline.imports.DeploymentShape.Dependency;
import io.trunkline.imports.DeploymentShape.ServiceDoc;
import io.trunkline.imports.DeploymentShape.SiteDoc;

/**
 * Reads a Topology Builder document (domain-catalogue.md §5.3): {@code TopologyBuilder/NewTopology/PartialTopology}
 * with clusters nested in their sites and everything linked by GUIDs ({@code UniqueId}, {@code InstalledOn},
 * {@code ServiceUniqueId}). Branch sites are {@code RemoteSites/RemoteSite} inside their central site, with
 * their own clusters [inferred: {@code RemoteSites} is empty in every public sample, §5.1].
 */
final class TopologyBuilderFormat {

    private TopologyBuilderFormat() {
    }

    static DeploymentShape read(XmlNode root, String file) throws ImportProblem {
        DocumentReading reading = new DocumentReading(file);
        XmlNode partial = reading.requiredChild(reading.requiredChild(root, "NewTopology"), "PartialTopology");
        DeploymentShape shape = new DeploymentShape();
        DocumentReading.domains(partial, shape.domains);
        Map<String, String> sqlToCluster = new HashMap<>();
        for (XmlNode centrals : partial.children("CentralSites")) {
            for (XmlNode central : centrals.children("CentralSite")) {
                String key = reading.required(central, "SiteId");
                site(reading, shape, central, key, null, sqlToCluster);
                for (XmlNode remotes : central.children("RemoteSites")) {
                    for (XmlNode remote : remotes.children("RemoteSite")) {
                        site(reading, shape, remote, reading.required(remote, "SiteId"), key, sqlToCluster);
                    }
                }
            }
        }
        for (XmlNode stray : partial.children("Clusters")) {
            for (XmlNode cluster : stray.children("Cluster")) {
                // Outside every site: the mapping refuses it by naming no site.
                shape.clusters.add(new ClusterDoc(reading.required(cluster, "UniqueId"), reading.required(cluster, "Fqdn"),
                        "", machines(cluster), cluster));
            }
        }
        partial.child("SimpleUrlConfiguration").ifPresent(urls -> shape.skipped.add(urls.path()
                + ": simple URLs (meeting and dial-in addresses are not part of Enterprise Voice planning)"));
        for (XmlNode services : partial.children("Services")) {
            for (XmlNode service : services.children("Service")) {
                shape.services.add(service(reading, service, sqlToCluster));
            }
        }
        return shape;
    }

    private static void site(DocumentReading reading, DeploymentShape shape, XmlNode site, String key, String central,
            Map<String, String> sqlToCluster) throws ImportProblem {
        String[] place = DocumentReading.nameAndPlace(site);
        shape.sites.add(new SiteDoc(key, place[0], place[1], place[2], place[3], central, site));
        for (XmlNode clusters : site.children("Clusters")) {
            for (XmlNode cluster : clusters.children("Cluster")) {
                String id = reading.required(cluster, "UniqueId");
                shape.clusters.add(new ClusterDoc(id, reading.required(cluster, "Fqdn"), key, machines(cluster), cluster));
                for (XmlNode instances : cluster.children("SqlInstances")) {
                    for (XmlNode sql : instances.children("SqlInstance")) {
                        sqlToCluster.put(reading.required(sql, "UniqueId"), id);
                    }
                }
            }
        }
    }

    private static int machines(XmlNode cluster) {
        return cluster.child("Machines").map(m -> m.children("Machine").size()).orElse(0);
    }

    private static ServiceDoc service(DocumentReading reading, XmlNode service, Map<String, String> sqlToCluster)
            throws ImportProblem {
        String key = reading.required(service, "UniqueId");
        String role = reading.required(service, "RoleName");
        List<Dependency> dependsOn = new ArrayList<>();
        for (XmlNode depends : service.children("DependsOn")) {
            for (XmlNode dependency : depends.children("Dependency")) {
                dependsOn.add(new Dependency(reading.required(dependency, "ServiceUniqueId"),
                        dependency.attribute("Usage").orElse("Default"), dependency));
            }
        }
        String installedOn = service.attribute("InstalledOn").map(String::trim).orElse(null);
        String cluster = installedOn == null ? null : sqlToCluster.getOrDefault(installedOn, installedOn);
        return new ServiceDoc(key, role + " " + key, role, cluster, dependsOn, reading.ports(service),
                DocumentReading.roleElement(service), service);
    }
}
