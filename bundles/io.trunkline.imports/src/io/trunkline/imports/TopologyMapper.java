package io.trunkline.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.trunkline.imports.DeploymentShape.ClusterDoc;
import io.trunkline.imports.DeploymentShape.Dependency;
import io.trunkline.imports.DeploymentShape.PortDoc;
import io.trunkline.imports.DeploymentShape.ServiceDoc;
import io.trunkline.imports.DeploymentShape.SiteDoc;
import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.DeploymentOption;
import io.trunkline.model.DirectorPool;
import io.trunkline.model.EdgePool;
import io.trunkline.model.Edition;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.IpVersion;
import io.trunkline.model.MediationKind;
import io.trunkline.model.MediationPool;
import io.trunkline.model.PeerKind;
import io.trunkline.model.Pool;
import io.trunkline.model.Site;
import io.trunkline.model.SurvivableBranch;
import io.trunkline.model.SurvivableKind;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.Transport;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.persistence.ElementIds;
import io.trunkline.model.persistence.TopologyLimits;
import io.trunkline.model.persistence.UserText;

/**
 * Turns a {@link DeploymentShape} into a Trunkline topology (issue 16): sites; Front End, Director and Edge pools
 * with their server counts; Mediation pools, collocated when installed on a Front End or SBA cluster, stand-alone
 * otherwise, with their ports; PSTN gateways with the root trunk their dependency on a Mediation service gives;
 * SBAs at branch sites with their Front End association; SIP domains. Every reference is checked first, so a
 * broken document fails before anything is built.
 */
final class TopologyMapper {

    private static final TopologyFactory F = TopologyFactory.eINSTANCE;

    /** Roles Trunkline maps; every other role is skipped with the reason {@link #SKIP_REASONS} gives. */
    private static final List<String> VOICE_ROLES = List.of("Registrar", "UserServices", "MediationServer", "PstnGateway",
            "EdgeServer");

    /** Why a non-voice role is left out, in the words of Topology Builder's own feature names. */
    private static final Map<String, String> SKIP_REASONS = Map.ofEntries(
            Map.entry("ConfServices", "conferencing"), Map.entry("PersistentChatServer", "Persistent Chat"),
            Map.entry("PersistentChatStore", "Persistent Chat database"),
            Map.entry("PersistentChatComplianceStore", "Persistent Chat compliance database"),
            Map.entry("WacService", "Office Online Server"), Map.entry("FileStore", "file share"),
            Map.entry("UserStore", "user database"), Map.entry("ApplicationStore", "application database"),
            Map.entry("ArchivingStore", "archiving database"), Map.entry("MonitoringStore", "monitoring database"),
            Map.entry("CentralMgmt", "Central Management"), Map.entry("CentralMgmtStore", "Central Management database"),
            Map.entry("ManagementServices", "management services"), Map.entry("WebServices", "web services"),
            Map.entry("ApplicationServer", "application services (Response Group, Call Park, Conferencing Attendant)"),
            Map.entry("VideoInteropServer", "video interoperability"), Map.entry("ExchangeUM", "Exchange Unified Messaging"),
            Map.entry("ExternalServer", "trusted application server"), Map.entry("TrustedApplicationPool", "trusted application pool"));

    private final DeploymentShape shape;
    private final String file;
    private final ImportReport report;
    private final DocumentReading reading;

    private final Map<String, SiteDoc> siteDocs = new LinkedHashMap<>();
    private final Map<String, ClusterDoc> clusterDocs = new LinkedHashMap<>();
    private final Map<String, ServiceDoc> serviceDocs = new LinkedHashMap<>();
    private final Map<String, List<ServiceDoc>> servicesOn = new HashMap<>();

    private final Map<String, Site> sites = new HashMap<>();
    private final Map<String, Pool> pools = new HashMap<>();
    private final Map<String, MediationPool> mediationByService = new HashMap<>();

    TopologyMapper(DeploymentShape shape, String file) {
        this.shape = shape;
        this.file = file;
        this.report = new ImportReport(file);
        this.reading = new DocumentReading(file);
    }

