package dev.garlic.workspace.treesitter;

import dev.garlic.spi.GarlicException;
import dev.garlic.workspace.outline.Outline;
import dev.garlic.workspace.outline.OutlineExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.treesitter.TSLanguage;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSQuery;
import org.treesitter.TSTree;

/**
 * The outline extractor of one tree-sitter grammar. The grammar is loaded and its query compiled on
 * first use (compiling takes up to a second, and most repositories use few languages); the compiled
 * query is immutable and shared, while parsers are not thread-safe, so each thread gets its own.
 */
final class TreeSitterExtractor implements OutlineExtractor {

  /** A loaded grammar with its compiled query. */
  private record Compiled(
      TSLanguage language, TSQuery query, String[] captureNames, int bodyField) {

    static Compiled of(Grammar grammar) {
      TSLanguage language;
      try {
        language = grammar.load();
      } catch (LinkageError e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        String id = grammar.language().id();
        throw GarlicException.environment(
            ("cannot load the tree-sitter grammar for %s on %s/%s (%s); outlines of %s files need"
                    + " Linux or macOS on x86_64 or aarch64, or Windows on x86_64")
                .formatted(
                    id,
                    System.getProperty("os.name"),
                    System.getProperty("os.arch"),
                    cause.getMessage(),
                    id));
      }
      TSQuery query = new TSQuery(language, readQuery(grammar.queryResource()));
      String[] captureNames = new String[query.getCaptureCount()];
      for (int i = 0; i < captureNames.length; i++) {
        captureNames[i] = query.getCaptureNameForId(i);
      }
      return new Compiled(language, query, captureNames, language.fieldIdForName("body"));
    }
  }

  private final Grammar grammar;
  private final ThreadLocal<TSParser> parsers;
  private volatile @Nullable Compiled compiled;

  TreeSitterExtractor(Grammar grammar) {
    this.grammar = grammar;
    this.parsers = ThreadLocal.withInitial(this::newParser);
  }

  private TSParser newParser() {
    TSParser parser = new TSParser();
    parser.setLanguage(compiled().language());
    return parser;
  }

  private Compiled compiled() {
    Compiled loaded = compiled;
    if (loaded == null) {
      synchronized (this) {
        loaded = compiled;
        if (loaded == null) {
          loaded = Compiled.of(grammar);
          compiled = loaded;
        }
      }
    }
    return loaded;
  }

  @Override
  public Outline outline(String path, String text) {
    Compiled use = compiled();
    SourceText source = new SourceText(text);
    try (TSTree tree = parsers.get().parseString(null, text)) {
      TSNode root = tree.getRootNode();
      Captures captures =
          Captures.run(use.query(), use.captureNames(), use.bodyField(), root, text, source);
      List<String> problems = SyntaxProblems.of(root, source);
      return new OutlineAssembler(grammar, path, source).assemble(captures, problems);
    }
  }

  private static String readQuery(String resource) {
    try (InputStream in = TreeSitterExtractor.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing query resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
