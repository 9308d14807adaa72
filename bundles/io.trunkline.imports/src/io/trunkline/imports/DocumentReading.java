package io.trunkline.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.trunkline.imports.DeploymentShape.PortDoc;
import io.trunkline.model.persistence.UserText;

/** What both formats read the same way: required attributes and children, numbers, ports, role elements. */
final class DocumentReading {

    /** The children of a Service that are not its role-specific element. */
    private static final Set<String> SERVICE_PARTS = Set.of("ServiceId", "DependsOn", "InstalledOn", "Ports");

    private final String file;

    DocumentReading(String file) {
        this.file = file;
    }

    ImportProblem problem(XmlNode node, String text) {
        return new ImportProblem(file, node.line(), node.path(), text);
    }

    String required(XmlNode node, String attribute) throws ImportProblem {
        String value = node.attribute(attribute).map(String::trim).orElse("");
        if (value.isEmpty()) {
            throw problem(node, "has no " + attribute + " attribute");
        }
        return value;
    }

    XmlNode requiredChild(XmlNode node, String child) throws ImportProblem {
        return node.child(child).orElseThrow(() -> problem(node, "has no " + child + " element"));
    }

    int number(XmlNode node, String attribute, int low, int high) throws ImportProblem {
        String value = required(node, attribute);
        try {
            int number = Integer.parseInt(value);
            if (number < low || number > high) {
                throw problem(node, attribute + " is " + number + "; it must lie between " + low + " and " + high);
            }
            return number;
        } catch (NumberFormatException e) {
            throw problem(node, attribute + " '" + UserText.printable(value) + "' is not a whole number");
        }
    }

    /** The {@code Ports/Port} entries of a service. */
    List<PortDoc> ports(XmlNode service) throws ImportProblem {
        List<PortDoc> ports = new ArrayList<>();
        for (XmlNode list : service.children("Ports")) {
            for (XmlNode port : list.children("Port")) {
                int range = port.attribute("Range").isPresent() ? number(port, "Range", 1, 65535) : 1;
                ports.add(new PortDoc(port.attribute("Owner").orElse(""), port.attribute("Usage").orElse(""),
                        number(port, "Port", 1, 65535), port.attribute("Protocol").orElse(""), range));
            }
        }
        return ports;
    }

    /** The role-specific element of a service (e.g. {@code RegistrarService}, {@code PstnGatewayService}), or null. */
    static XmlNode roleElement(XmlNode service) {
        return service.children().stream().filter(c -> !SERVICE_PARTS.contains(c.name())).findFirst().orElse(null);
    }

    /** The default domain first, then the others, each once. */
    static void domains(XmlNode topology, List<String> into) {
        topology.child("InternalDomains").ifPresent(domains -> {
            domains.attribute("DefaultDomain").map(String::trim).filter(d -> !d.isEmpty()).ifPresent(into::add);
            for (XmlNode domain : domains.children("InternalDomain")) {
                domain.attribute("Name").map(String::trim).filter(d -> !d.isEmpty() && !into.contains(d)).ifPresent(into::add);
            }
        });
    }

    /** Name and Location of a site element. */
    static String[] nameAndPlace(XmlNode site) {
        String name = site.child("Name").map(XmlNode::text).orElse("");
        XmlNode location = site.child("Location").orElse(null);
        if (location == null) {
            return new String[] { name, null, null, null };
        }
        return new String[] { name, location.attribute("City").orElse(null), location.attribute("State").orElse(null),
                location.attribute("CountryCode").orElse(null) };
    }
}
