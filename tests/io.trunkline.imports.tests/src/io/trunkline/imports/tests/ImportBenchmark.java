package io.trunkline.imports.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trunkline.imports.TopologyDocuments;
import io.trunkline.imports.TopologyImport;

/**
 * How long importing a published topology document takes as it grows: N central sites, each with a three-server
 * Front End pool, a two-server stand-alone Mediation pool and a gateway (six clusters' worth of services). Run with
 * ./trunkline bench.
 */
@Tag("benchmark")
class ImportBenchmark {

    @TempDir
    Path folder;

    @Test
    void importGeneratedDocuments() throws Exception {
        StringBuilder table = new StringBuilder("| sites | document | elements created | median import | min | max |\n|---|---|---|---|---|---|\n");
        for (int sites : new int[] { 10, 100, 1_000, 5_000 }) {
            Path file = Files.writeString(folder.resolve("sites-" + sites + ".xml"), document(sites));
            for (int i = 0; i < 3; i++) {
                TopologyDocuments.read(file, null);
            }
            double[] ms = new double[7];
            TopologyImport imported = null;
            for (int i = 0; i < ms.length; i++) {
                long start = System.nanoTime();
                imported = TopologyDocuments.read(file, null);
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(ms);
            table.append(String.format(Locale.ROOT, "| %,d | %,d KB | %,d | %.0f ms | %.0f ms | %.0f ms |%n", sites,
                    Files.size(file) / 1024, imported.report().created().size(), ms[ms.length / 2], ms[0], ms[ms.length - 1]));
        }
        System.out.println("Import benchmark (warm-up 3, 7 runs)\n" + table);
        Path out = Path.of("target", "benchmarks", "import.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table.toString());
    }

    private static String document(int sites) throws IOException {
        StringBuilder xml = new StringBuilder("<Topology xmlns=\"urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008\">\n"
                + "<InternalDomains DefaultDomain=\"bench.example\"/>\n<Sites>\n");
        for (int s = 1; s <= sites; s++) {
            xml.append("<CentralSite SiteId=\"").append(s).append("\"><Name>Site ").append(s).append("</Name></CentralSite>\n");
        }
        xml.append("</Sites>\n<Clusters>\n");
        for (int s = 1; s <= sites; s++) {
            cluster(xml, s, 1, "fe" + s, 3);
            cluster(xml, s, 2, "med" + s, 2);
            cluster(xml, s, 3, "gw" + s, 1);
        }
        xml.append("</Clusters>\n<Services>\n");
        for (int s = 1; s <= sites; s++) {
            service(xml, s, "UserServices", 1, null, "");
            service(xml, s, "Registrar", 1, "UserServices", "<Port Owner=\"urn:component:Registrar\" Usage=\"SipServer\" Port=\"5061\" Protocol=\"Mtls\"/>");
            service(xml, s, "MediationServer", 2, "Registrar", "<Port Usage=\"SipServer\" Port=\"5070\" Protocol=\"Mtls\"/>"
                    + "<Port Usage=\"SipClient\" Port=\"5067\" Protocol=\"Tls\"/>");
            service(xml, s, "PstnGateway", 3, "MediationServer", "<Port Usage=\"SipServer\" Port=\"5067\" Protocol=\"Tls\"/>");
        }
        return xml.append("</Services>\n</Topology>\n").toString();
    }

    private static void cluster(StringBuilder xml, int site, int number, String name, int machines) {
        xml.append("<Cluster Fqdn=\"").append(name).append(".bench.example\"><ClusterId SiteId=\"").append(site)
                .append("\" Number=\"").append(number).append("\"/>");
        for (int m = 1; m <= machines; m++) {
            xml.append("<Machine OrdinalInCluster=\"").append(m).append("\"/>");
        }
        xml.append("</Cluster>\n");
    }

    private static void service(StringBuilder xml, int site, String role, int cluster, String dependsOn, String ports) {
        xml.append("<Service><ServiceId SiteId=\"").append(site).append("\" RoleName=\"").append(role).append("\" Instance=\"1\"/>");
        if (dependsOn != null) {
            xml.append("<DependsOn><Dependency><ServiceId SiteId=\"").append(site).append("\" RoleName=\"").append(dependsOn)
                    .append("\" Instance=\"1\"/></Dependency></DependsOn>");
        }
        xml.append("<InstalledOn><ClusterId SiteId=\"").append(site).append("\" Number=\"").append(cluster)
                .append("\"/></InstalledOn><Ports>").append(ports).append("</Ports></Service>\n");
    }
}
