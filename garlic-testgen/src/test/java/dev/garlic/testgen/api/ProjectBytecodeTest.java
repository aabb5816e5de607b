package dev.garlic.testgen.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.testkit.TestWorkspace;
import java.nio.file.Path;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectBytecodeTest {

  @TempDir Path dir;

  @Test
  void findsConcreteImplementationsThroughClassesAndInterfaces() {
    TestWorkspace ws =
        TestWorkspace.in(dir)
            .file("src/p/Shape.java", "package p; public interface Shape { double area(); }")
            .file("src/p/Base.java", "package p; public abstract class Base implements Shape {}")
            .file(
                "src/p/Square.java",
                "package p; public class Square extends Base { public double area() { return Math.random(); } }")
            .file(
                "src/p/Hidden.java",
                "package p; class Hidden extends Base { public double area() { return 1; } }");
    Path classes = dir.resolve("classes");
    int status =
        ToolProvider.getSystemJavaCompiler()
            .run(
                null,
                null,
                null,
                "-d",
                classes.toString(),
                ws.resolve("src/p/Shape.java").toString(),
                ws.resolve("src/p/Base.java").toString(),
                ws.resolve("src/p/Square.java").toString(),
                ws.resolve("src/p/Hidden.java").toString());
    assertThat(status).isZero();

    ProjectBytecode bytecode = ProjectBytecode.read(List.of(classes));

    assertThat(bytecode.implementationsOf("p.Shape")).containsExactly("p.Square");
    assertThat(bytecode.implementations()).containsOnlyKeys("p.Shape", "p.Base");
    assertThat(bytecode.isAbstract("p.Base")).isTrue();
    assertThat(bytecode.superclass("p.Square")).isEqualTo("p.Base");
    assertThat(bytecode.calls("p.Square", "area()D")).contains("java/lang/Math.random()D");
  }
}