    TopologyImport map(SubMonitor monitor) throws ImportProblem {
        index();
        checkReferences();
        SubMonitor progress = SubMonitor.convert(monitor, clusterDocs.size() * 2 + 2);
        Topology topology = F.createTopology();
        topology.setName(file.replaceFirst("\\.[A-Za-z]+$", ""));
        topology.getSipDomains().addAll(shape.domains.stream().map(TopologyMapper::stripped).toList());
        shape.domains.forEach(domain -> report.created("SIP domain " + UserText.printable(domain)));
        createSites(topology);
        progress.worked(1);
        for (ClusterDoc cluster : clusterDocs.values()) {
            createPool(cluster);
            step(progress);
        }
        for (ClusterDoc cluster : clusterDocs.values()) {
            createMediationAndGateways(topology, cluster);
            step(progress);
        }
        associate();
        int machines = pools.keySet().stream().mapToInt(key -> clusterDocs.get(key).machines()).sum();
        if (machines > 0) {
            report.unmapped(machines + " server names and their IP addresses (Trunkline counts the servers of a pool, it does not list them)");
        }
        skipOthers();
        stillToFill(topology);
        ElementIds.assignMissing(topology);
        progress.worked(1);
        return new TopologyImport(topology, report);
    }

    private static void step(SubMonitor progress) {
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        progress.worked(1);
    }

    // --- checks ---------------------------------------------------------------------------------------------------

    private void index() throws ImportProblem {
        for (String domain : shape.domains) {
            checkText(null, "SIP domain", domain);
        }
        for (SiteDoc site : shape.sites) {
            checkText(site.node(), "site name", site.name());
            checkText(site.node(), "city", site.city());
            checkText(site.node(), "state", site.state());
            checkText(site.node(), "country code", site.country());
            if (siteDocs.putIfAbsent(site.key(), site) != null) {
                throw reading.problem(site.node(), "repeats site id " + UserText.printable(site.key()));
            }
        }
        for (ClusterDoc cluster : shape.clusters) {
            checkText(cluster.node(), "FQDN", cluster.fqdn());
            if (clusterDocs.putIfAbsent(cluster.key(), cluster) != null) {
                throw reading.problem(cluster.node(), "repeats cluster id " + UserText.printable(cluster.key()));
            }
        }
        for (ServiceDoc service : shape.services) {
            if (serviceDocs.putIfAbsent(service.key(), service) != null) {
                throw reading.problem(service.node(), "repeats service id " + UserText.printable(service.key()));
            }
            if (service.clusterKey() != null) {
                servicesOn.computeIfAbsent(service.clusterKey(), k -> new ArrayList<>()).add(service);
            }
        }
    }

    /**
     * A name the topology could not save and open again (too long, control characters) is refused here, naming the
     * element, rather than cut or cleaned silently.
     */
    private void checkText(XmlNode node, String what, String value) throws ImportProblem {
        if (value == null) {
            return;
        }
        String problem = null;
        if (value.strip().length() > TopologyLimits.MAX_NAME_LENGTH) {
            problem = what + " is " + value.strip().length() + " characters long; Trunkline keeps at most "
                    + TopologyLimits.MAX_NAME_LENGTH;
        } else if (UserText.firstControl(value) >= 0 || value.strip().indexOf('\n') >= 0) {
            problem = what + " '" + UserText.printable(value) + "' holds a control character or a line break";
        }
        if (problem != null) {
            throw node == null ? new ImportProblem(file, 0, "", problem) : reading.problem(node, problem);
        }
    }

    private void checkReferences() throws ImportProblem {
        if (siteDocs.values().stream().noneMatch(SiteDoc::central)) {
            throw new ImportProblem(file, 0, "", "contains no central site; a deployment has at least one");
        }
        for (SiteDoc site : siteDocs.values()) {
            if (!site.central()) {
                SiteDoc central = siteDocs.get(site.centralKey());
                if (central == null || !central.central()) {
                    throw reading.problem(site.node(), "branch site " + name(site) + " belongs to central site "
                            + UserText.printable(site.centralKey()) + " that the document does not contain");
                }
            }
        }
        for (ClusterDoc cluster : clusterDocs.values()) {
            if (!siteDocs.containsKey(cluster.siteKey())) {
                throw reading.problem(cluster.node(), "cluster " + UserText.printable(cluster.fqdn()) + " is on no site"
                        + (cluster.siteKey().isEmpty() ? "" : ": site " + UserText.printable(cluster.siteKey())
                                + " is not in the document"));
            }
        }
        for (ServiceDoc service : serviceDocs.values()) {
            String where = "(" + UserText.printable(service.display()) + "): ";
            if (service.clusterKey() != null && !clusterDocs.containsKey(service.clusterKey())) {
                throw reading.problem(service.node(), where + "is installed on cluster "
                        + UserText.printable(service.clusterKey()) + " that the document does not contain");
            }
            if (service.clusterKey() == null && VOICE_ROLES.contains(service.role())) {
                throw reading.problem(service.node(), where + "is installed on no cluster");
            }
            for (Dependency dependency : service.dependsOn()) {
                if (!serviceDocs.containsKey(dependency.serviceKey())) {
                    throw reading.problem(service.node(), where + "depends on service "
                            + UserText.printable(dependency.serviceKey()) + " that the document does not contain");
                }
            }
        }
    }

