package dev.garlic.agent.route;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the {@link TaskKind} of a request. A command name decides when there is one ({@code garlic
 * fix ...}); otherwise the request's first word when it is a telling verb ({@code rename ...},
 * {@code explain ...}), else the first of an ordered list of keyword rules that matches. A security
 * word turns a review into an audit. Stateless and thread-safe.
 */
public final class TaskClassifier {

  /** A kind and what gave it away, for the route's reasons: {@code "starts with 'rename'"}. */
  public record Classification(TaskKind kind, String evidence) {}

  /** A keyword rule: the kind when {@code pattern} is found and {@code unless} (if any) is not. */
  private record Rule(TaskKind kind, Pattern pattern, @Nullable Pattern unless) {

    Rule(TaskKind kind, Pattern pattern) {
      this(kind, pattern, null);
    }

    Optional<String> match(String lower) {
      Matcher m = pattern.matcher(lower);
      if (!m.find() || (unless != null && unless.matcher(lower).find())) {
        return Optional.empty();
      }
      return Optional.of(m.group().strip());
    }
  }

  private static final Map<String, TaskKind> COMMANDS =
      Map.ofEntries(
          Map.entry("fix", TaskKind.FIX),
          Map.entry("test", TaskKind.TEST),
          Map.entry("refactor", TaskKind.REFACTOR),
          Map.entry("review", TaskKind.REVIEW),
          Map.entry("audit", TaskKind.AUDIT),
          Map.entry("debug", TaskKind.DEBUG),
          Map.entry("explain", TaskKind.EXPLAIN),
          Map.entry("implement", TaskKind.IMPLEMENT));

  /** Words that open a request without saying anything about it. */
  private static final Set<String> FILLER =
      Set.of(
          "please", "pls", "can", "could", "would", "will", "you", "kindly", "hey", "hi", "garlic",
          "i", "we", "want", "need", "to", "help", "me", "us", "let's", "lets", "let", "try", "go",
          "and", "now", "just", "quickly", "also", "ok", "okay", "so");

  private static final Map<String, TaskKind> LEADING_VERBS =
      Map.ofEntries(
          Map.entry("explain", TaskKind.EXPLAIN),
          Map.entry("describe", TaskKind.EXPLAIN),
          Map.entry("summarize", TaskKind.EXPLAIN),
          Map.entry("summarise", TaskKind.EXPLAIN),
          Map.entry("what", TaskKind.EXPLAIN),
          Map.entry("what's", TaskKind.EXPLAIN),
          Map.entry("how", TaskKind.EXPLAIN),
          Map.entry("where", TaskKind.EXPLAIN),
          Map.entry("which", TaskKind.EXPLAIN),
          Map.entry("who", TaskKind.EXPLAIN),
          Map.entry("show", TaskKind.EXPLAIN),
          Map.entry("fix", TaskKind.FIX),
          Map.entry("repair", TaskKind.FIX),
          Map.entry("resolve", TaskKind.FIX),
          Map.entry("debug", TaskKind.DEBUG),
          Map.entry("investigate", TaskKind.DEBUG),
          Map.entry("diagnose", TaskKind.DEBUG),
          Map.entry("troubleshoot", TaskKind.DEBUG),
          Map.entry("refactor", TaskKind.REFACTOR),
          Map.entry("rename", TaskKind.REFACTOR),
          Map.entry("extract", TaskKind.REFACTOR),
          Map.entry("inline", TaskKind.REFACTOR),
          Map.entry("move", TaskKind.REFACTOR),
          Map.entry("restructure", TaskKind.REFACTOR),
          Map.entry("reorganize", TaskKind.REFACTOR),
          Map.entry("reorganise", TaskKind.REFACTOR),
          Map.entry("simplify", TaskKind.REFACTOR),
          Map.entry("clean", TaskKind.REFACTOR),
          Map.entry("tidy", TaskKind.REFACTOR),
          Map.entry("migrate", TaskKind.REFACTOR),
          Map.entry("modernize", TaskKind.REFACTOR),
          Map.entry("modernise", TaskKind.REFACTOR),
          Map.entry("deduplicate", TaskKind.REFACTOR),
          Map.entry("review", TaskKind.REVIEW),
          Map.entry("critique", TaskKind.REVIEW),
          Map.entry("assess", TaskKind.REVIEW),
          Map.entry("audit", TaskKind.AUDIT),
          Map.entry("scan", TaskKind.AUDIT),
          Map.entry("test", TaskKind.TEST),
          Map.entry("implement", TaskKind.IMPLEMENT),
          Map.entry("add", TaskKind.IMPLEMENT),
          Map.entry("create", TaskKind.IMPLEMENT),
          Map.entry("build", TaskKind.IMPLEMENT),
          Map.entry("write", TaskKind.IMPLEMENT),
          Map.entry("make", TaskKind.IMPLEMENT),
          Map.entry("introduce", TaskKind.IMPLEMENT),
          Map.entry("support", TaskKind.IMPLEMENT),
          Map.entry("enable", TaskKind.IMPLEMENT),
          Map.entry("allow", TaskKind.IMPLEMENT),
          Map.entry("generate", TaskKind.IMPLEMENT));

