package io.trunkline.editor.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.planning.SiteSizing;
import io.trunkline.planning.TopologySizing;

/**
 * Property sources for topology elements: the editable EMF.Edit properties, and for a site the
 * sizing the planning engine computes from them (read-only), including the Erlang B grade of
 * service of the ports actually drawn.
 */
public final class TopologyPropertySourceProvider implements IPropertySourceProvider {

	private final AdapterFactory adapterFactory;
	private final Supplier<TopologySizing> sizing;

	/**
	 * @param sizing the current sizing of the topology; the editor passes the one it computed
	 *               after the last command, so showing seven figures does not size seven times
	 */
	public TopologyPropertySourceProvider(AdapterFactory adapterFactory, Supplier<TopologySizing> sizing) {
		this.adapterFactory = adapterFactory;
		this.sizing = sizing;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		if (object instanceof IPropertySource source) {
			return source;
		}
		if (object instanceof EObject element && adapterFactory.adapt(element, IItemPropertySource.class) instanceof IItemPropertySource source) {
			return new ItemPropertySource(object, source, computed(element));
		}
		return null;
	}

	private List<IPropertyDescriptor> computed(EObject element) {
		List<IPropertyDescriptor> figures = new ArrayList<>();
		if (element instanceof Site site && EcoreUtil.getRootContainer(site) instanceof Topology) {
			Function<Function<SiteSizing, Object>, Supplier<Object>> of = figure -> () -> sizing.get().site(site.getId()).map(figure).orElse("");
			figures.add(new ComputedProperty("Offered traffic (erlangs)", of.apply(s -> String.format(Locale.ROOT, "%.2f", s.erlangs())),
					"users × busy-hour calls per user × mean holding time (domain.md §3)"));
			figures.add(new ComputedProperty("Ports needed (rule of thumb)", of.apply(SiteSizing::ruleOfThumbPorts),
					"1 port per 15/10/5 users by usage profile (domain.md §3)"));
			figures.add(new ComputedProperty("Ports needed (Erlang B)", of.apply(SiteSizing::erlangBPorts),
					"smallest N with B(N, A) ≤ the topology's grade of service (domain.md §3)"));
			figures.add(new ComputedProperty("Ports drawn", of.apply(SiteSizing::drawnPorts), "PSTN ports of the gateways drawn at this site"));
			figures.add(new ComputedProperty(ComputedProperty.GRADE_OF_SERVICE,
					of.apply(s -> String.format(Locale.ROOT, "%.2f %% blocking", 100 * s.drawnBlocking())),
					"Erlang B blocking of the drawn ports at the offered traffic"));
			figures.add(new ComputedProperty("Gateways drawn / needed", of.apply(s -> s.drawnGateways() + " / " + s.gatewaysNeeded()),
					"at least ⌈ports / 960⌉ and two for availability (domain.md §3)"));
			figures.add(new ComputedProperty("Verdict", of.apply(s -> s.verdict().toString()), "sizing verdict for this site"));
		}
		return figures;
	}
}
