package dev.garlic.index.store;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;
import org.jspecify.annotations.Nullable;

/**
 * Replaces each token by its {@link Identifier} forms. Words take consecutive positions, so a
 * phrase {@code "index of"} matches {@code indexOf}; the whole token and each segment are stacked
 * on the position of their first word, so {@code indexof} and {@code stringutils.indexof} match
 * too.
 */
final class IdentifierFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  private final ArrayDeque<Emit> pending = new ArrayDeque<>();
  private AttributeSource.@Nullable State state;

  private record Emit(String text, int increment) {}

  IdentifierFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (pending.isEmpty()) {
      if (!input.incrementToken()) {
        return false;
      }
      Identifier id = Identifier.of(term.toString());
      if (id == null) {
        continue;
      }
      if (id.parts().size() == 1 && id.parts().get(0).equals(List.of(id.whole()))) {
        term.setEmpty().append(id.whole());
        return true;
      }
      pending.addAll(emits(id, increment.getPositionIncrement()));
      state = captureState();
    }
    restoreState(state);
    Emit next = pending.poll();
    term.setEmpty().append(next.text());
    increment.setPositionIncrement(next.increment());
    return true;
  }

  private static List<Emit> emits(Identifier id, int firstIncrement) {
    List<Emit> out = new ArrayList<>();
    Set<String> atPosition = new HashSet<>();
    add(out, atPosition, id.whole(), firstIncrement);
    for (int s = 0; s < id.segments().size(); s++) {
      List<String> words = id.parts().get(s);
      add(out, atPosition, words.get(0), s == 0 ? 0 : 1);
      add(out, atPosition, id.segments().get(s), 0);
      for (int w = 1; w < words.size(); w++) {
        add(out, atPosition, words.get(w), 1);
      }
    }
    return out;
  }

  private static void add(List<Emit> out, Set<String> atPosition, String text, int increment) {
    if (increment > 0) {
      atPosition.clear();
    }
    if (atPosition.add(text)) {
      out.add(new Emit(text, increment));
    }
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    state = null;
  }
}
