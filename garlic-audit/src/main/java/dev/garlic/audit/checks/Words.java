package dev.garlic.audit.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of an identifier: {@code rememberMeKey} and {@code REMEMBER_ME_KEY} are both {@code
 * [remember, me, key]}, so that {@code monkey} is not a key and {@code keyboard} not a board key.
 */
final class Words {

  private Words() {}

  static List<String> of(String identifier) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char[] chars = identifier.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (!Character.isLetterOrDigit(c)) {
        flush(word, words);
        continue;
      }
      boolean boundary =
          Character.isUpperCase(c)
              && word.length() > 0
              && (Character.isLowerCase(chars[i - 1])
                  || Character.isDigit(chars[i - 1])
                  || (i + 1 < chars.length && Character.isLowerCase(chars[i + 1])));
      if (boundary) {
        flush(word, words);
      }
      word.append(c);
    }
    flush(word, words);
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString().toLowerCase(Locale.ROOT));
      word.setLength(0);
    }
  }
}
