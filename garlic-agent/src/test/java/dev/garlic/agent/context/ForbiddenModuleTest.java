package dev.garlic.agent.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForbiddenModuleTest {

  private static List<Integer> lines(String module, String path, String content) {
    return new ForbiddenModule(module)
        .violations(path, content).stream().map(Violation::line).toList();
  }

  @Test
  void findsPythonImportsOfAModuleAndItsSubmodules() {
    String source =
        """
        import csv
        import pandas as pd
        from pandas.io import json
        import os, pandas
        import importlib
        mod = importlib.import_module("pandas")
        """;

    assertThat(lines("pandas", "report.py", source)).containsExactly(2, 4, 3, 6);
  }

  @Test
  void ignoresPythonCommentsDocstringsStringsAndLookalikes() {
    String source =
        """
        \"\"\"Reads reports.

        import pandas  -- not used on purpose
        \"\"\"
        # import pandas
        import pandas_lite
        text = "import pandas"
        from mypandas import x
        """;

    assertThat(lines("pandas", "report.py", source)).isEmpty();
  }

  @Test
  void findsJavaImportsByPrefixOrWholeSegment() {
    String source =
        """
        package demo;

        import java.util.List;
        import java.util.logging.Logger;
        import static java.util.logging.Level.INFO;
        import lombok.Data;
        // import lombok.Value;
        /* import lombok.Builder; */
        class A {
          String s = \"\"\"
              import lombok.Getter;
              \"\"\";
        }
        """;

    assertThat(lines("java.util.logging", "src/A.java", source)).containsExactly(4, 5);
    assertThat(lines("lombok", "src/A.java", source)).containsExactly(6);
    assertThat(lines("java.util.log", "src/A.java", source)).isEmpty();
  }

  @Test
  void knowsGuavaByItsPackageAndItsCoordinates() {
    String java = "import com.google.common.collect.ImmutableList;\n";
    String pom =
        """
        <project>
          <artifactId>demo</artifactId>
          <dependencies>
            <dependency>
              <groupId>com.google.guava</groupId>
              <artifactId>guava</artifactId>
              <version>33.0.0-jre</version>
            </dependency>
          </dependencies>
        </project>
        """;

    assertThat(lines("Guava", "A.java", java)).containsExactly(1);
    assertThat(lines("guava", "pom.xml", pom)).containsExactly(6);
  }

  @Test
  void findsKotlinImports() {
    assertThat(lines("kotlinx.coroutines", "a/B.kt", "import kotlinx.coroutines.launch as go\n"))
        .containsExactly(1);
  }

  @Test
  void findsJavaScriptAndTypeScriptImportsAndRequires() {
    String source =
        """
        import _ from 'lodash';
        import { map,
          filter } from "lodash/fp";
        export { x } from 'lodash';
        import 'lodash';
        const l = require('lodash');
        const lazy = await import("lodash");
        // import _ from 'lodash';
        const s = "require('lodash')";
        import lodashEs from 'lodash-es';
        """;

    assertThat(lines("lodash", "src/a.ts", source)).containsExactlyInAnyOrder(1, 3, 4, 5, 6, 7);
  }

  @Test
  void matchesScopedNpmPackagesAndNodeBuiltins() {
    assertThat(
            lines("@angular/core", "a.ts", "import { Component } from '@angular/core/testing';\n"))
        .containsExactly(1);
    assertThat(lines("fs", "a.js", "const fs = require('node:fs');\n")).containsExactly(1);
  }

  @Test
  void findsGoImportsSingleAndInBlocks() {
    String source =
        """
        package main

        import "fmt"
        import (
        \t"os"
        \terrs "github.com/pkg/errors"
        \t// "github.com/pkg/errors/extra"
        \t"github.com/stretchr/testify/assert"
        )
        """;

    assertThat(lines("github.com/pkg/errors", "main.go", source)).containsExactly(6);
    assertThat(lines("testify", "main.go", source)).containsExactly(8);
    assertThat(lines("fmt", "main.go", source)).containsExactly(3);
  }

  @Test
  void findsMavenDependenciesButNotExclusionsCommentsOrTheProjectItself() {
    String pom =
        """
        <project>
          <groupId>com.example</groupId>
          <artifactId>jackson-tools</artifactId>
          <dependencies>
            <!--
            <dependency><groupId>com.fasterxml.jackson.core</groupId><artifactId>jackson-core</artifactId></dependency>
            -->
            <dependency>
              <groupId>org.example</groupId>
              <artifactId>client</artifactId>
              <exclusions>
                <exclusion>
                  <groupId>com.fasterxml.jackson.core</groupId>
                  <artifactId>jackson-databind</artifactId>
                </exclusion>
              </exclusions>
            </dependency>
            <dependency>
              <groupId>com.fasterxml.jackson.core</groupId>
              <artifactId>jackson-databind</artifactId>
            </dependency>
          </dependencies>
        </project>
        """;

    assertThat(lines("jackson", "pom.xml", pom)).containsExactly(20);
  }

  @Test
  void findsGradleDependenciesInBothNotations() {
    String gradle =
        """
        dependencies {
            implementation("com.google.guava:guava:33.0.0-jre")
            testImplementation 'org.projectlombok:lombok:1.18.30'
            // implementation 'org.projectlombok:lombok-extra:1'
            compileOnly group: 'org.projectlombok', name: 'lombok', version: '1.18.30'
        }
        """;

    assertThat(lines("lombok", "build.gradle", gradle)).containsExactly(3, 5);
    assertThat(lines("guava", "app/build.gradle.kts", gradle)).containsExactly(2);
  }

  @Test
  void findsNpmDependenciesInPackageJson() {
    String json =
        """
        {
          "name": "app",
          "scripts": { "lodash": "echo not a dependency" },
          "dependencies": {
            "express": "^4.19.0"
          },
          "devDependencies": {
            "lodash": "^4.17.21"
          }
        }
        """;

    assertThat(lines("lodash", "package.json", json)).containsExactly(8);
    assertThat(lines("express", "web/package.json", json)).containsExactly(5);
  }

  @Test
  void findsPythonRequirementsWithNormalisedNames() {
    String requirements =
        """
        # data
        -r base.txt
        Pandas>=2.0  # analysis
        python_dateutil==2.9
        requests[socks]
        """;

    assertThat(lines("pandas", "requirements.txt", requirements)).containsExactly(3);
    assertThat(lines("python-dateutil", "requirements-dev.txt", requirements)).containsExactly(4);
    assertThat(lines("requests", "requirements.txt", requirements)).containsExactly(5);
  }

  @Test
  void findsPyprojectDependenciesOfPep621AndPoetry() {
    String pyproject =
        """
        [project]
        name = "pandas-free"
        dependencies = [
          "requests>=2",
          "pandas~=2.2",
        ]

        [project.optional-dependencies]
        plot = ["matplotlib"]

        [tool.poetry.dependencies]
        python = "^3.11"
        numpy = "^1.26"
        """;

    assertThat(lines("pandas", "pyproject.toml", pyproject)).containsExactly(5);
    assertThat(lines("matplotlib", "pyproject.toml", pyproject)).containsExactly(9);
    assertThat(lines("numpy", "pyproject.toml", pyproject)).containsExactly(13);
    assertThat(lines("python", "pyproject.toml", pyproject)).isEmpty();
  }

  @Test
  void findsGoModRequirements() {
    String goMod =
        """
        module example.com/app

        go 1.22

        require github.com/pkg/errors v0.9.1
        require (
        \tgithub.com/stretchr/testify v1.9.0 // indirect
        )
        """;

    assertThat(lines("github.com/pkg/errors", "go.mod", goMod)).containsExactly(5);
    assertThat(lines("testify", "go.mod", goMod)).containsExactly(7);
  }

  @Test
  void leavesOtherFilesAlone() {
    assertThat(lines("pandas", "README.md", "import pandas\n")).isEmpty();
  }
}
