package dev.garlic.index.rank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a task text (an issue, a stack trace, a request) says about code: stack frames, file paths,
 * names that look like code with how sure we are they are code, {@code Type.member} pairs, and the
 * salient words for text relevance.
 *
 * @param frames stack frames, in the order read
 * @param paths file paths and file names mentioned ({@code src/Foo.java}, {@code Foo.java})
 * @param names names that may be identifiers, with a confidence in (0, 1]: 1 for names in backticks
 *     or shaped like code ({@code isBlank}, {@code parse_args}, {@code join()}), less for
 *     capitalised and plain words
 * @param members {@code Type.member} and {@code Type#member} mentions as {@code [Type, member]}
 * @param terms lower-case words and identifier parts for text relevance, with their counts
 */
record TaskText(
    List<StackFrame> frames,
    Set<String> paths,
    Map<String, Double> names,
    List<List<String>> members,
    Map<String, Integer> terms) {

  static final double CODE = 1.0;
  static final double CAPITALISED = 0.5;
  static final double WORD = 0.3;

  private static final Pattern BACKTICKED = Pattern.compile("`([^`\\n]{1,200})`");
  private static final Pattern PATH =
      Pattern.compile(
          "(?<![\\w$])((?:[\\w.-]+/)*[\\w$-]+\\.(?:java|kt|kts|scala|groovy|py|js|ts|tsx|jsx|go|rb|rs|cs|c|cc|cpp|h|hpp|php|xml|properties|ya?ml|json|md|gradle|toml))\\b");
  private static final Pattern MEMBER =
      Pattern.compile("\\b([A-Z][\\w$]*)(?:\\.|#|::)([a-zA-Z_$][\\w$]*)");
  private static final Pattern CALL = Pattern.compile("\\b([a-zA-Z_$][\\w$]*)\\(");
  private static final Pattern WORD_PATTERN = Pattern.compile("[A-Za-z_$][\\w$]*");

  static TaskText parse(String task) {
    Map<String, Double> names = new LinkedHashMap<>();
    for (Matcher m = BACKTICKED.matcher(task); m.find(); ) {
      for (Matcher w = WORD_PATTERN.matcher(m.group(1)); w.find(); ) {
        note(names, w.group(), CODE);
      }
    }
    for (Matcher m = CALL.matcher(task); m.find(); ) {
      note(names, m.group(1), CODE);
    }
    List<List<String>> members = new ArrayList<>();
    for (Matcher m = MEMBER.matcher(task); m.find(); ) {
      members.add(List.of(m.group(1), m.group(2)));
      note(names, m.group(1), CODE);
      note(names, m.group(2), CODE);
    }
    Set<String> paths = new LinkedHashSet<>();
    // File names inside stack frames are the frames' business, not mentions of their own.
    for (Matcher m = PATH.matcher(StackFrame.withoutFrames(task)); m.find(); ) {
      paths.add(m.group(1));
    }
    Map<String, Integer> terms = new HashMap<>();
    for (Matcher m = WORD_PATTERN.matcher(task); m.find(); ) {
      String word = m.group();
      note(names, word, confidence(word, startsSentence(task, m.start())));
      for (String term : Identifiers.terms(word)) {
        if (!Identifiers.isStopWord(term)) {
          terms.merge(term, 1, Integer::sum);
        }
      }
    }
    names
        .keySet()
        .removeIf(n -> n.length() < 3 || Identifiers.isStopWord(n.toLowerCase(Locale.ROOT)));
    return new TaskText(StackFrame.parse(task), paths, names, members, terms);
  }

  private static double confidence(String word, boolean sentenceStart) {
    if (Identifiers.looksLikeCode(word)) {
      return CODE;
    }
    if (Character.isUpperCase(word.charAt(0)) && !sentenceStart) {
      return CAPITALISED;
    }
    return WORD;
  }

  /** True if only spaces separate {@code at} from a line start or a sentence's end. */
  private static boolean startsSentence(String task, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = task.charAt(i);
      if (c == ' ' || c == '\t') {
        continue;
      }
      return c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == '-' || c == '*';
    }
    return true;
  }

  private static void note(Map<String, Double> names, String name, double confidence) {
    names.merge(name, confidence, Math::max);
  }
}