    // --- sites and pools ------------------------------------------------------------------------------------------

    private void createSites(Topology topology) {
        for (SiteDoc doc : siteDocs.values()) {
            if (doc.central()) {
                CentralSite site = F.createCentralSite();
                parseSiteId(doc).ifPresent(site::setSiteId);
                fill(site, doc);
                topology.getCentralSites().add(site);
                sites.put(doc.key(), site);
                report.created("central site " + site.getName());
            }
        }
        for (SiteDoc doc : siteDocs.values()) {
            if (!doc.central()) {
                BranchSite site = F.createBranchSite();
                fill(site, doc);
                site.setDeploymentOption(DeploymentOption.BRANCH);
                ((CentralSite) sites.get(doc.centralKey())).getBranchSites().add(site);
                sites.put(doc.key(), site);
                report.created("branch site " + site.getName() + " of central site " + sites.get(doc.centralKey()).getName());
            }
        }
    }

    private Optional<Integer> parseSiteId(SiteDoc doc) {
        try {
            return Optional.of(Integer.parseInt(doc.key()));
        } catch (NumberFormatException e) {
            report.unmapped("site " + name(doc) + ": SiteId " + UserText.printable(doc.key()) + " is not a number");
            return Optional.empty();
        }
    }

    private void fill(Site site, SiteDoc doc) {
        site.setName(stripped(name(doc)));
        site.setCity(strippedOrNull(doc.city()));
        site.setState(strippedOrNull(doc.state()));
        site.setCountryRegion(strippedOrNull(doc.country()));
    }

    private String name(SiteDoc doc) {
        return doc.name() == null || doc.name().isBlank() ? "site " + doc.key() : doc.name();
    }

    private void createPool(ClusterDoc cluster) {
        List<ServiceDoc> services = servicesOn.getOrDefault(cluster.key(), List.of());
        Site site = sites.get(cluster.siteKey());
        Optional<ServiceDoc> registrar = role(services, "Registrar");
        String fqdn = UserText.printable(cluster.fqdn());
        if (has(services, "EdgeServer")) {
            if (site instanceof CentralSite central) {
                EdgePool edge = pool(F.createEdgePool(), cluster);
                central.getEdgePools().add(edge);
                report.created("Edge pool " + fqdn + " (" + servers(edge) + ") at " + site.getName());
            } else {
                report.skipped("Edge pool " + fqdn + " at branch site " + site.getName()
                        + ": Trunkline places Edge pools at central sites only");
            }
        } else if (registrar.isPresent() && isDirector(registrar.get())) {
            if (site instanceof CentralSite central) {
                DirectorPool director = pool(F.createDirectorPool(), cluster);
                central.getDirectorPools().add(director);
                report.created("Director pool " + fqdn + " (" + servers(director) + ") at " + site.getName());
            } else {
                report.skipped("Director pool " + fqdn + " at branch site " + site.getName()
                        + ": Trunkline places Director pools at central sites only");
            }
        } else if (registrar.isPresent() && site instanceof CentralSite central) {
            FrontEndPool frontEnd = pool(F.createFrontEndPool(), cluster);
            frontEnd.setEdition(isStandardEdition(cluster) ? Edition.STANDARD : Edition.ENTERPRISE);
            frontEnd.setCollocatedMediation(has(services, "MediationServer"));
            central.getFrontEndPools().add(frontEnd);
            report.created((frontEnd.getEdition() == Edition.STANDARD ? "Standard Edition server " : "Front End pool ") + fqdn
                    + " (" + servers(frontEnd) + ") at " + site.getName());
        } else if (registrar.isPresent() && site instanceof BranchSite branch) {
            SurvivableBranch sba = pool(F.createSurvivableBranch(), cluster);
            sba.setKind(SurvivableKind.SBA);
            branch.getSurvivableBranches().add(sba);
            report.created("Survivable Branch Appliance " + fqdn + " at branch site " + site.getName());
            report.unmapped("Survivable branch " + fqdn + ": the document does not tell an appliance (SBA) from a server (SBS); imported as SBA");
        }
    }

