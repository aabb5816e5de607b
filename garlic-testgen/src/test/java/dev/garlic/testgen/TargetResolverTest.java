package dev.garlic.testgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.spi.GarlicException;
import dev.garlic.testgen.model.TargetProject;
import dev.garlic.testkit.TestWorkspace;
import dev.garlic.workspace.build.BuildInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetResolverTest {

  @TempDir Path dir;
  private TargetResolver resolver;

  @BeforeEach
  void setUp() {
    TestWorkspace.in(dir)
        .file(
            "pom.xml",
            """
            <project><modelVersion>4.0.0</modelVersion><groupId>a</groupId>
            <artifactId>parent</artifactId><version>1</version><packaging>pom</packaging>
            <modules><module>core</module><module>web</module></modules></project>
            """)
        .file(
            "core/pom.xml",
            "<project><modelVersion>4.0.0</modelVersion><groupId>a</groupId>"
                + "<artifactId>core</artifactId><version>1</version></project>")
        .file(
            "web/pom.xml",
            "<project><modelVersion>4.0.0</modelVersion><groupId>a</groupId>"
                + "<artifactId>web</artifactId><version>1</version></project>")
        .file("core/src/main/java/com/acme/Money.java", "package com.acme; public class Money {}")
        .file(
            "core/src/main/java/com/acme/Currency.java",
            "package com.acme; public enum Currency {}")
        .file("core/src/main/java/com/acme/package-info.java", "package com.acme;")
        .file(
            "core/src/main/java/com/acme/fx/Rate.java", "package com.acme.fx; public class Rate {}")
        .file("web/src/main/java/com/shop/Cart.java", "package com.shop; public class Cart {}");
    resolver = new TargetResolver(BuildInfo.detect(dir));
  }

  @Test
  void aClassNameResolvesToThatClassInItsModule() {
    TargetResolver.Resolved resolved = resolver.resolve("com.shop.Cart");

    assertThat(resolved.module().path()).isEqualTo("web");
    assertThat(resolved.classes()).containsExactly("com.shop.Cart");
  }

  @Test
  void aNestedClassResolvesThroughItsOuterClass() {
    assertThat(resolver.resolve("com.acme.Money$Builder").classes())
        .containsExactly("com.acme.Money$Builder");
  }

  @Test
  void aPackageResolvesToItsClassesAndThoseOfItsSubpackages() {
    assertThat(resolver.resolve("com.acme").classes())
        .containsExactly("com.acme.Currency", "com.acme.Money", "com.acme.fx.Rate");
  }

  @Test
  void aSourceFileAndAPackageDirectoryResolveByTheirPath() {
    assertThat(resolver.resolve("core/src/main/java/com/acme/Money.java").classes())
        .containsExactly("com.acme.Money");
    assertThat(resolver.resolve(dir.resolve("core/src/main/java/com/acme/fx").toString()).classes())
        .containsExactly("com.acme.fx.Rate");
  }

  @Test
  void aModuleDirectoryResolvesToAllItsMainClasses() {
    TargetResolver.Resolved resolved = resolver.resolve("core");

    assertThat(resolved.module().path()).isEqualTo("core");
    assertThat(resolved.classes()).hasSize(3);
  }

  @Test
  void anUnknownNameSuggestsTheClosestClasses() {
    assertThatThrownBy(() -> resolver.resolve("com.acme.Mony"))
        .isInstanceOf(GarlicException.class)
        .hasMessage(
            "no class, package, file or directory 'com.acme.Mony' in the project; did you mean"
                + " com.acme.Money?");
    assertThatThrownBy(() -> resolver.resolve("Nothing.Alike.AtAll"))
        .hasMessageContaining("give a fully qualified class name");
  }

  @Test
  void aPathOutsideTheMainSourcesIsRefused() throws Exception {
    Files.createDirectories(dir.resolve("docs"));

    assertThatThrownBy(() -> resolver.resolve("docs"))
        .hasMessageContaining("is not under a main source root");
  }

  @Test
  void theProjectHasTheModulesClassesTestsAndTestRootAndOtherModulesAsDependencies()
      throws Exception {
    Files.createDirectories(dir.resolve("core/target/classes"));
    Files.createDirectories(dir.resolve("web/target/test-classes"));
    Path jar = dir.resolve("lib.jar");

    TargetProject project =
        resolver.project(resolver.resolve("com.shop.Cart").module(), List.of(jar));

    Path root = dir.toAbsolutePath().normalize();
    assertThat(project.classes()).containsExactly(root.resolve("web/target/classes"));
    assertThat(project.testClasses()).containsExactly(root.resolve("web/target/test-classes"));
    assertThat(project.dependencies()).containsExactly(root.resolve("core/target/classes"), jar);
    assertThat(project.testSourceRoot()).isEqualTo(root.resolve("web/src/test/java"));
    assertThat(project.mainSources()).containsExactly(root.resolve("web/src/main/java"));
  }
}
