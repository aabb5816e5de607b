package dev.garlic.agent.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BubblewrapTest {

  @TempDir Path dir;

  @Test
  void saysWhenTheExecutableIsMissing() {
    Bubblewrap missing = Bubblewrap.at(dir.resolve("bwrap").toString());

    assertThat(missing.works()).isFalse();
    assertThat(missing.problem())
        .contains("bubblewrap not found (" + dir.resolve("bwrap") + " is not installed)");
  }

  @Test
  void quotesTheFirstLineOfAFailedProbe() throws Exception {
    Path fake = dir.resolve("bwrap");
    Files.writeString(
        fake, "#!/bin/sh\necho 'bwrap: No permissions to create new namespace' >&2\nexit 1\n");
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));

    assertThat(Bubblewrap.at(fake.toString()).problem())
        .contains(
            "bubblewrap cannot create a sandbox here (exit 1: bwrap: No permissions to create new"
                + " namespace)");
  }

  @Test
  void worksWhenTheProbeSucceeds() {
    assertThat(Bubblewrap.at("true").works()).isTrue();
  }
}
