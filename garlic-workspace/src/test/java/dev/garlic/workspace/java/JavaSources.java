package dev.garlic.workspace.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.protocol.code.RefKind;
import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.protocol.code.SymbolRef;
import dev.garlic.workspace.outline.Outline;
import java.util.List;

/** Outlines of inline sources, and lookups into them, for the extractor's tests. */
final class JavaSources {

  private static final JavaOutlineExtractor EXTRACTOR = new JavaOutlineExtractor();

  private JavaSources() {}

  static Outline outline(String... lines) {
    return EXTRACTOR.outline("src/Test.java", String.join("\n", lines) + "\n");
  }

  static SymbolDef definition(Outline outline, String qualifiedName) {
    List<SymbolDef> found =
        outline.definitions().stream()
            .filter(d -> d.qualifiedName().equals(qualifiedName))
            .toList();
    assertThat(found)
        .as("definitions named %s among %s", qualifiedName, qualifiedNames(outline))
        .hasSize(1);
    return found.getFirst();
  }

  static List<String> qualifiedNames(Outline outline) {
    return outline.definitions().stream().map(SymbolDef::qualifiedName).toList();
  }

  static List<SymbolRef> references(Outline outline, RefKind kind, String name) {
    return outline.references().stream()
        .filter(r -> r.kind() == kind && r.name().equals(name))
        .toList();
  }

  /** The only reference of this kind and name. */
  static SymbolRef reference(Outline outline, RefKind kind, String name) {
    List<SymbolRef> found = references(outline, kind, name);
    assertThat(found).as("%s references to %s in %s", kind, name, outline.references()).hasSize(1);
    return found.getFirst();
  }
}
