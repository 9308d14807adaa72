package io.trunkline.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;
import org.junit.jupiter.api.Test;

import io.trunkline.model.FrontEndPool;
import io.trunkline.model.SurvivableBranch;
import io.trunkline.model.SurvivableKind;
import io.trunkline.model.TopologyPackage;
import io.trunkline.validation.CatalogueCoverage;
import io.trunkline.validation.Finding;
import io.trunkline.validation.Validation;

/** Every rule of domain-catalogue.md §2 is checked by a rule, or docs/rules.md says what covers it instead. */
class CatalogueCoverageTest {

    @Test
    void theCatalogueHasItsEightyFiveRules() {
        List<String> ids = CatalogueCoverage.catalogueIds();
        // GW 23 + MS 13 + BR 15 + CS 11 + MB 12 + ST 5 + ID 6 = 85 (domain-catalogue.md §2, "Count").
        assertEquals(85, ids.size());
        assertEquals(85, new HashSet<>(ids).size());
    }

    @Test
    void everyCatalogueRuleIsCitedByARuleOrListedAsAGapButNotBoth() {
        Map<String, List<String>> cited = CatalogueCoverage.citations();
        Set<String> gaps = new HashSet<>();
        CatalogueCoverage.gaps().forEach(gap -> assertTrue(gaps.add(gap.id()), "listed twice: " + gap.id()));
        for (String id : CatalogueCoverage.catalogueIds()) {
            boolean byRule = !cited.get(id).isEmpty();
            assertTrue(byRule ^ gaps.contains(id), id + " cited by " + cited.get(id) + (gaps.contains(id) ? " and listed as a gap" : ""));
        }
        assertTrue(CatalogueCoverage.catalogueIds().containsAll(gaps), "gaps name catalogue ids: " + gaps);
    }

    @Test
    void aBranchSiteCanOnlyBeContainedByACentralSite() {
        // BR-10 is guaranteed by containment: no other containment reference can hold a branch site.
        TopologyPackage p = TopologyPackage.eINSTANCE;
        Set<String> holders = new HashSet<>();
        for (EClassifier classifier : p.getEClassifiers()) {
            if (classifier instanceof EClass type) {
                for (EReference reference : type.getEReferences()) {
                    if (reference.isContainment() && reference.getEReferenceType().isSuperTypeOf(p.getBranchSite())) {
                        holders.add(type.getName() + "." + reference.getName());
                    }
                }
            }
        }
        assertEquals(Set.of("CentralSite.branchSites"), holders);
    }

    @Test
    void aPeerThatLostItsRootTrunkButKeepsAnotherIsReportedOnThePeer() {
        // GW-03: the root trunk goes while the peer stays (here with a second trunk) -> TL-GW-02 on that peer.
        Base b = new Base();
        b.trunk("trunk-00000009", b.med, b.gw2, false).setMediationPort(5067);
        b.topology.getTrunks().remove(b.root2);
        b.root2.setPeer(null);
        List<String> onPeer = Validation.validate(b.topology).findings().stream()
                .filter(f -> f.target() == b.gw2).map(f -> f.rule().id()).toList();
        assertTrue(onPeer.contains("TL-GW-02"), onPeer.toString());
    }

    @Test
    void aPeerThatLostItsOnlyTrunkIsReportedOnThePeer() {
        // GW-03: the root trunk was the peer's only trunk -> TL-GW-01 on that peer.
        Base b = new Base();
        b.topology.getTrunks().remove(b.root2);
        b.root2.setPeer(null);
        List<String> onPeer = Validation.validate(b.topology).findings().stream()
                .filter(f -> f.target() == b.gw2).map(f -> f.rule().id()).toList();
        assertTrue(onPeer.contains("TL-GW-01"), onPeer.toString());
    }

    @Test
    void branchUsersOnAnSbaCountTowardsTheirCentralFrontEndPool() {
        // BR-13 through TL-CS-04: a 1-server pool supports 6,660 users; 6,000 at HQ + 700 on the branch's SBA
        // = 6,700 > 6,660, although HQ alone (6,000) fits.
        Base b = new Base();
        b.fe.setServers(1);
        b.hq.setUsers(6000);
        b.branch.setUsers(700);
        b.branch.setPstnServedBy(null);
        SurvivableBranch sba = Base.F.createSurvivableBranch();
        sba.setId("sba-00000001");
        sba.setName("Branch SBA");
        sba.setFqdn("sba.branch.example");
        sba.setKind(SurvivableKind.SBA);
        sba.setFrontEndPool(b.fe);
        b.branch.getSurvivableBranches().add(sba);
        List<Finding> onPool = Validation.validate(b.topology).findings().stream()
                .filter(f -> f.rule().id().equals("TL-CS-04")).toList();
        assertEquals(List.of((FrontEndPool) b.fe), onPool.stream().map(Finding::target).toList());
        assertTrue(onPool.get(0).message().contains("6,700"), onPool.get(0).message());
    }
}
