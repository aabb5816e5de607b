package dev.garlic.testgen.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.testgen.api.ProjectBytecode;
import dev.garlic.testgen.model.DropReason;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentScanTest {

  @TempDir Path dir;

  @Test
  void findsClockRandomnessAndEnvironmentThroughProjectCalls() {
    var project =
        new FixtureProject(dir)
            .source(
                "p/Service.java",
                """
                package p;
                public class Service {
                  public long stamp(int x) { return helper() + x; }
                  private long helper() { return System.currentTimeMillis(); }
                  public String home() { return System.getenv("HOME"); }
                  public int pure(int x) { return x + 1; }
                  public int viaOther(String s) { return new Other().read(s); }
                }
                """)
            .source(
                "p/Other.java",
                "package p; public class Other { public int read(String s) { return new java.util.Random().nextInt(); } }")
            .compile();

    EnvironmentScan scan = new EnvironmentScan(ProjectBytecode.read(project.classes()));

    assertThat(scan.touches("p.Service", "stamp(int)"))
        .contains(
            new EnvironmentScan.Touch(DropReason.NONDETERMINISTIC, "System.currentTimeMillis()"));
    assertThat(scan.touches("p.Service", "home()"))
        .contains(new EnvironmentScan.Touch(DropReason.ENVIRONMENT, "System.getenv()"));
    assertThat(scan.touches("p.Service", "viaOther(java.lang.String)"))
        .contains(new EnvironmentScan.Touch(DropReason.NONDETERMINISTIC, "new Random()"));
    assertThat(scan.touches("p.Service", "pure(int)")).isEmpty();
  }

  @Test
  void writesDescriptorsForClassNames() {
    assertThat(EnvironmentScan.descriptors("int,java.lang.String,[J"))
        .isEqualTo("ILjava/lang/String;[J");
    assertThat(EnvironmentScan.descriptors("")).isEmpty();
  }
}
