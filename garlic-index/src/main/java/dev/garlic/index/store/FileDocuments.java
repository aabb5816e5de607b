package dev.garlic.index.store;

import static dev.garlic.index.store.IndexFields.CONTENT;
import static dev.garlic.index.store.IndexFields.DEF;
import static dev.garlic.index.store.IndexFields.DEF_TEXT;
import static dev.garlic.index.store.IndexFields.FILE;
import static dev.garlic.index.store.IndexFields.HASH;
import static dev.garlic.index.store.IndexFields.KIND;
import static dev.garlic.index.store.IndexFields.LANG;
import static dev.garlic.index.store.IndexFields.LINES;
import static dev.garlic.index.store.IndexFields.MTIME;
import static dev.garlic.index.store.IndexFields.NAME;
import static dev.garlic.index.store.IndexFields.NAME_LC;
import static dev.garlic.index.store.IndexFields.NAME_TEXT;
import static dev.garlic.index.store.IndexFields.OUTLINE;
import static dev.garlic.index.store.IndexFields.PATH;
import static dev.garlic.index.store.IndexFields.QBASE;
import static dev.garlic.index.store.IndexFields.QNAME;
import static dev.garlic.index.store.IndexFields.REF;
import static dev.garlic.index.store.IndexFields.SIZE;
import static dev.garlic.index.store.IndexFields.TEXT;
import static dev.garlic.index.store.IndexFields.TYPE;
import static dev.garlic.index.store.IndexFields.TYPE_DEF;
import static dev.garlic.index.store.IndexFields.TYPE_FILE;
import static dev.garlic.index.store.IndexFields.baseName;

import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.protocol.code.SymbolRef;
import dev.garlic.workspace.SourceFile;
import dev.garlic.workspace.outline.Outline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/** Builds the Lucene documents of one parsed file: the file itself and one per definition. */
final class FileDocuments {

  private FileDocuments() {}

  static List<Document> of(SourceFile file, byte[] hash, String text, Outline outline) {
    List<Document> docs = new ArrayList<>(1 + outline.definitions().size());
    docs.add(fileDocument(file, hash, text, outline));
    for (SymbolDef def : outline.definitions()) {
      docs.add(definitionDocument(file, def));
    }
    return docs;
  }

  static long lineCount(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    long lines = text.chars().filter(c -> c == '\n').count();
    return text.charAt(text.length() - 1) == '\n' ? lines : lines + 1;
  }

  private static Document fileDocument(SourceFile file, byte[] hash, String text, Outline outline) {
    Document doc = common(file, TYPE_FILE);
    doc.add(new StringField(FILE, file.path(), Field.Store.NO));
    doc.add(new SortedDocValuesField(FILE, new BytesRef(file.path())));
    doc.add(new NumericDocValuesField(SIZE, file.size()));
    doc.add(new NumericDocValuesField(MTIME, file.lastModifiedMillis()));
    doc.add(new BinaryDocValuesField(HASH, new BytesRef(hash)));
    long lines = lineCount(text);
    doc.add(new NumericDocValuesField(LINES, lines));
    doc.add(new StoredField(LINES, lines));
    doc.add(new TextField(CONTENT, text, Field.Store.NO));
    // Doc values, not a stored field: search reads the text of every hit, and doc values need
    // no decompression.
    doc.add(new BinaryDocValuesField(TEXT, new BytesRef(text)));
    doc.add(new StoredField(OUTLINE, OutlineCodec.encode(outline)));
    TreeSet<String> names = new TreeSet<>();
    for (SymbolRef ref : outline.references()) {
      names.add(ref.name());
    }
    for (String name : names) {
      doc.add(new StringField(REF, name, Field.Store.NO));
    }
    return doc;
  }

  private static Document definitionDocument(SourceFile file, SymbolDef def) {
    Document doc = common(file, TYPE_DEF);
    doc.add(new StringField(NAME, def.name(), Field.Store.NO));
    doc.add(new StringField(NAME_LC, def.name().toLowerCase(Locale.ROOT), Field.Store.NO));
    doc.add(new TextField(NAME_TEXT, def.name(), Field.Store.NO));
    doc.add(new StringField(QNAME, def.qualifiedName(), Field.Store.NO));
    doc.add(new StringField(QBASE, baseName(def.qualifiedName()), Field.Store.NO));
    String described = def.doc() == null ? def.signature() : def.signature() + "\n" + def.doc();
    doc.add(new TextField(DEF_TEXT, def.qualifiedName() + "\n" + described, Field.Store.NO));
    doc.add(new StringField(KIND, def.kind().name(), Field.Store.NO));
    doc.add(new StoredField(DEF, OutlineCodec.encode(def)));
    return doc;
  }

  private static Document common(SourceFile file, String type) {
    Document doc = new Document();
    doc.add(new StringField(TYPE, type, Field.Store.NO));
    doc.add(new StringField(PATH, file.path(), Field.Store.YES));
    doc.add(new StringField(LANG, file.language().id(), Field.Store.YES));
    if (type.equals(TYPE_FILE)) {
      doc.add(new SortedDocValuesField(LANG, new BytesRef(file.language().id())));
    }
    return doc;
  }
}
