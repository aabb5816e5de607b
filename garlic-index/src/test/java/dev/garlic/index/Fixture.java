package dev.garlic.index;

import dev.garlic.spi.Reporter;
import dev.garlic.spi.Settings;
import dev.garlic.testkit.TestWorkspace;
import dev.garlic.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A test workspace with an index over it that uses {@link FakeFrontEnd}, collecting warnings. */
final class Fixture {

  final TestWorkspace files;
  final FakeFrontEnd frontEnd = new FakeFrontEnd();
  final List<String> warnings = new ArrayList<>();
  private final Settings settings;

  Fixture(TestWorkspace files) {
    this(files, Map.of());
  }

  Fixture(TestWorkspace files, Map<String, Object> settings) {
    this.files = files;
    this.settings = key -> Optional.ofNullable(settings.get(key));
  }

  CodeIndex open() {
    Reporter reporter =
        new Reporter() {
          @Override
          public void progress(String task, long done, long total) {}

          @Override
          public synchronized void warn(String message) {
            warnings.add(message);
          }
        };
    return CodeIndex.open(Workspace.open(files.root()), settings, reporter, frontEnd);
  }
}
