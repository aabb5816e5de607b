package dev.garlic.index;

import dev.garlic.index.search.Definitions;
import dev.garlic.index.search.ReferenceSearch;
import dev.garlic.index.search.SearchQuery;
import dev.garlic.index.search.SymbolSearch;
import dev.garlic.index.search.TextSearch;
import dev.garlic.index.store.IndexedFiles;
import dev.garlic.protocol.code.References;
import dev.garlic.protocol.code.SearchResult;
import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.protocol.code.SymbolKind;
import dev.garlic.workspace.outline.Outline;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.jspecify.annotations.Nullable;

/** An {@link IndexSnapshot} over one Lucene reader. */
final class LuceneSnapshot implements IndexSnapshot {

  private final IndexReader reader;
  private final IndexedFiles files;
  private final Definitions definitions;
  private final TextSearch textSearch;
  private final SymbolSearch symbolSearch;
  private final ReferenceSearch referenceSearch;

  LuceneSnapshot(IndexReader reader) {
    this.reader = reader;
    IndexSearcher searcher = new IndexSearcher(reader);
    this.files = new IndexedFiles(reader, searcher);
    this.definitions = new Definitions(searcher);
    this.textSearch = new TextSearch(searcher, files);
    this.symbolSearch = new SymbolSearch(definitions);
    this.referenceSearch = new ReferenceSearch(reader, definitions);
  }

  IndexReader reader() {
    return reader;
  }

  @Override
  public List<String> paths() {
    return files.paths();
  }

  @Override
  public Optional<Outline> outline(String path) {
    return files.outline(path);
  }

  @Override
  public Optional<String> text(String path) {
    return files.text(path);
  }

  @Override
  public String language(String path) {
    return files.language(path).orElse("");
  }

  @Override
  public long lines(String path) {
    return files.lines(path).orElse(0L);
  }

  @Override
  public List<SymbolDef> definitionsNamed(String simpleName) {
    return definitions.named(simpleName);
  }

  @Override
  public List<SymbolDef> definitionsQualified(String qualifiedName) {
    return definitions.qualified(qualifiedName);
  }

  @Override
  public SearchResult search(SearchQuery query) {
    return textSearch.search(query);
  }

  @Override
  public List<SymbolDef> symbols(String query, @Nullable SymbolKind kind, int limit) {
    return symbolSearch.find(query, kind, limit);
  }

  @Override
  public References references(String symbol, int limit) {
    return referenceSearch.find(symbol, limit);
  }
}
