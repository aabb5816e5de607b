package dev.garlic.testgen.explore;

import dev.garlic.testgen.api.ClassApi;
import dev.garlic.testgen.model.GeneratedSuite;
import java.nio.file.Path;
import java.util.List;

/**
 * The result of exploring one class.
 *
 * @param suite the tests, suspected bugs and drops
 * @param api what the source said about the class
 * @param executionData JaCoCo execution data files of the child runs that finished (the probes the
 *     explored sequences hit), in the work directory
 * @param notes one line each on what limited the exploration (no implementation of an interface,
 *     methods that ended the JVM), for reports
 */
public record Exploration(
    GeneratedSuite suite, ClassApi api, List<Path> executionData, List<String> notes) {

  public Exploration {
    executionData = List.copyOf(executionData);
    notes = List.copyOf(notes);
  }
}
