package io.trunkline.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;

import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.NetworkRegion;
import io.trunkline.model.SipTrunkConnection;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.VoicePolicyScope;
import io.trunkline.model.WanCodec;
import io.trunkline.model.edit.labels.TopologyLabels;
import io.trunkline.model.provider.TopologyItemProviderAdapterFactory;

/**
 * The voice routing, call admission control and suppression types (issue 15) read in a planner's words and
 * offer their settings in the Properties view, grouped and restricted to what the model allows.
 */
class RoutingAndAdmissionPropertiesTest {

    private static final TopologyFactory F = TopologyFactory.eINSTANCE;
    private static final TopologyPackage P = TopologyPackage.eINSTANCE;
    private final TopologyItemProviderAdapterFactory adapters = new TopologyItemProviderAdapterFactory();

    @Test
    void typesAreNamedAsTheDocumentationNamesThem() {
        assertEquals("Voice Route", TopologyLabels.kind(F.createVoiceRoute()));
        assertEquals("PSTN Usage", TopologyLabels.kind(F.createPstnUsage()));
        assertEquals("Network Region", TopologyLabels.kind(F.createNetworkRegion()));
        assertEquals("E9-1-1 Location", TopologyLabels.kind(F.createEmergencyLocation()));
        assertEquals("Accepted Finding", TopologyLabels.kind(F.createSuppression()));
    }

    @Test
    void choicesReadAsWords() {
        assertEquals("Not planned", TopologyLabels.literal(SipTrunkConnection.NOT_PLANNED));
        assertEquals("Private line", TopologyLabels.literal(SipTrunkConnection.PRIVATE_LINE));
        assertEquals("User", TopologyLabels.literal(VoicePolicyScope.USER));
        assertEquals("G.711 with FEC", TopologyLabels.literal(WanCodec.G711_FEC));
    }

    @Test
    void aVoiceRouteShowsItsRoutingSettingsTogether() {
        List<EStructuralFeature> routing = descriptors(F.createVoiceRoute()).stream()
                .filter(d -> "Routing".equals(d.getCategory(null))).map(d -> (EStructuralFeature) d.getFeature(null)).toList();
        assertEquals(List.of(P.getVoiceRoute_NumberPattern(), P.getVoiceRoute_PstnUsages(), P.getVoiceRoute_Trunks(),
                P.getVoiceRoute_FailoverFor()), routing);
    }

    @Test
    void aNetworkRegionIsAnchoredOnlyOnACentralSite() {
        Topology topology = F.createTopology();
        CentralSite london = F.createCentralSite();
        BranchSite leeds = F.createBranchSite();
        london.getBranchSites().add(leeds);
        topology.getCentralSites().add(london);
        NetworkRegion region = F.createNetworkRegion();
        topology.getNetworkRegions().add(region);
        IItemPropertyDescriptor centralSite = descriptors(region).stream()
                .filter(d -> d.getFeature(region) == P.getNetworkRegion_CentralSite()).findFirst().orElseThrow();
        assertEquals("Central Site", centralSite.getDisplayName(region));
        // The combo offers no site (to clear it) and the central site, never the branch.
        assertEquals(new java.util.HashSet<>(java.util.Arrays.asList(london, null)),
                new java.util.HashSet<>(centralSite.getChoiceOfValues(region)));
    }

    @Test
    void aSuppressionAsksForTheRuleTheElementAndTheReason() {
        List<String> names = descriptors(F.createSuppression()).stream().map(d -> d.getDisplayName(null)).toList();
        assertTrue(names.containsAll(List.of("Rule", "Element", "Reason")), names.toString());
    }

    private List<IItemPropertyDescriptor> descriptors(Object object) {
        IItemPropertySource source = (IItemPropertySource) adapters.adapt(object, IItemPropertySource.class);
        return source.getPropertyDescriptors(object);
    }
}