    private <P extends Pool> P pool(P pool, ClusterDoc cluster) {
        pool.setName(stripped(cluster.fqdn()));
        pool.setFqdn(stripped(cluster.fqdn()));
        // A cluster lists its machines; one without Machine elements is a single-machine pool (§5.3).
        pool.setServers(Math.max(1, cluster.machines()));
        pools.put(cluster.key(), pool);
        return pool;
    }

    private static String servers(Pool pool) {
        return pool.getServers() == 1 ? "1 server" : pool.getServers() + " servers";
    }

    /** A Standard Edition server keeps its user database in SQL Server Express on the same machine [TB]. */
    private boolean isStandardEdition(ClusterDoc cluster) {
        return servicesOn.getOrDefault(cluster.key(), List.of()).stream().anyMatch(s -> s.role().equals("UserStore"));
    }

    private static boolean isDirector(ServiceDoc registrar) {
        return registrar.roleElement() != null
                && registrar.roleElement().attribute("IsDirector").map("true"::equalsIgnoreCase).orElse(false);
    }

    // --- Mediation, gateways, trunks ------------------------------------------------------------------------------

    private void createMediationAndGateways(Topology topology, ClusterDoc cluster) throws ImportProblem {
        List<ServiceDoc> services = servicesOn.getOrDefault(cluster.key(), List.of());
        Site site = sites.get(cluster.siteKey());
        for (ServiceDoc mediation : services.stream().filter(s -> s.role().equals("MediationServer")).toList()) {
            createMediation(site, cluster, mediation);
        }
        for (ServiceDoc gateway : services.stream().filter(s -> s.role().equals("PstnGateway")).toList()) {
            createGateway(topology, site, cluster, gateway);
        }
    }

    private void createMediation(Site site, ClusterDoc cluster, ServiceDoc service) throws ImportProblem {
        MediationPool mediation = F.createMediationPool();
        Pool host = pools.get(cluster.key());
        String fqdn = UserText.printable(cluster.fqdn());
        if (host instanceof FrontEndPool frontEnd) {
            mediation.setKind(frontEnd.getEdition() == Edition.STANDARD ? MediationKind.COLLOCATED_SE : MediationKind.COLLOCATED_FE);
            mediation.setCollocatedWith(frontEnd);
            mediation.setNextHop(frontEnd);
        } else if (host instanceof SurvivableBranch sba) {
            mediation.setKind(MediationKind.COLLOCATED_SBA);
            mediation.setCollocatedWith(sba);
        } else {
            mediation.setKind(MediationKind.STANDALONE);
        }
        mediation.setName(stripped(cluster.fqdn()));
        mediation.setFqdn(stripped(cluster.fqdn()));
        mediation.setServers(Math.max(1, cluster.machines()));
        ports(mediation, service);
        site.getMediationPools().add(mediation);
        mediationByService.put(service.key(), mediation);
        if (!pools.containsKey(cluster.key())) {
            pools.put(cluster.key(), mediation);
        }
        report.created(switch (mediation.getKind()) {
        case STANDALONE -> "stand-alone Mediation pool " + fqdn + " (" + servers(mediation) + ") at " + site.getName();
        case COLLOCATED_SBA -> "Mediation Server collocated on the SBA " + fqdn;
        default -> "Mediation Server collocated on " + fqdn;
        } + portsText(mediation));
    }

    /** The listening ports of a Mediation service: SipServer (Front End side, MTLS) and SipClient (peer side) [DMS]. */
    private void ports(MediationPool mediation, ServiceDoc service) throws ImportProblem {
        for (PortDoc port : service.ports()) {
            String protocol = port.protocol().toLowerCase(Locale.ROOT);
            int last = port.port() + port.range() - 1;
            if (last > 65535) {
                throw reading.problem(service.node(), "(" + UserText.printable(service.display()) + "): port range "
                        + port.port() + " + " + port.range() + " goes past 65535");
            }
            if (port.usage().equals("SipServer") && protocol.equals("mtls")) {
                mediation.setFrontEndPort(port.port());
            } else if (port.usage().equals("SipClient") && protocol.equals("tls")) {
                mediation.setTlsPortFirst(port.port());
                mediation.setTlsPortLast(last);
            } else if (port.usage().equals("SipClient") && protocol.equals("tcp")) {
                mediation.setTcpEnabled(true);
                mediation.setTcpPortFirst(port.port());
                mediation.setTcpPortLast(last);
            } else {
                report.unmapped("Mediation pool " + UserText.printable(mediation.getFqdn()) + ": " + UserText.printable(port.usage())
                        + " port " + range(port.port(), last) + " " + UserText.printable(port.protocol())
                        + " (Trunkline plans the SIP listening ports only)");
            }
        }
    }

