package dev.garlic.index.search;

import dev.garlic.index.store.IndexFields;
import dev.garlic.index.store.OutlineCodec;
import dev.garlic.protocol.code.References;
import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.protocol.code.SymbolRef;
import dev.garlic.workspace.outline.Outline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * Finds the uses of a symbol. The symbol resolves to definitions by exact name (qualified when it
 * has {@code .} or {@code #}); files that use the simple name are found through the index's
 * referenced-names field, and each use in their outlines is classified: resolved when the front
 * end's target (or one of its candidates) is one of the definitions, possible when it resolved to
 * nothing and none of its candidates is defined elsewhere in the project. Overriding and
 * implementing declarations come as uses of kind {@code OVERRIDES}, {@code IMPLEMENTS}, {@code
 * EXTENDS}. Thread-safe.
 */
public final class ReferenceSearch {

  private static final Comparator<SymbolRef> BY_LOCATION =
      Comparator.comparing((SymbolRef r) -> r.location().path())
          .thenComparingInt(r -> r.location().line())
          .thenComparingInt(r -> r.location().column());

  private final IndexReader reader;
  private final Definitions definitions;

  public ReferenceSearch(IndexReader reader, Definitions definitions) {
    this.reader = reader;
    this.definitions = definitions;
  }

  public References find(String symbol, int limit) {
    String s = symbol.strip();
    boolean qualified = s.indexOf('.') > 0 || s.indexOf('#') > 0;
    List<SymbolDef> targets = qualified ? resolveQualified(s) : definitions.named(s);
    Set<String> targetNames = new HashSet<>();
    for (SymbolDef d : targets) {
      targetNames.add(d.qualifiedName());
      targetNames.add(IndexFields.baseName(d.qualifiedName()));
    }
    if (targets.isEmpty() && qualified) {
      targetNames.add(s);
    }
    int cut = Math.max(s.lastIndexOf('.'), s.lastIndexOf('#'));
    String simple = IndexFields.baseName(s.substring(cut + 1));
    List<SymbolRef> resolved = new ArrayList<>();
    List<SymbolRef> possible = new ArrayList<>();
    Map<String, Boolean> defined = new HashMap<>();
    for (Outline outline : outlinesUsing(simple)) {
      for (SymbolRef ref : outline.references()) {
        if (ref.name().equals(simple)) {
          classify(ref, targetNames, defined, resolved, possible);
        }
      }
    }
    resolved.sort(BY_LOCATION);
    possible.sort(BY_LOCATION);
    return new References(symbol, targets, cap(resolved, limit), cap(possible, limit));
  }

  private List<SymbolDef> resolveQualified(String s) {
    List<SymbolDef> exact = definitions.qualified(s);
    return exact.isEmpty() ? definitions.qualifiedSuffix(s) : exact;
  }

  /**
   * Adds {@code ref} to {@code resolved} or {@code possible}, or to neither when it refers to
   * something else; {@code defined} memoises which candidate names the project defines.
   */
  private void classify(
      SymbolRef ref,
      Set<String> targets,
      Map<String, Boolean> defined,
      List<SymbolRef> resolved,
      List<SymbolRef> possible) {
    if (ref.target() != null) {
      if (targets.contains(ref.target()) || targets.contains(IndexFields.baseName(ref.target()))) {
        resolved.add(ref);
      }
      return;
    }
    for (String candidate : ref.candidates()) {
      if (targets.contains(candidate) || targets.contains(IndexFields.baseName(candidate))) {
        resolved.add(ref);
        return;
      }
    }
    if (ref.candidates().stream()
        .noneMatch(c -> defined.computeIfAbsent(c, definitions::isDefined))) {
      possible.add(ref);
    }
  }

  /** Decodes the outlines of the files whose referenced names include {@code name}. */
  private List<Outline> outlinesUsing(String name) {
    List<Outline> outlines = new ArrayList<>();
    Set<String> fields = Set.of(IndexFields.OUTLINE);
    Term term = new Term(IndexFields.REF, name);
    try {
      StoredFields stored = reader.storedFields();
      for (LeafReaderContext leaf : reader.leaves()) {
        PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.NONE);
        if (postings == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          if (live == null || live.get(doc)) {
            var bytes = stored.document(leaf.docBase + doc, fields);
            outlines.add(OutlineCodec.outline(bytes.getBinaryValue(IndexFields.OUTLINE)));
          }
        }
      }
      return outlines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<SymbolRef> cap(List<SymbolRef> refs, int limit) {
    return refs.size() > limit ? refs.subList(0, limit) : refs;
  }
}
