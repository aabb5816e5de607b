package dev.garlic.testgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.protocol.ErrorCode;
import dev.garlic.spi.Cancellation;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Reporter;
import dev.garlic.testgen.fixture.ProcessCommandRunner;
import dev.garlic.testkit.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on small Maven projects built with the real {@code mvn -o}; skipped without Maven.
 * The end-to-end generations start a dozen JVMs each (about 20 s) and are tagged slow; the
 * bad-input cases stop after the build (a few seconds) or before it.
 */
class TestGenerationTest {

  @TempDir Path dir;

  private final TestGeneration generation = new TestGeneration();
  private final ProcessCommandRunner runner = new ProcessCommandRunner();

  private GenerationReport generate(TestRequest request) {
    return generation.generate(dir, request, runner, Reporter.SILENT, Cancellation.create());
  }

  private static TestRequest request(String target) {
    return new TestRequest(target, Duration.ofSeconds(3), null, false, false, false);
  }

  private GarlicException failure(TestRequest request) {
    try {
      generate(request);
    } catch (GarlicException e) {
      return e;
    }
    throw new AssertionError("expected a GarlicException");
  }

  @Test
  @Tag("slow")
  void writesAVerifiedSuiteThatRaisesCoverage() throws Exception {
    MavenFixture.assumeMaven();
    MavenFixture.money(dir);
    List<String> progress = new CopyOnWriteArrayList<>();
    Reporter reporter =
        new Reporter() {
          @Override
          public void progress(String task, long done, long total) {
            progress.add(task + " " + done + "/" + total);
          }

          @Override
          public void warn(String message) {}
        };

    GenerationReport report =
        generation.generate(
            dir, request("com.acme.Money"), runner, reporter, Cancellation.create());

    ClassReport money = report.classes().getFirst();
    assertThat(money.skipped()).isNull();
    assertThat(money.written()).isPositive();
    assertThat(money.testFile()).isEqualTo("src/test/java/com/acme/MoneyGarlicTest.java");
    Path file = dir.resolve(money.testFile());
    assertThat(Files.readString(file)).contains("class MoneyGarlicTest").isEqualTo(money.source());
    assertThat(money.before().linesCovered()).isZero();
    assertThat(money.after().lineRatio()).isGreaterThan(0.8);
    assertThat(money.after().branchesCovered()).isPositive();
    assertThat(money.mutationScore()).isNull();
    assertThat(progress)
        .contains(
            "garlic test: building the project 0/-1",
            "garlic test: com.acme.Money 0/1",
            "garlic test: com.acme.Money: exploring for 3 s 0/1",
            "garlic test: com.acme.Money: measuring coverage 0/1",
            "garlic test 1/1");
  }

  @Test
  @Tag("slow")
  void aDryRunOfAPackageWritesNothingCarriesTheSourcesAndListsSkippedClasses() throws Exception {
    MavenFixture.assumeMaven();
    MavenFixture.money(dir)
        .file(
            "src/main/java/com/acme/Hidden.java",
            "package com.acme;\n\npublic class Hidden {\n  private Hidden() {}\n}\n");

    GenerationReport report =
        generate(new TestRequest("com.acme", Duration.ofSeconds(3), null, true, true, false));

    assertThat(report.classes())
        .extracting(ClassReport::className)
        .containsExactly("com.acme.Hidden", "com.acme.Money");
    assertThat(report.classes().getFirst().skipped())
        .isEqualTo("com.acme.Hidden has no public constructors or methods to test");
    ClassReport money = report.classes().get(1);
    assertThat(report.dryRun()).isTrue();
    assertThat(money.testFile()).isNull();
    assertThat(money.source()).contains("class MoneyGarlicTest");
    assertThat(dir.resolve("src/test/java")).doesNotExist();
    assertThat(money.mutationScore()).isNotNull().isGreaterThan(0.3);
  }

  @Test
  void aClassThatDoesNotExistIsRefusedWithTheClosestNames() {
    MavenFixture.money(dir);

    GarlicException e = failure(request("com.acme.Mony"));

    assertThat(e.error().code()).isEqualTo(ErrorCode.INPUT);
    assertThat(e.getMessage()).contains("'com.acme.Mony'").contains("did you mean com.acme.Money?");
  }

  @Test
  void anExistingTestFileIsRefusedBeforeTheBuildWithoutForce() {
    MavenFixture.money(dir)
        .file("src/test/java/com/acme/MoneyGarlicTest.java", "class MoneyGarlicTest {}");

    GarlicException e = failure(request("com.acme.Money"));

    assertThat(e.getMessage())
        .isEqualTo(
            "src/test/java/com/acme/MoneyGarlicTest.java exists; pass --force to overwrite it,"
                + " or --out to write elsewhere");
    assertThat(dir.resolve("target")).doesNotExist();
  }

  @Test
  void aProjectThatDoesNotCompileShowsItsFirstErrorsAndSuggestsGarlicFix() {
    MavenFixture.assumeMaven();
    MavenFixture.money(dir)
        .file(
            "src/main/java/com/acme/Broken.java",
            "package com.acme;\n\npublic class Broken {\n  int x = missing();\n}\n");

    GarlicException e = failure(request("com.acme.Money"));

    assertThat(e.error().code()).isEqualTo(ErrorCode.INPUT);
    assertThat(e.getMessage())
        .startsWith("the project does not compile")
        .contains("run 'garlic fix'")
        .contains("Broken.java:4: cannot find symbol");
    assertThat(dir.resolve("src/test/java")).doesNotExist();
  }

  @Test
  void aClassWithoutPublicApiAndAnInterfaceWithoutImplementationsAreRefused() {
    MavenFixture.assumeMaven();
    TestWorkspace workspace =
        MavenFixture.money(dir)
            .file(
                "src/main/java/com/acme/Hidden.java",
                "package com.acme;\n\npublic class Hidden {\n  private Hidden() {}\n\n"
                    + "  void internal() {}\n}\n")
            .file(
                "src/main/java/com/acme/Pricing.java",
                "package com.acme;\n\npublic interface Pricing {\n  long price(String item);\n}\n");

    GarlicException hidden = failure(request("com.acme.Hidden"));
    GarlicException pricing =
        failure(request(workspace.resolve("src/main/java/com/acme/Pricing.java").toString()));

    assertThat(hidden.getMessage())
        .isEqualTo("com.acme.Hidden has no public constructors or methods to test");
    assertThat(pricing.getMessage())
        .isEqualTo(
            "com.acme.Pricing is an interface or abstract class and no implementation exists in"
                + " the project");
    assertThat(dir.resolve("src/test/java")).doesNotExist();
  }

  @Test
  void aProjectWithoutABuildIsRefused() {
    TestWorkspace.in(dir).file("src/main/java/com/acme/Money.java", MavenFixture.MONEY);

    assertThatThrownBy(() -> generate(request("com.acme.Money")))
        .isInstanceOf(GarlicException.class)
        .hasMessageContaining("no pom.xml or Gradle build");
  }
}
