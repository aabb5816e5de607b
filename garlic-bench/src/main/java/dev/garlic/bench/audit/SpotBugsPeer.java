package dev.garlic.bench.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * SpotBugs with the Find Security Bugs plugin, the peer garlic audit is measured against: fetched
 * with its dependencies through Maven, run as a child JVM with only the SECURITY category reported
 * (the include filter Find Security Bugs documents), results as XML.
 */
final class SpotBugsPeer {

  static final String SPOTBUGS = "com.github.spotbugs:spotbugs:4.9.8";
  static final String FIND_SEC_BUGS = "com.h3xstream.findsecbugs:findsecbugs-plugin:1.14.0";

  private static final String SECURITY_ONLY =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <FindBugsFilter>
        <Match>
          <Bug category="SECURITY"/>
        </Match>
      </FindBugsFilter>
      """;

  private final List<Path> classPath;
  private final Path plugin;
  private final Path includeFilter;

  private SpotBugsPeer(List<Path> classPath, Path plugin, Path includeFilter) {
    this.classPath = classPath;
    this.plugin = plugin;
    this.includeFilter = includeFilter;
  }

  /** Fetches (once) SpotBugs and the plugin under {@code dir}. */
  static SpotBugsPeer install(MavenArtifacts maven, Path dir) throws IOException {
    List<Path> jars = maven.copy(List.of(SPOTBUGS, FIND_SEC_BUGS), dir.resolve("lib"), true);
    Path plugin =
        jars.stream()
            .filter(j -> j.getFileName().toString().startsWith("findsecbugs-plugin-"))
            .findFirst()
            .orElseThrow(() -> new IOException("findsecbugs-plugin jar missing in " + dir));
    List<Path> cp = jars.stream().filter(j -> !j.equals(plugin)).toList();
    Path filter = dir.resolve("security-only.xml");
    Files.writeString(filter, SECURITY_ONLY);
    return new SpotBugsPeer(cp, plugin, filter);
  }

  /** The SpotBugs version this peer runs, from its jar's name. */
  String version() {
    return classPath.stream()
            .map(p -> p.getFileName().toString())
            .filter(n -> n.matches("spotbugs-\\d.*\\.jar"))
            .findFirst()
            .orElse("spotbugs-?")
        + " + "
        + plugin.getFileName();
  }

  /**
   * The command that analyses {@code targets} (jars or class directories) with {@code aux} as the
   * auxiliary class path, writing XML to {@code xmlOut}. {@code onlyAnalyze} (SpotBugs' {@code
   * -onlyAnalyze} syntax) may be empty for everything.
   */
  List<String> command(
      Path java,
      String maxHeap,
      List<Path> targets,
      List<Path> aux,
      Path xmlOut,
      String onlyAnalyze) {
    List<String> cmd = new ArrayList<>();
    cmd.add(java.toString());
    cmd.add("-Xmx" + maxHeap);
    cmd.add("-cp");
    cmd.add(MavenArtifacts.classPath(classPath));
    cmd.add("edu.umd.cs.findbugs.FindBugs2");
    cmd.add("-quiet");
    cmd.add("-low");
    cmd.add("-effort:default");
    cmd.add("-pluginList");
    cmd.add(plugin.toString());
    cmd.add("-include");
    cmd.add(includeFilter.toString());
    if (!aux.isEmpty()) {
      cmd.add("-auxclasspath");
      cmd.add(MavenArtifacts.classPath(aux));
    }
    if (!onlyAnalyze.isEmpty()) {
      cmd.add("-onlyAnalyze");
      cmd.add(onlyAnalyze);
    }
    cmd.add("-xml:withMessages");
    cmd.add("-output");
    cmd.add(xmlOut.toString());
    for (Path t : targets) {
      cmd.add(t.toString());
    }
    return cmd;
  }
}
