package dev.garlic.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemPackagesTest {

  @Test
  void returnsAProgramThatIsOnThePath() {
    Path bash = SystemPackages.require("bash", "bash");

    assertThat(bash.getFileName().toString()).isEqualTo("bash");
    assertThat(Files.isExecutable(bash)).isTrue();
  }

  @Test
  void findsTheInstallScriptInADirectoryAbove(@TempDir Path dir) throws Exception {
    Path script = dir.resolve(SystemPackages.SCRIPT);
    Files.createDirectories(script.getParent());
    Files.writeString(script, "#!/bin/sh\n");
    Path nested = Files.createDirectories(dir.resolve("a/b"));

    assertThat(SystemPackages.findScript(nested)).isEqualTo(script);
    assertThat(SystemPackages.findScript(dir.getRoot())).isNull();
  }

  @Test
  void failsWithTheInstallCommandWhenAProgramCannotBeHad() {
    assertThatThrownBy(() -> SystemPackages.require("garlic-no-such-program", "garlic-no-such"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "garlic-no-such-program is missing and scripts/install-test-deps could not install"
                + " the garlic-no-such package; install it (sudo apt-get install garlic-no-such)");
  }
}
