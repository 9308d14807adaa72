package io.trunkline.releng.generator;

import java.io.File;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the model and edit code of Trunkline from {@code topology.genmodel}, as the EMF IDE would.
 * <p>
 * Outside the IDE two things must be done by hand: register the GenModel generator adapters (plugin.xml does it
 * in the IDE; without them {@code generate} reports success and writes nothing) and map the genmodel's
 * {@code platform:/resource/<bundle>/} folders to the bundle folders of this repository.
 */
public final class GenerateModel {

    private static final String[] BUNDLES = { "io.trunkline.model", "io.trunkline.model.edit" };

    private GenerateModel() {
    }

    /** Argument: the repository root. Exits non-zero when the generator reports an error. */
    public static void main(String[] args) {
        File root = new File(args.length > 0 ? args[0] : ".").getAbsoluteFile();
        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        for (String bundle : BUNDLES) {
            resources.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/" + bundle + "/", false),
                    URI.createFileURI(new File(root, "bundles/" + bundle).getPath() + "/"));
        }
        URI genModelUri = URI.createFileURI(new File(root, "bundles/io.trunkline.model/model/topology.genmodel").getPath());
        GenModel genModel = (GenModel) resources.getResource(genModelUri, true).getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);

        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(genModel);
        int worst = Diagnostic.OK;
        for (String projectType : new String[] { GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE }) {
            Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor());
            report(projectType, result);
            worst = Math.max(worst, result.getSeverity());
        }
        if (worst >= Diagnostic.ERROR) {
            System.exit(1);
        }
    }

    private static void report(String projectType, Diagnostic result) {
        if (result.getSeverity() != Diagnostic.OK) {
            System.err.println(projectType + ": " + result.getMessage());
            result.getChildren().forEach(child -> System.err.println("  " + child.getMessage()));
        }
    }
}
