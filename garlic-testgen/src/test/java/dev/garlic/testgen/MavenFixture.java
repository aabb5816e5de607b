package dev.garlic.testgen;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.garlic.testkit.TestWorkspace;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Small Maven projects for the pipeline's tests, buildable offline: JUnit Jupiter's API and the
 * compiler and resources plugins pinned to versions in the local repository.
 */
public final class MavenFixture {

  public static final String POM =
      """
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <groupId>com.acme</groupId>
        <artifactId>money</artifactId>
        <version>1.0</version>
        <properties>
          <maven.compiler.release>17</maven.compiler.release>
          <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
        </properties>
        <dependencies>
          <dependency>
            <groupId>org.junit.jupiter</groupId>
            <artifactId>junit-jupiter-api</artifactId>
            <version>5.11.4</version>
            <scope>test</scope>
          </dependency>
        </dependencies>
        <build>
          <plugins>
            <plugin>
              <groupId>org.apache.maven.plugins</groupId>
              <artifactId>maven-resources-plugin</artifactId>
              <version>3.3.1</version>
            </plugin>
            <plugin>
              <groupId>org.apache.maven.plugins</groupId>
              <artifactId>maven-compiler-plugin</artifactId>
              <version>3.13.0</version>
            </plugin>
          </plugins>
        </build>
      </project>
      """;

  public static final String MONEY =
      """
      package com.acme;

      /** An amount of cents. */
      public final class Money {
        private final long cents;

        /** @throws IllegalArgumentException if cents < 0 */
        public Money(long cents) {
          if (cents < 0) {
            throw new IllegalArgumentException("negative cents");
          }
          this.cents = cents;
        }

        public long getCents() {
          return cents;
        }

        public Money plus(Money other) {
          return new Money(cents + other.cents);
        }

        public boolean isZero() {
          return cents == 0;
        }

        public String format() {
          return cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100;
        }
      }
      """;

  private MavenFixture() {}

  /** A Maven project with {@code com.acme.Money} in {@code dir}. */
  public static TestWorkspace money(Path dir) {
    return TestWorkspace.in(dir)
        .file("pom.xml", POM)
        .file("src/main/java/com/acme/Money.java", MONEY);
  }

  /** Skips the test when no {@code mvn} is on the PATH. */
  public static void assumeMaven() {
    String path = System.getenv().getOrDefault("PATH", "");
    assumeTrue(
        Arrays.stream(path.split(File.pathSeparator))
            .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, "mvn"))),
        "mvn is not on the PATH");
  }
}
