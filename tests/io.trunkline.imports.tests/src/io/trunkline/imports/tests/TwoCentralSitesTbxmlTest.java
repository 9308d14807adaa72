package io.trunkline.imports.tests;

/** The two-central-site fixture as a Topology Builder document. */
class TwoCentralSitesTbxmlTest extends TwoCentralSitesImport {

    @Override
    String fixture() {
        return "two-central-sites.tbxml";
    }
}
