package dev.garlic.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of {@code shared/ARCHITECTURE.md}, checked on the compiled classes of every
 * module: which Garlic modules each may use, no cycles, and no printing outside the front ends.
 */
class ModuleRulesTest {

  /** Every module's root package, and the Garlic modules it may depend on besides itself. */
  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("protocol", Set.of()),
          Map.entry("spi", Set.of("protocol")),
          Map.entry("workspace", Set.of("protocol", "spi")),
          Map.entry("index", Set.of("protocol", "spi", "workspace")),
          Map.entry("audit", Set.of("protocol", "spi", "workspace", "index")),
          Map.entry("testgen", Set.of("protocol", "spi", "workspace", "index")),
          Map.entry("repair", Set.of("protocol", "spi", "workspace", "index")),
          Map.entry("debug", Set.of("protocol", "spi", "workspace")),
          Map.entry("llm", Set.of("protocol")),
          Map.entry("agent", Set.of("protocol", "spi", "llm", "workspace", "index")),
          // Until garlic-agent exists the CLI reaches the workspace (configuration) directly.
          Map.entry("cli", Set.of("agent", "protocol", "spi", "workspace")),
          Map.entry("server", Set.of("agent", "protocol", "spi", "workspace")),
          Map.entry("testkit", Set.of("protocol", "spi")));

  /** Front ends and harnesses: the only code that may write to stdout or stderr. */
  private static final List<String> PRINTERS = List.of("cli", "server", "bench");

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.garlic");
  }

  @Test
  void importsTheClassesOfEveryModule() {
    for (String module :
        List.of(
            "protocol",
            "spi",
            "workspace",
            "index",
            "audit",
            "testgen",
            "llm",
            "agent",
            "cli",
            "testkit")) {
      assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith(root(module))))
          .as("classes of garlic-%s on the test class path", module)
          .isTrue();
    }
  }

  @Test
  void modulesDependOnlyOnTheModulesTheyMayUse() {
    for (var entry : ALLOWED.entrySet()) {
      String module = entry.getKey();
      String[] forbidden =
          ALLOWED.keySet().stream()
              .filter(other -> !other.equals(module) && !entry.getValue().contains(other))
              .map(other -> root(other) + "..")
              .toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage(root(module) + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(forbidden)
          .allowEmptyShould(true)
          .because("garlic-" + module + " may use only " + entry.getValue())
          .check(classes);
    }
  }

  @Test
  void benchmarksAreNeverDependedOn() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.garlic.bench..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.garlic.bench..")
        .check(classes);
  }

  @Test
  void modulesHaveNoCycles() {
    slices().matching("dev.garlic.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void librariesNeverPrint() {
    String[] printers = PRINTERS.stream().map(m -> root(m) + "..").toArray(String[]::new);
    noClasses()
        .that()
        .resideOutsideOfPackages(printers)
        .should(ACCESS_STANDARD_STREAMS)
        .because("libraries report through events and results; only front ends print")
        .check(classes);
  }

  private static String root(String module) {
    return "dev.garlic." + module;
  }
}
