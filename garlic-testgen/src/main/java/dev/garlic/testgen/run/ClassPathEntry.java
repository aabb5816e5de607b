package dev.garlic.testgen.run;

import dev.garlic.spi.GarlicException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the jar (or class directory) that Garlic's own class path holds a class in, without loading
 * the class: how the child JVMs that run tests, coverage and mutation get their class paths, both
 * from {@code target/classes} in tests and from the jars in {@code garlic-cli/target/lib}.
 */
public final class ClassPathEntry {

  private ClassPathEntry() {}

  /**
   * The class path entry holding {@code className}.
   *
   * @throws GarlicException (environment) when Garlic's class path does not have it
   */
  public static Path of(String className) {
    String resource = className.replace('.', '/') + ".class";
    URL url = ClassPathEntry.class.getClassLoader().getResource(resource);
    if (url == null) {
      throw GarlicException.environment(
          "Garlic's installation lacks "
              + className
              + ": reinstall Garlic (its lib directory is incomplete)");
    }
    String text = url.toString();
    try {
      if (text.startsWith("jar:")) {
        return Path.of(URI.create(text.substring(4, text.indexOf("!/"))));
      }
      return Path.of(URI.create(text.substring(0, text.length() - resource.length())));
    } catch (IllegalArgumentException e) {
      throw GarlicException.environment("cannot locate " + className + " on disk: " + text);
    }
  }

  /** The entries holding each of {@code classNames}, in order, without repeats. */
  public static List<Path> of(List<String> classNames) {
    Set<Path> entries = new LinkedHashSet<>();
    for (String name : classNames) {
      entries.add(of(name));
    }
    return List.copyOf(entries);
  }
}
