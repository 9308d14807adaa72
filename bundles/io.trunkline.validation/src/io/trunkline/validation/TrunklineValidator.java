package io.trunkline.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.trunkline.model.Topology;
import io.trunkline.model.TopologyPackage;

/**
 * The topology package's {@link EValidator}: EMF's structural checks (multiplicities, proxies, unique ids)
 * followed by Trunkline's planning rules, so {@code Diagnostician.INSTANCE.validate(topology)} reports both.
 */
public final class TrunklineValidator implements EValidator {

    private static final String CONTEXT_KEY = TrunklineValidator.class.getName();
    private final RuleRunner runner = new RuleRunner(RuleCatalogue.all());

    /** Registers the validator for the topology package (outside OSGi; the bundle activator does it inside). */
    public static void register() {
        EValidator.Registry.INSTANCE.put(TopologyPackage.eINSTANCE, new TrunklineValidator());
    }

    @Override
    public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(object.eClass(), object, diagnostics, context);
    }

    @Override
    public boolean validate(EClass type, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = EObjectValidator.INSTANCE.validate(type, object, diagnostics, context);
        RuleContext rules = ruleContext(object, context);
        if (rules == null) {
            return valid;
        }
        for (Rule rule : runner.rulesFor(type)) {
            for (Finding finding : runner.run(new RuleRunner.Check(rule, object), rules)) {
                valid &= finding.severity() != Severity.ERROR;
                if (diagnostics != null) {
                    diagnostics.add(finding.toDiagnostic());
                }
            }
        }
        return valid;
    }

    @Override
    public boolean validate(EDataType type, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return EObjectValidator.INSTANCE.validate(type, value, diagnostics, context);
    }

    /** One rule context (and so one sizing) per validation run, shared through the Diagnostician's context map. */
    private static RuleContext ruleContext(EObject object, Map<Object, Object> context) {
        if (!(EcoreUtil.getRootContainer(object) instanceof Topology topology)) {
            return null;
        }
        if (context == null) {
            return RuleContext.oneShot(topology);
        }
        Object cached = context.get(CONTEXT_KEY);
        if (cached instanceof RuleContext rules && rules.topology() == topology) {
            return rules;
        }
        RuleContext rules = RuleContext.oneShot(topology);
        context.put(CONTEXT_KEY, rules);
        return rules;
    }
}