    private static String portsText(MediationPool mediation) {
        return ", TLS " + range(mediation.getTlsPortFirst(), mediation.getTlsPortLast())
                + (mediation.isTcpEnabled() ? ", TCP " + range(mediation.getTcpPortFirst(), mediation.getTcpPortLast()) : ", TCP off")
                + ", Front End side " + mediation.getFrontEndPort();
    }

    private static String range(int first, int last) {
        return first == last ? Integer.toString(first) : first + "-" + last;
    }

    private void createGateway(Topology topology, Site site, ClusterDoc cluster, ServiceDoc service) throws ImportProblem {
        TrunkPeer peer = F.createTrunkPeer();
        peer.setName(stripped(cluster.fqdn()));
        peer.setAddress(stripped(cluster.fqdn()));
        peer.setIpVersion(cluster.fqdn().contains(":") ? IpVersion.IPV6 : IpVersion.IPV4);
        site.getTrunkPeers().add(peer);
        String address = UserText.printable(cluster.fqdn());
        List<ServiceDoc> mediations = service.dependsOn().stream().map(d -> serviceDocs.get(d.serviceKey()))
                .filter(s -> s.role().equals("MediationServer")).toList();
        if (mediations.isEmpty()) {
            report.created("PSTN gateway " + address + " at " + site.getName());
            report.toFill("gateway " + address + ": a trunk to a Mediation pool (the document names no Mediation Server for it)");
            return;
        }
        MediationPool mediation = mediationByService.get(mediations.get(0).key());
        if (mediations.size() > 1) {
            report.unmapped("gateway " + address + ": " + (mediations.size() - 1)
                    + " further Mediation dependencies (only the first gives the root trunk)");
        }
        Trunk trunk = F.createTrunk();
        trunk.setRoot(true);
        trunk.setName(stripped(cluster.fqdn()));
        trunk.setPeer(peer);
        trunk.setMediationPool(mediation);
        PortDoc listening = service.ports().stream().filter(p -> p.usage().equals("SipServer")).findFirst().orElse(null);
        if (listening == null) {
            report.unmapped("gateway " + address + ": no listening port in the document; the trunk keeps TLS 5067");
        } else if (listening.protocol().equalsIgnoreCase("tcp")) {
            trunk.setTransport(Transport.TCP);
            trunk.setPeerPort(listening.port());
        } else if (listening.protocol().equalsIgnoreCase("tls")) {
            trunk.setPeerPort(listening.port());
        } else {
            throw reading.problem(service.node(), "(" + UserText.printable(service.display()) + "): protocol '"
                    + UserText.printable(listening.protocol()) + "' is neither Tls nor Tcp");
        }
        trunk.setMediationPort(mediationPort(service, mediation, trunk.getTransport()));
        topology.getTrunks().add(trunk);
        if (mediation.getKind() == MediationKind.COLLOCATED_SBA && mediation.getCollocatedWith() instanceof SurvivableBranch sba) {
            peer.setKind(PeerKind.SBA_GATEWAY);
            sba.setGateway(peer);
        }
        report.created((peer.getKind() == PeerKind.SBA_GATEWAY ? "SBA gateway " : "PSTN gateway ") + address + " at "
                + site.getName() + " with root trunk " + trunk.getTransport() + " " + address + ":" + trunk.getPeerPort()
                + " to " + mediation.getFqdn() + ":" + trunk.getMediationPort());
    }

    /** {@code PstnGatewayService/@MediationServerPort}, or the first port of the pool's range for the transport. */
    private int mediationPort(ServiceDoc service, MediationPool mediation, Transport transport) throws ImportProblem {
        XmlNode role = service.roleElement();
        if (role != null && role.attribute("MediationServerPort").isPresent()) {
            return reading.number(role, "MediationServerPort", 1, 65535);
        }
        return transport == Transport.TCP ? mediation.getTcpPortFirst() : mediation.getTlsPortFirst();
    }

    // --- associations ---------------------------------------------------------------------------------------------

