package dev.garlic.audit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an audit looks at: the parsed Java files of the project (all of them, so calls into files
 * outside the requested paths are followed) and the text of its resources (properties and other
 * files under {@code src/main/resources} and the like), so that values read from configuration can
 * be resolved to what the project really configures.
 *
 * @param root the workspace root
 * @param files every parsed Java file of the project
 * @param resources the project's resource files by class-path name ({@code app.properties}, {@code
 *     config/db.properties}) to their text
 * @param classpath the jars the project depends on, when its build could tell (else empty): the
 *     taint analysis reads the return types of library methods from them
 */
public record AuditProject(
    Path root, List<SourceFile> files, Map<String, String> resources, List<Path> classpath) {

  public AuditProject {
    files = List.copyOf(files);
    resources = Map.copyOf(resources);
    classpath = List.copyOf(classpath);
  }

  /** A project audited from its sources alone. */
  public AuditProject(Path root, List<SourceFile> files, Map<String, String> resources) {
    this(root, files, resources, List.of());
  }

  /** The text of the resource {@code name} ({@code /} separated, no leading slash), if present. */
  public Optional<String> resource(String name) {
    return Optional.ofNullable(resources.get(name.startsWith("/") ? name.substring(1) : name));
  }
}