  private static final Pattern SECURITY =
      words(
          "security|secure|insecure|vulnerab\\w*|injections?|xss|csrf|ssrf|xxe|owasp|cve[-\\d]*"
              + "|taint\\w*|secrets?|exploit\\w*|sanitiz\\w*|sanitis\\w*|deserialization"
              + "|path traversal|hard-?coded (password|credential|key)s?");

  private static final Pattern WRITES_TESTS =
      Pattern.compile(
          "\\b(write|add|create|generate|increase|improve|extend|more)\\b(\\W+[\\w'-]+){0,4}?\\W+"
              + "(unit |integration |regression |property |parameteri[sz]ed )?"
              + "(tests?|test cases?|coverage|specs?)\\b"
              + "|\\bcover\\b.*\\bwith (unit )?tests\\b|\\btest coverage\\b|^tests? for\\b");

  private static final Pattern FAILURE_WORDS =
      words("fail\\w*|crash\\w*|hang\\w*|throw\\w*|break\\w*|broken|slow\\w*|error\\w*|wrong");

  private static final Pattern MAKE_IT_WORK =
      words("pass|passes|green|work|works|compile|compiles|fail\\w*|broken");

  private static final List<Rule> RULES =
      List.of(
          new Rule(TaskKind.TEST, WRITES_TESTS),
          new Rule(
              TaskKind.REVIEW,
              words("review\\w*|critique|look over|feedback|assess\\w*|code quality|smells?")),
          new Rule(
              TaskKind.DEBUG,
              Pattern.compile(
                  "\\b(debug\\w*|investigat\\w*|diagnos\\w*|troubleshoot\\w*|root cause|flaky"
                      + "|intermittent\\w*|hangs|hanging|deadlock\\w*|memory leak\\w*"
                      + "|race conditions?|performance|too slow|slow(er|ly)?\\b)"
                      + "|\\bwhy (does|do|is|are|did|would)\\b.*"
                      + FAILURE_WORDS.pattern())),
          // A security word without a verb that changes code asks for an audit.
          new Rule(TaskKind.AUDIT, SECURITY, words("fix\\w*|repair\\w*|patch\\w*")),
          new Rule(
              TaskKind.FIX,
              words(
                  "fix\\w*|bugs?|buggy|broken|repair\\w*|resolve|regression|typos?|npe"
                      + "|\\w*exception|errors?|fails?|failing|failed|failures?|crash\\w*"
                      + "|doesn'?t work|does not work|not working|wrong|incorrect\\w*")),
          new Rule(
              TaskKind.REFACTOR,
              words(
                  "refactor\\w*|renam\\w*|extract\\w*|inline|restructur\\w*|reorgani[sz]\\w*"
                      + "|clean ?up|tidy|simplif\\w*|deduplicat\\w*|dedupe|migrat\\w*"
                      + "|moderni[sz]\\w*|move [\\w.#]+ (to|into)")),
          new Rule(
              TaskKind.EXPLAIN,
              Pattern.compile(
                  "\\b(explain\\w*|what (does|is|are|do)|how (does|do|is|are|can|to)"
                      + "|where (is|are|does|do)|describe|summari[sz]e|walk me through|overview"
                      + "|understand)\\b|\\?\\s*$")),
          new Rule(
              TaskKind.IMPLEMENT,
              words(
                  "add|implement\\w*|create|build|support|introduce|write|make|enable|allow"
                      + "|generate|new feature|feature")));

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_'-]+");

