package io.trunkline.imports;

import java.util.ArrayList;
import java.util.List;

import io.trunkline.imports.DeploymentShape.ClusterDoc;
import io.trunkline.imports.DeploymentShape.Dependency;
import io.trunkline.imports.DeploymentShape.ServiceDoc;
import io.trunkline.imports.DeploymentShape.SiteDoc;

/**
 * Reads the published topology that {@code Get-CsTopology -AsXml} returns (domain-catalogue.md §5.4): sites,
 * clusters keyed by {@code ClusterId SiteId/Number}, services keyed by {@code ServiceId SiteId/RoleName/Instance}.
 * Branch sites are {@code Sites/BranchSite} elements naming their central site in {@code CentralSiteId}
 * [inferred: no public sample has a branch site, §5.1].
 */
final class PublishedTopologyFormat {

    private PublishedTopologyFormat() {
    }

    static DeploymentShape read(XmlNode root, String file) throws ImportProblem {
        DocumentReading reading = new DocumentReading(file);
        DeploymentShape shape = new DeploymentShape();
        DocumentReading.domains(root, shape.domains);
        for (XmlNode sites : root.children("Sites")) {
            for (XmlNode site : sites.children()) {
                String[] place = DocumentReading.nameAndPlace(site);
                switch (site.name()) {
                case "CentralSite" -> shape.sites.add(new SiteDoc(reading.required(site, "SiteId"), place[0], place[1],
                        place[2], place[3], null, site));
                case "BranchSite" -> shape.sites.add(new SiteDoc(reading.required(site, "SiteId"), place[0], place[1],
                        place[2], place[3], reading.required(site, "CentralSiteId"), site));
                default -> shape.skipped.add(site.path() + " (" + site.name() + "): not a site kind Trunkline plans");
                }
            }
        }
        for (XmlNode clusters : root.children("Clusters")) {
            for (XmlNode cluster : clusters.children("Cluster")) {
                XmlNode id = reading.requiredChild(cluster, "ClusterId");
                shape.clusters.add(new ClusterDoc(clusterKey(reading, id), reading.required(cluster, "Fqdn"),
                        reading.required(id, "SiteId"), cluster.children("Machine").size(), cluster));
            }
        }
        for (XmlNode sql : root.children("SqlInstances")) {
            shape.skipped.add(sql.path() + ": " + sql.children("SqlInstance").size()
                    + " SQL Server instances (databases are not part of Enterprise Voice planning)");
        }
        for (XmlNode services : root.children("Services")) {
            for (XmlNode service : services.children("Service")) {
                shape.services.add(service(reading, service));
            }
        }
        return shape;
    }

    private static ServiceDoc service(DocumentReading reading, XmlNode service) throws ImportProblem {
        XmlNode id = reading.requiredChild(service, "ServiceId");
        String role = reading.required(id, "RoleName");
        List<Dependency> dependsOn = new ArrayList<>();
        for (XmlNode depends : service.children("DependsOn")) {
            for (XmlNode dependency : depends.children("Dependency")) {
                dependsOn.add(new Dependency(serviceKey(reading, reading.requiredChild(dependency, "ServiceId")),
                        dependency.attribute("Usage").orElse("Default"), dependency));
            }
        }
        String cluster = null;
        XmlNode installedOn = service.child("InstalledOn").orElse(null);
        if (installedOn != null) {
            XmlNode target = installedOn.child("ClusterId").orElse(null);
            if (target == null) {
                // A database role sits on a SQL instance, which names its cluster inside.
                XmlNode sql = installedOn.child("SqlInstanceId").orElse(null);
                target = sql == null ? null : sql.child("ClusterId").orElse(null);
            }
            cluster = target == null ? null : clusterKey(reading, target);
        }
        String key = serviceKey(reading, id);
        return new ServiceDoc(key, key, role, cluster, dependsOn, reading.ports(service),
                DocumentReading.roleElement(service), service);
    }

    private static String clusterKey(DocumentReading reading, XmlNode clusterId) throws ImportProblem {
        return reading.required(clusterId, "SiteId") + ":" + reading.required(clusterId, "Number");
    }

    private static String serviceKey(DocumentReading reading, XmlNode serviceId) throws ImportProblem {
        return reading.required(serviceId, "SiteId") + "-" + reading.required(serviceId, "RoleName") + "-"
                + reading.required(serviceId, "Instance");
    }
}
