package dev.garlic.index.search;

import dev.garlic.index.store.Identifier;
import dev.garlic.index.store.IndexFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A search text split into identifiers and quoted phrases, and the Lucene query built from it. Each
 * identifier matches as a whole (strongest), as its words joined ({@code index_of} finds {@code
 * indexOf}), as a phrase of its words, or, when dotted, by its segments. Definition names weigh far
 * more than text, so a definition outranks mere mentions.
 */
final class ParsedQuery {

  /** Weights of the searchable fields. */
  private static final float NAME_BOOST = 8f;

  private static final float DEF_TEXT_BOOST = 2f;
  private static final float WHOLE_BOOST = 4f;
  private static final float JOINED_BOOST = 3f;

  private final List<Identifier> identifiers;
  private final List<List<String>> phrases;

  private ParsedQuery(List<Identifier> identifiers, List<List<String>> phrases) {
    this.identifiers = identifiers;
    this.phrases = phrases;
  }

  static ParsedQuery parse(String text) {
    List<Identifier> identifiers = new ArrayList<>();
    List<List<String>> phrases = new ArrayList<>();
    String[] pieces = text.split("\"", -1);
    for (int i = 0; i < pieces.length; i++) {
      List<Identifier> ids = identifiers(pieces[i]);
      // Odd pieces sit between quotes; an unclosed quote leaves plain words.
      boolean quoted = i % 2 == 1 && i < pieces.length - 1;
      if (quoted && !ids.isEmpty()) {
        phrases.add(ids.stream().flatMap(id -> id.words().stream()).toList());
      } else {
        identifiers.addAll(ids);
      }
    }
    return new ParsedQuery(identifiers, phrases);
  }

  boolean isEmpty() {
    return identifiers.isEmpty() && phrases.isEmpty();
  }

  /** Every clause must match ({@code all}) or at least one ({@code !all}). */
  Query query(boolean all) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    Occur occur = all ? Occur.MUST : Occur.SHOULD;
    for (Identifier id : identifiers) {
      b.add(acrossFields(id), occur);
    }
    for (List<String> phrase : phrases) {
      b.add(phraseAcrossFields(phrase), occur);
    }
    if (identifiers.size() > 1) {
      // Several words that spell one identifier ("index of") rank it above scattered mentions.
      List<String> words = identifiers.stream().flatMap(id -> id.words().stream()).toList();
      b.add(new BoostQuery(phraseAcrossFields(words), 2f), Occur.SHOULD);
      b.add(new BoostQuery(termAcrossFields(String.join("", words)), WHOLE_BOOST), Occur.SHOULD);
    }
    return b.build();
  }

  /**
   * Lower-case strings to look for when picking the lines to show, with their weights: whole
   * identifiers and phrases weigh more than single words.
   */
  Map<String, Integer> snippetTerms() {
    Map<String, Integer> terms = new LinkedHashMap<>();
    for (Identifier id : identifiers) {
      terms.put(id.whole(), 3);
      terms.put(id.joined(), 3);
    }
    phrases.forEach(p -> terms.put(String.join(" ", p), 3));
    identifiers.forEach(id -> id.words().forEach(w -> terms.putIfAbsent(w, 1)));
    phrases.forEach(p -> p.forEach(w -> terms.putIfAbsent(w, 1)));
    return terms;
  }

  private static Query acrossFields(Identifier id) {
    return fields(
        identifier(IndexFields.CONTENT, id),
        identifier(IndexFields.NAME_TEXT, id),
        identifier(IndexFields.DEF_TEXT, id));
  }

  private static Query phraseAcrossFields(List<String> words) {
    return fields(
        phrase(IndexFields.CONTENT, words),
        phrase(IndexFields.NAME_TEXT, words),
        phrase(IndexFields.DEF_TEXT, words));
  }

  private static Query termAcrossFields(String term) {
    return fields(
        term(IndexFields.CONTENT, term),
        term(IndexFields.NAME_TEXT, term),
        term(IndexFields.DEF_TEXT, term));
  }

  private static Query fields(Query content, Query name, Query defText) {
    return new BooleanQuery.Builder()
        .add(content, Occur.SHOULD)
        .add(new BoostQuery(name, NAME_BOOST), Occur.SHOULD)
        .add(new BoostQuery(defText, DEF_TEXT_BOOST), Occur.SHOULD)
        .build();
  }

  private static Query identifier(String field, Identifier id) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new BoostQuery(term(field, id.whole()), WHOLE_BOOST), Occur.SHOULD);
    List<String> words = id.words();
    if (id.segments().size() == 1 && !id.joined().equals(id.whole())) {
      b.add(new BoostQuery(term(field, id.joined()), JOINED_BOOST), Occur.SHOULD);
    }
    if (words.size() > 1) {
      b.add(phrase(field, words), Occur.SHOULD);
    }
    if (id.segments().size() > 1) {
      BooleanQuery.Builder segments = new BooleanQuery.Builder();
      for (int s = 0; s < id.segments().size(); s++) {
        List<String> segmentWords = id.parts().get(s);
        segments.add(
            new BooleanQuery.Builder()
                .add(term(field, id.segments().get(s)), Occur.SHOULD)
                .add(phrase(field, segmentWords), Occur.SHOULD)
                .build(),
            Occur.MUST);
      }
      b.add(segments.build(), Occur.SHOULD);
    }
    return b.build();
  }

  private static Query term(String field, String text) {
    return new TermQuery(new Term(field, text));
  }

  private static Query phrase(String field, List<String> words) {
    return words.size() == 1
        ? term(field, words.get(0))
        : new PhraseQuery(field, words.toArray(String[]::new));
  }

  private static List<Identifier> identifiers(String text) {
    List<Identifier> ids = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean tokenChar = i < text.length() && Identifier.isTokenChar(text.charAt(i));
      if (tokenChar && start < 0) {
        start = i;
      } else if (!tokenChar && start >= 0) {
        Identifier id = Identifier.of(text.substring(start, i));
        if (id != null) {
          ids.add(id);
        }
        start = -1;
      }
    }
    return ids;
  }
}
