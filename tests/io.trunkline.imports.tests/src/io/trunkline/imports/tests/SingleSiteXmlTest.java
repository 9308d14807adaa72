package io.trunkline.imports.tests;

/** The single-site fixture as {@code Get-CsTopology -AsXml} writes it. */
class SingleSiteXmlTest extends SingleSiteImport {

    @Override
    String fixture() {
        return "single-site.xml";
    }
}
