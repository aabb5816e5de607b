package dev.garlic.workspace.outline;

import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.protocol.code.SymbolRef;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a front end extracts from one file for the index: its package or module, imports,
 * definitions and references, and the problems met while parsing (a file with syntax errors still
 * yields what could be recovered).
 *
 * @param path the file, relative to the workspace root
 * @param language the language id
 * @param packageName the package or module the file declares, or null
 * @param imports imported names as written ({@code java.util.List}, {@code java.util.*}, {@code
 *     static org.junit.Assert.assertEquals}, {@code os.path})
 * @param definitions definitions in source order
 * @param references references in source order
 * @param problems one line per parse problem, with its line number
 */
public record Outline(
    String path,
    String language,
    @Nullable String packageName,
    List<String> imports,
    List<SymbolDef> definitions,
    List<SymbolRef> references,
    List<String> problems) {

  public Outline {
    imports = List.copyOf(imports);
    definitions = List.copyOf(definitions);
    references = List.copyOf(references);
    problems = List.copyOf(problems);
  }

  /** An outline with nothing in it, for text files and languages without a front end. */
  public static Outline empty(String path, String language) {
    return new Outline(path, language, null, List.of(), List.of(), List.of(), List.of());
  }
}
