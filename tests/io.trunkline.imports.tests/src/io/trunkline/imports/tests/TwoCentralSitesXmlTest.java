package io.trunkline.imports.tests;

/** The two-central-site fixture as {@code Get-CsTopology -AsXml} writes it. */
class TwoCentralSitesXmlTest extends TwoCentralSitesImport {

    @Override
    String fixture() {
        return "two-central-sites.xml";
    }
}