  private TaskClassifier() {}

  /**
   * The kind of a request.
   *
   * @param command the command that carries the request ({@code fix}, {@code explain}...), or null;
   *     a command that names no kind ({@code exec}) is ignored
   * @param text the request in words
   */
  public static Classification classify(@Nullable String command, String text) {
    String lower = text.strip().toLowerCase(Locale.ROOT);
    if (command != null) {
      TaskKind kind = COMMANDS.get(command.strip().toLowerCase(Locale.ROOT));
      if (kind != null) {
        return securityTurnsReviewIntoAudit(
            new Classification(kind, "command '" + command.strip() + "'"), lower);
      }
    }
    Optional<Classification> leading = leadingVerb(lower);
    if (leading.isPresent()) {
      return securityTurnsReviewIntoAudit(leading.get(), lower);
    }
    for (Rule rule : RULES) {
      Optional<String> word = rule.match(lower);
      if (word.isPresent()) {
        return securityTurnsReviewIntoAudit(
            new Classification(rule.kind(), "mentions '" + word.get() + "'"), lower);
      }
    }
    return new Classification(TaskKind.GENERAL, "no word that tells the kind");
  }

  private static Optional<Classification> leadingVerb(String lower) {
    Matcher words = WORD.matcher(lower);
    while (words.find()) {
      String word = words.group();
      if (FILLER.contains(word)) {
        continue;
      }
      if (word.equals("why")) {
        return Optional.of(
            FAILURE_WORDS.matcher(lower).find()
                ? new Classification(TaskKind.DEBUG, "asks why something fails")
                : new Classification(TaskKind.EXPLAIN, "starts with 'why'"));
      }
      TaskKind kind = LEADING_VERBS.get(word);
      if (kind == null) {
        return Optional.empty();
      }
      if (word.equals("test") && FAILURE_WORDS.matcher(lower).find()) {
        // "test fails in CartTest" reports a failure; the keyword rules read it.
        return Optional.empty();
      }
      if (word.equals("make") && MAKE_IT_WORK.matcher(lower).find()) {
        return Optional.of(new Classification(TaskKind.FIX, "asks to make something work"));
      }
      if (kind == TaskKind.IMPLEMENT || kind == TaskKind.TEST) {
        Matcher tests = WRITES_TESTS.matcher(lower.substring(words.start()));
        if (tests.find()) {
          return Optional.of(new Classification(TaskKind.TEST, "asks for '" + tests.group() + "'"));
        }
      }
      return Optional.of(new Classification(kind, "starts with '" + word + "'"));
    }
    return Optional.empty();
  }

  private static Classification securityTurnsReviewIntoAudit(Classification c, String lower) {
    if (c.kind() != TaskKind.REVIEW) {
      return c;
    }
    Matcher security = SECURITY.matcher(lower);
    return security.find()
        ? new Classification(
            TaskKind.AUDIT, c.evidence() + " about security ('" + security.group() + "')")
        : c;
  }

  private static Pattern words(String alternatives) {
    return Pattern.compile("\\b(" + alternatives + ")\\b");
  }
}
