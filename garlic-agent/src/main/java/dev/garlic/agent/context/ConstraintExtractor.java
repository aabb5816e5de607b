package dev.garlic.agent.context;

import static dev.garlic.agent.context.ConstraintWords.CONTEXT_STEMS;
import static dev.garlic.agent.context.ConstraintWords.CONTEXT_WORDS;
import static dev.garlic.agent.context.ConstraintWords.DEPEND_VERBS;
import static dev.garlic.agent.context.ConstraintWords.DESCRIPTIVE_SUBJECTS;
import static dev.garlic.agent.context.ConstraintWords.LEAD_IN;
import static dev.garlic.agent.context.ConstraintWords.MODALS;
import static dev.garlic.agent.context.ConstraintWords.NOT_NAMES;
import static dev.garlic.agent.context.ConstraintWords.NOT_NOUNS;
import static dev.garlic.agent.context.ConstraintWords.NOUN_FILLER;
import static dev.garlic.agent.context.ConstraintWords.NOUN_TRIGGERS;
import static dev.garlic.agent.context.ConstraintWords.STOP_WORDS;
import static dev.garlic.agent.context.ConstraintWords.VERB_FOLLOWERS;
import static dev.garlic.agent.context.ConstraintWords.VERB_TRIGGERS;
import static dev.garlic.agent.context.ConstraintWords.WISHES;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the constraints a user states in a message ("use the csv module, never pandas", "don't add
 * dependencies", "only use the standard library") and derives the {@link ForbiddenModule} checks
 * the sentence makes mechanical.
 *
 * <p>A sentence is a constraint when it says never, don't, do not, must not, should not, cannot,
 * avoid, without, no X, "X, not Y", instead of, rather than, stop using, only use, always, must
 * use, stick to, make sure, ensure or prefer, unless it is a question or describes something ("it
 * doesn't work without the cache", "there are no tests", "I don't know"). The sentence is kept
 * verbatim. A module becomes a check when it follows a negation as a single name: after a verb of
 * depending ("don't use lodash", "must not depend on jackson", "never import java.util.logging", "I
 * don't want pandas") or, after never / no / not / avoid / without / instead of / rather than, when
 * something marks it as a library name: the sentence speaks of using, importing, modules, packages,
 * libraries or dependencies (in any word form: "dependency-free"), or the name has a capital
 * letter, quotes, a dot, dash, slash, colon, underscore or digit, or the sentence is as short as
 * "No pandas." A plain word followed by "to" or "with" is read as a verb ("never write to stdout").
 * Lists count ("never use pandas, numpy or scipy"). Stateless and thread-safe.
 */
public final class ConstraintExtractor {

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\R+");
  private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*•]|\\d+[.)])\\s+");
  private static final Pattern POSITIVE =
      Pattern.compile(
          "(?i)\\b(?:only use|use only|only ever use|always use|must use|must be|stick to|stick"
              + " with|make sure|ensure|prefer)\\b|^(?:please\\s+)?always\\b");
  private static final Pattern NAME = Pattern.compile("[@A-Za-z_][\\w.@/:+-]*");

  private ConstraintExtractor() {}

  /** The constraints stated in {@code userText}, in order, each sentence verbatim. */
  public static List<Constraint> extract(String userText) {
    List<Constraint> found = new ArrayList<>();
    for (String raw : SENTENCE_END.split(userText)) {
      String sentence = LIST_MARKER.matcher(raw).replaceFirst("").strip();
      if (sentence.isEmpty() || sentence.endsWith("?")) {
        continue;
      }
      List<String> tokens = tokens(sentence);
      if (describes(tokens)) {
        continue;
      }
      List<Integer> negations = negations(tokens);
      if (negations.isEmpty() && !POSITIVE.matcher(sentence).find()) {
        continue;
      }
      Set<String> names = new LinkedHashSet<>();
      for (int at : negations) {
        names.addAll(forbiddenAfter(tokens, at));
      }
      found.add(new Constraint(sentence, names.stream().<Check>map(ForbiddenModule::new).toList()));
    }
    return found;
  }

  /** The sentence split into words, with commas, semicolons and colons as tokens of their own. */
  private static List<String> tokens(String sentence) {
    String spaced =
        sentence
            .replace('’', '\'')
            .replaceAll("([,;:!?])(\\s|$)", " $1 ")
            .replaceAll("([(\\[])", " ")
            .replaceAll("([)\\]])", " ");
    List<String> tokens = new ArrayList<>();
    for (String t : spaced.strip().split("\\s+")) {
      String word = t.replaceAll("\\.+$", "");
      if (!word.isEmpty()) {
        tokens.add(word);
      }
    }
    return tokens;
  }

  /**
   * Indexes of the first token after each negation ("do not" and friends count once); negative
   * indexes mark noun triggers, encoded as {@code -(index + 1)}.
   */
  private static List<Integer> negations(List<String> tokens) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String word = lower(tokens.get(i));
      String next = i + 1 < tokens.size() ? lower(tokens.get(i + 1)) : "";
      String previous = i > 0 ? lower(tokens.get(i - 1)) : "";
      boolean wish = WISHES.contains(next) || WISHES.contains(lower(at(tokens, i + 2)));
      if (DESCRIPTIVE_SUBJECTS.contains(previous) && !(previous.equals("i") && wish)) {
        continue;
      }
      if (List.of("do", "does", "must", "should", "shall", "may", "can").contains(word)
          && next.equals("not")) {
        starts.add(i + 2);
        i++;
      } else if (VERB_TRIGGERS.contains(word)) {
        starts.add(i + 1);
      } else if ((word.equals("instead") && next.equals("of"))
          || (word.equals("rather") && next.equals("than"))) {
        starts.add(-(i + 3));
        i++;
      } else if (word.equals("not")
          && (previous.isEmpty()
              || previous.equals(",")
              || previous.equals(";")
              || previous.equals("but")
              || previous.equals("and"))) {
        starts.add(-(i + 2));
      } else if (NOUN_TRIGGERS.contains(word) && !(word.equals("no") && noIdiom(next))) {
        starts.add(-(i + 2));
      }
    }
    return starts;
  }

  /** Whether the sentence describes something ("it runs without errors") rather than asks. */
  private static boolean describes(List<String> tokens) {
    return tokens.size() > 1
        && DESCRIPTIVE_SUBJECTS.contains(lower(tokens.get(0)))
        && !lower(tokens.get(0)).equals("i")
        && !MODALS.contains(lower(tokens.get(1)));
  }

  private static boolean noIdiom(String next) {
    return next.isEmpty() || next.equals(",") || NOT_NOUNS.contains(next);
  }

  /** The module names a negation whose object starts at {@code encoded} forbids. */
  private static List<String> forbiddenAfter(List<String> tokens, int encoded) {
    boolean nounTrigger = encoded < 0;
    int i = nounTrigger ? -encoded - 1 : encoded;
    boolean wished = false;
    while (i < tokens.size() && LEAD_IN.contains(lower(tokens.get(i)))) {
      wished |= WISHES.contains(lower(tokens.get(i)));
      i++;
    }
    boolean verb = i < tokens.size() && DEPEND_VERBS.contains(lower(tokens.get(i)));
    if (!verb && !nounTrigger && !wished) {
      return List.of();
    }
    while (i < tokens.size()
        && (DEPEND_VERBS.contains(lower(tokens.get(i)))
            || NOUN_FILLER.contains(lower(tokens.get(i))))) {
      i++;
    }
    boolean signalled = verb || wished || hasContext(tokens) || tokens.size() <= 3;
    List<String> names = new ArrayList<>();
    List<String> item = new ArrayList<>();
    for (; i <= tokens.size(); i++) {
      String token = i < tokens.size() ? tokens.get(i) : ";";
      String word = lower(token);
      boolean separator =
          word.equals(",")
              || word.equals("or")
              || word.equals("and")
              || word.equals("nor")
              || word.equals("&");
      boolean end =
          word.equals(";")
              || word.equals(":")
              || word.equals("!")
              || word.equals("?")
              || STOP_WORDS.contains(word);
      if (!separator && !end) {
        if (!names.isEmpty() && item.isEmpty() && DEPEND_VERBS.contains(word)) {
          break;
        }
        if (!NOUN_FILLER.contains(word)) {
          item.add(token);
        }
        continue;
      }
      if (item.size() != 1) {
        break;
      }
      String name = name(item.get(0), signalled);
      if (name == null || (!verb && VERB_FOLLOWERS.contains(word) && !marked(item.get(0)))) {
        // "never write to stdout": after a bare negation, a word followed by "to" is a verb.
        break;
      }
      names.add(name);
      item.clear();
      if (end) {
        break;
      }
    }
    return names;
  }

  /** The module name {@code token} spells, or null when it is no plausible one. */
  private static @Nullable String name(String token, boolean signalled) {
    String bare = token.replaceAll("^[`'\"]+|[`'\".]+$", "").replaceAll("'s$", "");
    if (bare.length() < 2 || !NAME.matcher(bare).matches() || NOT_NAMES.contains(lower(bare))) {
      return null;
    }
    return signalled || marked(token) ? bare : null;
  }

  /** Whether {@code token} looks like a name: quoted, capitalised or with module punctuation. */
  private static boolean marked(String token) {
    boolean quoted = token.matches("^[`'\"].*[`'\"]$") && token.length() > 2;
    String bare = token.replaceAll("^[`'\"]+|[`'\".]+$", "");
    return quoted
        || bare.chars().anyMatch(c -> ".-/:@_".indexOf(c) >= 0 || Character.isDigit(c))
        || bare.chars().anyMatch(Character::isUpperCase);
  }

  /** Whether the sentence speaks of using, importing or depending, in any word form. */
  private static boolean hasContext(List<String> tokens) {
    return tokens.stream()
        .map(ConstraintExtractor::lower)
        .anyMatch(t -> CONTEXT_WORDS.contains(t) || CONTEXT_STEMS.stream().anyMatch(t::contains));
  }

  private static String at(List<String> tokens, int i) {
    return i < tokens.size() ? tokens.get(i) : "";
  }

  private static String lower(String token) {
    return token.toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
