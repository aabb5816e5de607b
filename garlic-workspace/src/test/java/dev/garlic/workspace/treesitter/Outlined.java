package dev.garlic.workspace.treesitter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.protocol.code.RefKind;
import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.protocol.code.SymbolKind;
import dev.garlic.protocol.code.SymbolRef;
import dev.garlic.workspace.Language;
import dev.garlic.workspace.outline.Outline;
import java.util.List;

/** An outline under test, with the look-ups the language tests share. */
record Outlined(Outline outline) {

  static Outlined of(Language language, String path, String source) {
    return new Outlined(TreeSitterExtractors.all().get(language).outline(path, source));
  }

  /** The definition with this qualified name; fails the test when there is none. */
  SymbolDef definition(String qualifiedName) {
    List<SymbolDef> found =
        outline.definitions().stream()
            .filter(d -> d.qualifiedName().equals(qualifiedName))
            .toList();
    assertThat(found)
        .as("definitions named %s among %s", qualifiedName, qualifiedNames())
        .isNotEmpty();
    return found.getFirst();
  }

  /** Asserts kind and line range of a definition and returns it for further checks. */
  SymbolDef assertDefinition(String qualifiedName, SymbolKind kind, int line, int endLine) {
    SymbolDef definition = definition(qualifiedName);
    assertThat(definition.kind()).as("kind of %s", qualifiedName).isEqualTo(kind);
    assertThat(definition.location().line()).as("first line of %s", qualifiedName).isEqualTo(line);
    assertThat(definition.location().endLine())
        .as("last line of %s", qualifiedName)
        .isEqualTo(endLine);
    return definition;
  }

  List<String> qualifiedNames() {
    return outline.definitions().stream().map(SymbolDef::qualifiedName).toList();
  }

  /** The references of a kind, each as {@code name@line<enclosing}. */
  List<String> references(RefKind kind) {
    return outline.references().stream()
        .filter(r -> r.kind() == kind)
        .map(Outlined::describe)
        .toList();
  }

  private static String describe(SymbolRef reference) {
    return reference.name() + "@" + reference.location().line() + "<" + reference.enclosing();
  }
}