    /** Edge and next hop of Mediation pools, Front End of SBAs, backup Registrars: all from DependsOn. */
    private void associate() {
        for (ServiceDoc service : serviceDocs.values()) {
            Pool pool = service.role().equals("MediationServer") ? mediationByService.get(service.key())
                    : service.role().equals("Registrar") ? pools.get(service.clusterKey()) : null;
            if (pool == null) {
                continue;
            }
            for (Dependency dependency : service.dependsOn()) {
                ServiceDoc target = serviceDocs.get(dependency.serviceKey());
                Pool targetPool = target.clusterKey() == null ? null : pools.get(target.clusterKey());
                boolean backup = dependency.usage().toLowerCase(Locale.ROOT).contains("backup");
                if (pool instanceof MediationPool mediation && targetPool instanceof EdgePool edge) {
                    mediation.setEdgePool(edge);
                } else if (pool instanceof MediationPool mediation && target.role().equals("Registrar")
                        && mediation.getKind() == MediationKind.STANDALONE) {
                    mediation.setNextHop(targetPool);
                } else if (pool instanceof SurvivableBranch sba && targetPool instanceof FrontEndPool frontEnd) {
                    if (backup) {
                        sba.setBackupRegistrar(frontEnd);
                    } else {
                        sba.setFrontEndPool(frontEnd);
                    }
                } else if (pool instanceof FrontEndPool frontEnd && backup && targetPool instanceof FrontEndPool other
                        && other != frontEnd) {
                    frontEnd.setBackupRegistrar(other);
                }
            }
        }
    }

    // --- report ---------------------------------------------------------------------------------------------------

    private void skipOthers() {
        shape.skipped.forEach(report::skipped);
        for (ServiceDoc service : serviceDocs.values()) {
            if (VOICE_ROLES.contains(service.role())) {
                continue;
            }
            String what = SKIP_REASONS.getOrDefault(service.role(), "a role Trunkline does not plan");
            report.skipped(service.node().path() + " (" + UserText.printable(service.display()) + "): " + what
                    + ", not part of Enterprise Voice planning");
        }
        for (ClusterDoc cluster : clusterDocs.values()) {
            if (!pools.containsKey(cluster.key()) && servicesOn.getOrDefault(cluster.key(), List.of()).stream()
                    .noneMatch(s -> s.role().equals("PstnGateway"))) {
                report.skipped("cluster " + UserText.printable(cluster.fqdn()) + ": hosts no Enterprise Voice pool");
            }
        }
    }

    private void stillToFill(Topology topology) {
        for (CentralSite central : topology.getCentralSites()) {
            toFill(central);
            for (BranchSite branch : central.getBranchSites()) {
                toFill(branch);
                report.toFill("WAN link between branch site " + branch.getName() + " and central site " + central.getName()
                        + " (resilient or not): topology documents hold no WAN links");
                for (SurvivableBranch sba : branch.getSurvivableBranches()) {
                    if (sba.getFrontEndPool() == null) {
                        report.toFill("SBA " + sba.getFqdn() + ": its central Front End pool (the document names none)");
                    }
                }
            }
        }
    }

    private void toFill(Site site) {
        report.toFill("site " + site.getName() + ": users and usage profile (the document has no user counts)");
        for (MediationPool mediation : site.getMediationPools()) {
            if (mediation.getKind() == MediationKind.STANDALONE && mediation.getServers() > 1) {
                report.toFill("Mediation pool " + mediation.getFqdn() + ": DNS or hardware load balancing (the document does not say)");
            }
        }
        for (TrunkPeer peer : site.getTrunkPeers()) {
            report.toFill("gateway " + peer.getAddress() + " at " + site.getName() + ": PSTN ports, whether it supports DNS load"
                    + " balancing, and whether it is a PSTN gateway, an IP-PBX or an ITSP SBC (imported as PSTN gateway)");
        }
    }

    private static boolean has(List<ServiceDoc> services, String role) {
        return services.stream().anyMatch(s -> s.role().equals(role));
    }

    private static Optional<ServiceDoc> role(List<ServiceDoc> services, String role) {
        return services.stream().filter(s -> s.role().equals(role)).findFirst();
    }

    /** Surrounding white space is layout in XML, not part of a name; lengths were checked by {@link #checkText}. */
    private static String stripped(String text) {
        return text.strip();
    }

    private static String strippedOrNull(String text) {
        // An empty Location attribute means "not given".
        return text == null || text.isBlank() ? null : stripped(text);
    }
}
