package dev.garlic.workspace.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildInfoTest {

  @TempDir Path root;

  private void write(String path, String content) throws IOException {
    Path p = root.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  private static String pom(String artifactId, String inner) {
    return "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
        + "<groupId>g</groupId><artifactId>"
        + artifactId
        + "</artifactId><version>1</version>"
        + inner
        + "</project>";
  }

  @Test
  void detectsMavenModulesRecursively() throws IOException {
    write(
        "pom.xml", pom("parent", "<modules><module>core</module><module>apps</module></modules>"));
    write("core/pom.xml", pom("core", ""));
    write("apps/pom.xml", pom("apps", "<modules><module>web</module></modules>"));
    write("apps/web/pom.xml", pom("web", ""));

    BuildInfo build = BuildInfo.detect(root);

    assertThat(build.system()).isEqualTo(BuildSystem.MAVEN);
    assertThat(build.modules())
        .extracting(BuildModule::path, BuildModule::name)
        .containsExactly(
            tuple("", "parent"),
            tuple("core", "core"),
            tuple("apps", "apps"),
            tuple("apps/web", "web"));
    assertThat(build.modules().get(3).mainRoots()).containsExactly("apps/web/src/main/java");
    assertThat(build.modules().get(3).testRoots()).containsExactly("apps/web/src/test/java");
  }

  @Test
  void readsModuleCoordinatesInheritingTheParentsGroup() throws IOException {
    write("pom.xml", pom("parent", "<modules><module>core</module></modules>"));
    write(
        "core/pom.xml",
        "<project><parent><groupId>g</groupId><artifactId>parent</artifactId></parent>"
            + "<artifactId>core</artifactId></project>");

    assertThat(MavenLayout.coordinates(BuildInfo.detect(root))).containsOnly("g:parent", "g:core");
  }

  @Test
  void readsConfiguredMavenSourceDirectories() throws IOException {
    write(
        "pom.xml",
        pom(
            "app",
            "<build><sourceDirectory>${project.basedir}/src</sourceDirectory>"
                + "<testSourceDirectory>tests</testSourceDirectory></build>"));

    BuildModule module = BuildInfo.detect(root).modules().get(0);

    assertThat(module.mainRoots()).containsExactly("src");
    assertThat(module.testRoots()).containsExactly("tests");
  }

  @Test
  void addsKotlinRootsThatExist() throws IOException {
    write("pom.xml", pom("app", ""));
    Files.createDirectories(root.resolve("src/main/kotlin"));

    assertThat(BuildInfo.detect(root).modules().get(0).mainRoots())
        .containsExactly("src/main/java", "src/main/kotlin");
  }

  @Test
  void keepsConventionalRootsForABrokenPom() throws IOException {
    write("pom.xml", "<project><artifactId>half");

    BuildInfo build = BuildInfo.detect(root);

    assertThat(build.system()).isEqualTo(BuildSystem.MAVEN);
    assertThat(build.modules().get(0).mainRoots()).containsExactly("src/main/java");
  }

  @Test
  void detectsGradleProjectsIncludedInSettings() throws IOException {
    write(
        "settings.gradle.kts",
        "rootProject.name = \"shop\"\n"
            + "include(\"core\", \":libs:util\")\n"
            + "// include(\"old\")\n"
            + "includeBuild(\"plugins\")\n");
    Files.createDirectories(root.resolve("core"));
    Files.createDirectories(root.resolve("libs/util"));
    Files.createDirectories(root.resolve("plugins"));

    BuildInfo build = BuildInfo.detect(root);

    assertThat(build.system()).isEqualTo(BuildSystem.GRADLE);
    assertThat(build.modules())
        .extracting(BuildModule::path)
        .containsExactly("", "core", "libs/util");
    assertThat(build.modules().get(0).name()).isEqualTo("shop");
    assertThat(build.modules().get(2).testRoots()).containsExactly("libs/util/src/test/java");
  }

  @Test
  void readsGroovyIncludeStatementsSpanningLines() {
    assertThat(GradleLayout.includedProjects("include 'a',\n  'b:c'\ninclude ':d'\n"))
        .containsExactly("a", "b:c", ":d");
  }

  @Test
  void guessesRootsFromPackageDeclarationsWithoutABuild() throws IOException {
    write("app/com/acme/Main.java", "package com.acme;\nclass Main {}");
    write("app/com/acme/util/Strings.java", "/* x */\npackage com.acme.util;\nclass Strings {}");
    write("test/com/acme/MainTest.java", "package com.acme;\nclass MainTest {}");
    write("scripts/Tool.java", "class Tool {}");

    BuildInfo build = BuildInfo.detect(root);

    assertThat(build.system()).isEqualTo(BuildSystem.NONE);
    assertThat(build.modules().get(0).mainRoots()).containsExactly("app", "scripts");
    assertThat(build.modules().get(0).testRoots()).containsExactly("test");
  }

  @Test
  void findsTheTestOfAMainClassInTheSamePackageUnderTheTestRoot() throws IOException {
    write("pom.xml", pom("app", ""));
    write("src/main/java/com/acme/Cart.java", "");
    write("src/test/java/com/acme/CartTests.java", "");

    BuildInfo build = BuildInfo.detect(root);

    assertThat(build.testFor("src/main/java/com/acme/Cart.java"))
        .contains("src/test/java/com/acme/CartTests.java");
  }

  @Test
  void proposesTheConventionalTestLocationFirst() throws IOException {
    write("pom.xml", pom("app", ""));

    assertThat(BuildInfo.detect(root).testCandidates("src/main/java/com/acme/Cart.java"))
        .first()
        .isEqualTo("src/test/java/com/acme/CartTest.java");
  }

  @Test
  void findsNoTestWhenNoneExists() throws IOException {
    write("pom.xml", pom("app", ""));
    write("src/main/java/com/acme/Cart.java", "");

    assertThat(BuildInfo.detect(root).testFor("src/main/java/com/acme/Cart.java")).isEmpty();
  }

  @Test
  void findsTheMainClassOfAnIntegrationTest() throws IOException {
    write("pom.xml", pom("app", "<modules><module>core</module></modules>"));
    write("core/pom.xml", pom("core", ""));
    write("core/src/main/java/com/acme/Cart.java", "");
    write("core/src/test/java/com/acme/CartIT.java", "");

    assertThat(BuildInfo.detect(root).mainFor("core/src/test/java/com/acme/CartIT.java"))
        .contains("core/src/main/java/com/acme/Cart.java");
  }

  @Test
  void findsTheMainClassOfATestWithTestPrefix() throws IOException {
    write("pom.xml", pom("app", ""));
    write("src/main/java/Cart.java", "");

    assertThat(BuildInfo.detect(root).mainFor("src/test/java/TestCart.java"))
        .contains("src/main/java/Cart.java");
  }

  @Test
  void proposesNoMainClassForATestHelperThatIsNotNamedAfterOne() throws IOException {
    write("pom.xml", pom("app", ""));

    assertThat(BuildInfo.detect(root).mainCandidates("src/test/java/com/acme/Fixtures.java"))
        .isEmpty();
  }

  @Test
  void tellsTestPathsFromMainPaths() throws IOException {
    write("pom.xml", pom("app", ""));
    BuildInfo build = BuildInfo.detect(root);

    assertThat(build.isTestPath("src/test/java/a/Foo.java")).isTrue();
    assertThat(build.isTestPath("src/main/java/a/TestData.java")).isFalse();
    assertThat(build.isTestPath("tools/tests/check.py")).isTrue();
    assertThat(build.isTestPath("tools/FooTest.java")).isTrue();
    assertThat(build.isTestPath("tools/Foo.java")).isFalse();
  }

  @Test
  void doesNotMistakeWordsEndingInItForIntegrationTests() {
    assertThat(TestNames.testedBy("SPLIT")).isEmpty();
    assertThat(TestNames.testedBy("Testimony")).isEmpty();
    assertThat(TestNames.testedBy("CartIT")).contains("Cart");
  }

  @Test
  void findsTheModuleOfAPath() throws IOException {
    write("pom.xml", pom("parent", "<modules><module>core</module></modules>"));
    write("core/pom.xml", pom("core", ""));

    assertThat(BuildInfo.detect(root).moduleOf("core/src/main/java/A.java"))
        .map(BuildModule::name)
        .contains("core");
  }
}
