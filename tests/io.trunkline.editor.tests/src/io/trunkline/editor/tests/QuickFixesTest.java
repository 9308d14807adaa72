package io.trunkline.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

import io.trunkline.editor.validation.QuickFix;
import io.trunkline.editor.validation.QuickFixes;
import io.trunkline.model.Topology;
import io.trunkline.model.Trunk;
import io.trunkline.model.examples.Examples;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.validation.Finding;
import io.trunkline.validation.Validation;

/** The FQDN repair: a TLS trunk whose peer is addressed by IP gets the peer's FQDN, and the finding goes. */
class QuickFixesTest {

	@Test
	void tlsTrunkToAnIpAddressGetsAnFqdn() throws Exception {
		var resources = TopologyFiles.newResourceSet();
		Topology topology = Examples.load(Examples.FLAWED, resources);
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack(), resources);
		Finding finding = Validation.validate(topology).findings().stream().filter(f -> f.rule().id().equals("TL-GW-09")).findFirst()
				.orElseThrow(() -> new AssertionError("the flawed example has a TLS trunk to an IP address"));
		Trunk trunk = (Trunk) finding.target();
		List<QuickFix> fixes = QuickFixes.forFinding("TL-GW-09", trunk, domain);
		QuickFix fqdn = fixes.stream().filter(f -> f.label().startsWith("Set address to the FQDN")).findFirst().orElseThrow();
		domain.getCommandStack().execute(fqdn.command());
		assertTrue(trunk.getPeer().getAddress().endsWith("." + topology.getSipDomains().get(0)), trunk.getPeer().getAddress());
		assertFalse(Validation.validate(topology).findings().stream()
				.anyMatch(f -> f.rule().id().equals("TL-GW-09") && f.target() == trunk), "the finding is gone");
		domain.getCommandStack().undo();
		assertEquals(finding.message(), Validation.validate(topology).findings().stream()
				.filter(f -> f.rule().id().equals("TL-GW-09") && f.target() == trunk).findFirst().orElseThrow().message(), "undo brings it back");
	}
}
