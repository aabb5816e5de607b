package dev.garlic.workspace.treesitter;

import dev.garlic.workspace.outline.Outline;
import dev.garlic.workspace.outline.OutlineExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.treesitter.TSLanguage;
import org.treesitter.TSParser;
import org.treesitter.TSQuery;
import org.treesitter.TSTree;

/**
 * The outline extractor of one tree-sitter grammar. The query is compiled once and shared (a
 * compiled query is immutable); parsers are not thread-safe, so each thread gets its own.
 */
final class TreeSitterExtractor implements OutlineExtractor {

  private final Grammar grammar;
  private final TSLanguage language;
  private final TSQuery query;
  private final String[] captureNames;
  private final ThreadLocal<TSParser> parsers;

  TreeSitterExtractor(Grammar grammar) {
    this.grammar = grammar;
    this.language = grammar.load();
    this.query = new TSQuery(language, readQuery(grammar.queryResource()));
    this.captureNames = new String[query.getCaptureCount()];
    for (int i = 0; i < captureNames.length; i++) {
      captureNames[i] = query.getCaptureNameForId(i);
    }
    this.parsers = ThreadLocal.withInitial(this::newParser);
  }

  private TSParser newParser() {
    TSParser parser = new TSParser();
    parser.setLanguage(language);
    return parser;
  }

  @Override
  public Outline outline(String path, String text) {
    SourceText source = new SourceText(text);
    try (TSTree tree = parsers.get().parseString(null, text)) {
      var root = tree.getRootNode();
      Captures captures = Captures.run(query, captureNames, root, text, source);
      List<String> problems = SyntaxProblems.of(root);
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
