package dev.garlic.testgen.explore;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.garlic.spi.GarlicException;
import dev.garlic.testgen.model.TargetProject;
import dev.garlic.testgen.model.TestCase;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jacoco.agent.rt.RT;
import org.jacoco.core.data.ExecutionDataReader;

/**
 * The command line of the exploring child JVM: this JVM's {@code java}, the JaCoCo agent limited to
 * the target's package, and a class path of the project's runtime class path followed by the jars
 * (or class directories) Garlic's child side needs, found from where their classes were loaded.
 */
final class ChildCommand {

  private final List<Path> projectClasspath;
  private final String targetClass;

  ChildCommand(TargetProject project, String targetClass) {
    this.projectClasspath = project.runtimeClasspath();
    this.targetClass = targetClass;
  }

  List<String> command(Path planFile) {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    String pkg =
        targetClass.contains(".")
            ? targetClass.substring(0, targetClass.lastIndexOf('.')) + ".*"
            : "*";
    Set<String> classpath = new LinkedHashSet<>();
    projectClasspath.forEach(p -> classpath.add(p.toString()));
    for (Class<?> c :
        List.of(
            ExplorerMain.class,
            TestCase.class,
            ObjectMapper.class,
            JsonFactory.class,
            JsonTypeInfo.class,
            ExecutionDataReader.class)) {
      classpath.add(location(c).toString());
    }
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.add(
        "-javaagent:"
            + location(RT.class)
            + "=output=none,dumponexit=false,jmx=false,includes="
            + pkg);
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-Xmx512m");
    command.add("-Djava.awt.headless=true");
    command.add("-cp");
    command.add(String.join(File.pathSeparator, classpath));
    command.add(ExplorerMain.class.getName());
    command.add(planFile.toString());
    return command;
  }

  static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw GarlicException.environment(
          "cannot find where " + type.getName() + " was loaded from; reinstall Garlic");
    }
  }
}
