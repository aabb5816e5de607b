package dev.garlic.index.rank;

import dev.garlic.protocol.Location;
import dev.garlic.protocol.code.RefKind;
import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.protocol.code.SymbolKind;
import dev.garlic.protocol.code.SymbolRef;
import dev.garlic.workspace.outline.Outline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Hand-made outlines for ranking tests: a builder of files with definitions and references. */
final class Projects {

  private final Map<String, Outline> outlines = new HashMap<>();
  private final Map<String, String> texts = new HashMap<>();

  static Projects create() {
    return new Projects();
  }

  /** A file of {@code lines} lines with the given definitions and references. */
  Projects file(String path, int lines, List<SymbolDef> defs, List<SymbolRef> refs) {
    outlines.put(path, new Outline(path, "java", null, List.of(), defs, refs, List.of()));
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= lines; i++) {
      text.append("line ").append(i).append('\n');
    }
    texts.put(path, text.toString());
    return this;
  }

  /** A file with real text and the given outline. */
  Projects source(String path, String text, List<SymbolDef> defs, List<SymbolRef> refs) {
    outlines.put(path, new Outline(path, "java", null, List.of(), defs, refs, List.of()));
    texts.put(path, text);
    return this;
  }

  Corpus corpus() {
    return Corpus.of(outlines, texts);
  }

  static SymbolDef type(String path, String qualifiedName, int line, int endLine) {
    String name = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    return new SymbolDef(
        name,
        qualifiedName,
        SymbolKind.CLASS,
        "public class " + name,
        Location.lines(path, line, endLine),
        null,
        "java",
        null);
  }

  static SymbolDef method(String path, String owner, String name, int line, int endLine) {
    return new SymbolDef(
        name,
        owner + "#" + name + "()",
        SymbolKind.METHOD,
        "public void " + name + "()",
        Location.lines(path, line, endLine),
        null,
        "java",
        owner);
  }

  static SymbolRef call(String path, String name, @Nullable String target, int line) {
    return new SymbolRef(name, target, List.of(), RefKind.CALL, Location.line(path, line), null);
  }

  /** {@code count} uses of {@code name} resolved to {@code target}. */
  static List<SymbolRef> calls(String path, String name, String target, int count) {
    List<SymbolRef> refs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      refs.add(call(path, name, target, i + 1));
    }
    return refs;
  }
}
