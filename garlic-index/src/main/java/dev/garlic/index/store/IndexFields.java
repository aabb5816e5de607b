package dev.garlic.index.store;

/**
 * The names of the Lucene fields, shared by the writer and the queries. Each file is one document
 * of {@link #TYPE} {@link #TYPE_FILE}; each definition in it one document of {@link #TYPE_DEF};
 * both carry {@link #PATH}, so deleting a path's term removes a file and its definitions at once.
 */
public final class IndexFields {

  /** Commit user-data key holding {@link #FORMAT}. */
  public static final String FORMAT_KEY = "garlic.format";

  /** Bump whenever the document layout or the analyzer changes; older indexes are rebuilt. */
  public static final String FORMAT = "2";

  public static final String TYPE = "type";
  public static final String TYPE_FILE = "file";
  public static final String TYPE_DEF = "def";

  /** Path of the file, on files and definitions (keyword, stored). */
  public static final String PATH = "path";

  /** Path again, only on file documents (keyword, sorted doc values): identifies the file doc. */
  public static final String FILE = "file";

  /** Language id (keyword, stored; sorted doc values on file documents). */
  public static final String LANG = "lang";

  /** File stat and content, doc values only. */
  public static final String SIZE = "size";

  public static final String MTIME = "mtime";
  public static final String HASH = "hash";
  public static final String LINES = "lines";

  /** The file text, analysed for search. */
  public static final String CONTENT = "content";

  /** The file text as indexed, UTF-8 (binary doc values). */
  public static final String TEXT = "text";

  /** The outline in Smile (stored binary). */
  public static final String OUTLINE = "outline";

  /** Simple names the file refers to (multi-valued keyword). */
  public static final String REF = "ref";

  /** Definition: exact simple name, lower-case simple name, analysed simple name. */
  public static final String NAME = "name";

  public static final String NAME_LC = "name_lc";
  public static final String NAME_TEXT = "name_text";

  /** Definition: exact qualified name, and the same without a parameter list. */
  public static final String QNAME = "qname";

  public static final String QBASE = "qbase";

  /** Definition: qualified name, signature and doc, analysed. */
  public static final String DEF_TEXT = "def_text";

  /** Definition: {@code SymbolKind} name (keyword). */
  public static final String KIND = "kind";

  /** Definition: the whole {@code SymbolDef} in Smile (stored binary). */
  public static final String DEF = "def";

  private IndexFields() {}

  /**
   * A qualified name without its parameter list: {@code a.Foo#bar(int)} gives {@code a.Foo#bar}.
   */
  public static String baseName(String qualifiedName) {
    int paren = qualifiedName.indexOf('(');
    return paren < 0 ? qualifiedName : qualifiedName.substring(0, paren);
  }
}
