package io.reviewrecovery;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packages stand on three floors, and each uses only what is below it: the process wiring on
 * top, the capabilities in the middle, the kernel at the bottom. Inside each floor the packages are
 * in one order too. This is the one place that order is written; each package's package-info says
 * in words what it may use. An import that points up, or two packages that import each other,
 * means a type sits on the wrong floor: move the type, do not hide the dependency behind an
 * interface. A new package goes into one of the lists below, or the floors rule fails.
 *
 * <p>This reads the compiled classes: a type named only in a javadoc {@code {@link}} leaves no trace
 * there. {@code pkgcycles.py} (the stop hook's check) counts those too.
 */
class ArchitectureTest {

  static final String BASE = "io.reviewrecovery";

  /** The application's own classes, without the tests. */
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);

  /** The kernel, bottom first: each package may use only those before it. */
  static final List<String> KERNEL = List.of("config", "input", "review", "jobs", "process");

  /** The capabilities, bottom first: each may use only those before it, and the kernel. */
  static final List<String> CAPABILITIES = List.of("database", "verification", "messaging", "compliance", "responses",
      "cases", "platform", "outreach", "invitations", "outcomes", "story", "retention", "monitoring");

  /** The process wiring, bottom first: each may use only those before it, the capabilities and the kernel. */
  static final List<String> WIRING = List.of("engine", "security", "delegate", "tasklist", "cockpit", "web");

  static final ArchRule FLOORS = layeredArchitecture().consideringOnlyDependenciesInLayers()
      .layer("application").definedBy(BASE)
      .layer("wiring").definedBy(packages(WIRING))
      .layer("capabilities").definedBy(packages(CAPABILITIES))
      .layer("kernel").definedBy(packages(KERNEL))
      .whereLayer("application").mayNotBeAccessedByAnyLayer()
      .whereLayer("wiring").mayOnlyBeAccessedByLayers("application")
      .whereLayer("capabilities").mayOnlyBeAccessedByLayers("application", "wiring")
      .whereLayer("kernel").mayOnlyBeAccessedByLayers("application", "wiring", "capabilities")
      .ensureAllClassesAreContainedInArchitecture()
      .as("Floors: wiring " + WIRING + " uses capabilities " + CAPABILITIES + ", which use the kernel " + KERNEL
          + "; never upwards, and every package is on a floor");

  static final ArchRule KERNEL_IN_ORDER = inOrder("kernel", KERNEL);

  static final ArchRule CAPABILITIES_IN_ORDER = inOrder("capabilities", CAPABILITIES);

  static final ArchRule WIRING_IN_ORDER = inOrder("wiring", WIRING);

  static final ArchRule NO_CYCLES_BETWEEN_PACKAGES = slices().matching(BASE + ".(*)..").namingSlices("$1")
      .should().beFreeOfCycles()
      .as("No package (with its sub-packages) reaches itself through others");

  static final ArchRule NO_CYCLES_BETWEEN_SUB_PACKAGES = slices().matching(BASE + ".(**)").namingSlices("$1")
      .should().beFreeOfCycles()
      .as("No sub-package reaches itself through others (e.g. platform and platform.google)");

  @Test
  void floors() {
    FLOORS.check(CLASSES);
  }

  @Test
  void kernelInOrder() {
    KERNEL_IN_ORDER.check(CLASSES);
  }

  @Test
  void capabilitiesInOrder() {
    CAPABILITIES_IN_ORDER.check(CLASSES);
  }

  @Test
  void wiringInOrder() {
    WIRING_IN_ORDER.check(CLASSES);
  }

  @Test
  void noCyclesBetweenPackages() {
    NO_CYCLES_BETWEEN_PACKAGES.check(CLASSES);
  }

  @Test
  void noCyclesBetweenSubPackages() {
    NO_CYCLES_BETWEEN_SUB_PACKAGES.check(CLASSES);
  }

  /** One floor's packages, each allowed only the packages before it in the list. */
  private static ArchRule inOrder(String floor, List<String> bottomFirst) {
    LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer(bottomFirst.get(0)).definedBy(packages(bottomFirst.subList(0, 1)));
    for (String name : bottomFirst.subList(1, bottomFirst.size())) {
      layers = layers.layer(name).definedBy(packages(List.of(name)));
    }
    layers = layers.whereLayer(bottomFirst.get(0)).mayNotAccessAnyLayer();
    for (int i = 1; i < bottomFirst.size(); i++) {
      layers = layers.whereLayer(bottomFirst.get(i)).mayOnlyAccessLayers(bottomFirst.subList(0, i).toArray(String[]::new));
    }
    return layers.as("The " + floor + " in order, bottom first " + bottomFirst
        + ": each package uses only those before it");
  }

  private static String[] packages(List<String> names) {
    return names.stream().map(name -> BASE + "." + name + "..").toArray(String[]::new);
  }
}
