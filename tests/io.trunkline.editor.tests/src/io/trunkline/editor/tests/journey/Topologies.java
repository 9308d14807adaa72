package io.trunkline.editor.tests.journey;

import java.io.ByteArrayInputStream;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;

import io.trunkline.editor.validation.ValidationMarkers;
import io.trunkline.editor.wizards.TopologyTemplates;
import io.trunkline.model.CentralSite;
import io.trunkline.model.MediationKind;
import io.trunkline.model.MediationPool;
import io.trunkline.model.PeerKind;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.persistence.ElementIds;
import io.trunkline.model.persistence.TopologyFiles;

/** Starting points of journeys written straight into their project, and the markers on them. */
final class Topologies {

	static final String SITE = "HQ";
	static final String MEDIATION = "Mediation HQ";
	static final String GATEWAY = "Gateway HQ";

	private Topologies() {
	}

	/** An empty topology (as the wizard makes it) with what {@code fill} adds, as {@code name} in {@code project}. */
	static IFile write(IProject project, String name, Consumer<Topology> fill) throws Exception {
		byte[] empty = TopologyTemplates.bytes(TopologyTemplates.EMPTY, name.replaceFirst("\\.topology$", ""));
		Topology topology = TopologyFiles.load(empty, name, URI.createURI("memory:/" + name), TopologyFiles.newResourceSet());
		fill.accept(topology);
		ElementIds.assignMissing(topology);
		IFile file = project.getFile(name);
		file.create(new ByteArrayInputStream(TopologyFiles.toBytes(topology)), true, null);
		return file;
	}

	/** Central site {@value #SITE} with a stand-alone Mediation pool {@value #MEDIATION}. */
	static CentralSite siteWithMediation(Topology topology) {
		CentralSite site = TopologyFactory.eINSTANCE.createCentralSite();
		site.setName(SITE);
		site.setSiteId(1);
		topology.getCentralSites().add(site);
		MediationPool mediation = TopologyFactory.eINSTANCE.createMediationPool();
		mediation.setName(MEDIATION);
		mediation.setKind(MediationKind.STANDALONE);
		mediation.setFqdn("mediation-hq.contoso.com");
		site.getMediationPools().add(mediation);
		return site;
	}

	/** A PSTN gateway {@value #GATEWAY} at {@code site}, with ports but no trunk yet. */
	static TrunkPeer gateway(CentralSite site) {
		TrunkPeer gateway = TopologyFactory.eINSTANCE.createTrunkPeer();
		gateway.setName(GATEWAY);
		gateway.setKind(PeerKind.PSTN_GATEWAY);
		gateway.setAddress("gateway-hq.contoso.com");
		gateway.setPstnPorts(24);
		site.getTrunkPeers().add(gateway);
		return gateway;
	}

	/** Whether {@code file} carries a Trunkline marker of {@code rule} on the element {@code elementId}. */
	static int markerCount(IFile file) throws CoreException {
		return file.findMarkers(ValidationMarkers.MARKER_TYPE, true, IResource.DEPTH_ZERO).length;
	}

	static boolean hasMarker(IFile file, String rule, String elementId) throws CoreException {
		for (IMarker marker : file.findMarkers(ValidationMarkers.MARKER_TYPE, true, IResource.DEPTH_ZERO)) {
			if (rule.equals(marker.getAttribute(ValidationMarkers.RULE_ID, "")) && elementId.equals(marker.getAttribute(ValidationMarkers.ELEMENT_ID, ""))) {
				return true;
			}
		}
		return false;
	}
}
