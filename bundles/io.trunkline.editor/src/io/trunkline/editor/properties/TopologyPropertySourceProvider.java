package io.trunkline.editor.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

import io.trunkline.model.MediationPool;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.planning.Percent;
import io.trunkline.planning.PoolLoad;
import io.trunkline.planning.SiteSizing;
import io.trunkline.planning.TopologySizing;

/**
 * Property sources for topology elements: the editable EMF.Edit properties, and for a site and a
 * Mediation pool the sizing the planning engine computes from them (read-only), including the
 * Erlang B grade of service of the ports actually drawn; each figure's description is the
 * engine's reasoning for it, formula and numbers and source.
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
			// Each row explains itself with the planning engine's own reasoning line, numbers filled in.
			Function<Function<SiteSizing, String>, Supplier<String>> why = line -> () -> sizing.get().site(site.getId()).map(line).orElse("");
			figures.add(new ComputedProperty("Offered traffic (erlangs)", of.apply(s -> String.format(Locale.ROOT, "%.2f", s.erlangs())),
					why.apply(SiteSizing::trafficReasoning)));
			figures.add(new ComputedProperty("Ports needed (rule of thumb)", of.apply(SiteSizing::ruleOfThumbPorts),
					why.apply(s -> String.join(" ", s.ruleOfThumbReasoning()))));
			figures.add(new ComputedProperty("Ports needed (Erlang B)", of.apply(SiteSizing::erlangBPorts),
					why.apply(SiteSizing::erlangBReasoning)));
			figures.add(new ComputedProperty("Ports drawn", of.apply(SiteSizing::drawnPorts), why.apply(SiteSizing::drawnReasoning)));
			figures.add(new ComputedProperty(ComputedProperty.GRADE_OF_SERVICE,
					of.apply(s -> Percent.of(s.drawnBlocking()) + " blocking"), why.apply(SiteSizing::drawnReasoning)));
			figures.add(new ComputedProperty("Gateways drawn / needed", of.apply(s -> s.drawnGateways() + " drawn, " + s.gatewaysNeeded() + " needed"),
					why.apply(SiteSizing::gatewaysReasoning)));
			figures.add(new ComputedProperty("Verdict", of.apply(SiteSizing::verdictText), why.apply(s -> String.join(" ", s.reasoning()))));
		}
		if (element instanceof MediationPool pool && EcoreUtil.getRootContainer(pool) instanceof Topology) {
			Supplier<Optional<PoolLoad>> load = () -> sizing.get().mediationPool(pool.getId());
			Supplier<String> why = () -> load.get().map(l -> String.join(" ", l.reasoning())).orElse("");
			figures.add(new ComputedProperty("Peak concurrent non-bypass calls",
					() -> load.get().map(l -> (Object) (long) l.nonBypassCalls()).orElse(""), why));
			figures.add(new ComputedProperty("Capacity (calls)", () -> load.get().map(l -> l.capacity().isPresent()
					? (Object) l.capacity().getAsInt() : "not published").orElse(""), why));
		}
		return figures;
	}
}
