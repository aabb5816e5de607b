package dev.garlic.index;

import dev.garlic.index.store.OutlineSource;
import dev.garlic.protocol.Location;
import dev.garlic.protocol.code.RefKind;
import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.protocol.code.SymbolKind;
import dev.garlic.protocol.code.SymbolRef;
import dev.garlic.workspace.Language;
import dev.garlic.workspace.outline.Outline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in front end for tests: reads hand-written outline lines from any file, so tests state
 * definitions and references exactly. A line {@code def method com.acme.Foo#bar(int)} defines
 * {@code bar}; {@code ref call bar -> com.acme.Foo#bar} is a resolved use, {@code ref call bar ?
 * a.X#bar,b.Y#bar} one with candidates and {@code ref call bar} an unresolved one. Other lines are
 * plain text, except {@code problem TEXT}, which reports a parse problem on its line. Counts the
 * files it was asked to outline.
 */
final class FakeFrontEnd implements OutlineSource {

  final AtomicInteger calls = new AtomicInteger();

  @Override
  public Outline outline(Language language, String path, String text) {
    calls.incrementAndGet();
    List<SymbolDef> defs = new ArrayList<>();
    List<SymbolRef> refs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String[] w = lines[i].strip().split("\\s+");
      Location at = Location.line(path, i + 1);
      if (w.length >= 3 && w[0].equals("def") && isKind(w[1])) {
        defs.add(definition(language, lines[i].strip(), w, at));
      } else if (w.length >= 3 && w[0].equals("ref")) {
        refs.add(reference(w, at));
      } else if (w.length >= 2 && w[0].equals("problem")) {
        problems.add("line " + (i + 1) + ": " + lines[i].strip().substring("problem ".length()));
      }
    }
    return new Outline(path, language.id(), null, List.of(), defs, refs, problems);
  }

  private static boolean isKind(String word) {
    return Arrays.stream(SymbolKind.values()).anyMatch(k -> k.name().equalsIgnoreCase(word));
  }

  private static SymbolDef definition(Language language, String line, String[] w, Location at) {
    String qualified = w[2];
    String base =
        qualified.contains("(") ? qualified.substring(0, qualified.indexOf('(')) : qualified;
    int cut = Math.max(base.lastIndexOf('.'), base.lastIndexOf('#'));
    String container = cut > 0 ? base.substring(0, cut) : null;
    return new SymbolDef(
        base.substring(cut + 1),
        qualified,
        SymbolKind.valueOf(w[1].toUpperCase(Locale.ROOT)),
        line,
        at,
        null,
        language.id(),
        container);
  }

  private static SymbolRef reference(String[] w, Location at) {
    String target = null;
    List<String> candidates = List.of();
    for (int i = 3; i + 1 < w.length; i += 2) {
      if (w[i].equals("->")) {
        target = w[i + 1];
      } else if (w[i].equals("?")) {
        candidates = Arrays.asList(w[i + 1].split(","));
      }
    }
    return new SymbolRef(
        w[2], target, candidates, RefKind.valueOf(w[1].toUpperCase(Locale.ROOT)), at, null);
  }
}
