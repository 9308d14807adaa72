package io.trunkline.imports.tests;

/** The single-site fixture as a Topology Builder document. */
class SingleSiteTbxmlTest extends SingleSiteImport {

    @Override
    String fixture() {
        return "single-site.tbxml";
    }
}
