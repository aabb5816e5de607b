package dev.garlic.index.rank;

import dev.garlic.index.tokens.TokenCounter;
import dev.garlic.protocol.code.ContextPack;
import dev.garlic.protocol.code.RankedFile;
import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.protocol.code.SymbolKind;
import dev.garlic.spi.GarlicException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Packs the code that matters for a task into a token budget. Files come from {@link TaskLocator};
 * the best few go in whole when they are small and fit a share of the budget, else as regions (the
 * signatures of all their definitions plus the bodies that matter: those holding stack-frame lines,
 * then those the task names, then those sharing the most words with it); lower-ranked files go in
 * as signatures only while the budget lasts. Items are measured with the {@link TokenCounter}, and
 * together never exceed the budget.
 *
 * <p>Thread-safe; holds no state besides its collaborators.
 */
public final class ContextPacker {

  /** The smallest budget a context can be packed into. */
  public static final int MIN_BUDGET = 512;

  /** At most this many files are shown with bodies; the rest get signatures. */
  private static final int DETAILED_FILES = 5;

  /** Files scoring below this share of the best file's score get signatures only. */
  private static final double DETAIL_SCORE_SHARE = 0.3;

  /** Files scoring below this share of the best file's score are left out... */
  private static final double LISTED_SCORE_SHARE = 0.05;

  /** ...and those shown as signatures take at most this share of the budget each. */
  private static final double SIGNATURES_SHARE = 0.15;

  /** A whole file may take at most this share of the budget... */
  private static final double WHOLE_FILE_SHARE = 0.35;

  /** ...and have at most this many lines. */
  private static final int WHOLE_FILE_LINES = 300;

  /** A file shown in regions takes at most this share of the budget. */
  private static final double DETAILED_SHARE = 0.6;

  /** Bodies picked for sharing words with the task, per file... */
  private static final int WORD_BODIES = 2;

  /** ...when they share at least this many. */
  private static final int MIN_SHARED_WORDS = 3;

  /** Shorter words of the task are too common in code to pick bodies by. */
  private static final int MIN_WORD_LENGTH = 4;

  /** How many files are listed as ranked in the pack. */
  private static final int RANKED_LIMIT = 50;

  private final TokenCounter counter;
  private final TaskLocator locator;

  public ContextPacker(TokenCounter counter, TaskLocator locator) {
    this.counter = counter;
    this.locator = locator;
  }

  /**
   * The context for {@code task} within {@code budget} tokens.
   *
   * @throws GarlicException (usage) if {@code budget} is below {@value #MIN_BUDGET}
   */
  public ContextPack pack(Corpus corpus, String task, int budget) {
    if (budget < MIN_BUDGET) {
      throw GarlicException.usage(
          "--budget must be at least "
              + MIN_BUDGET
              + " tokens for a context, was "
              + budget
              + "; pass a larger --budget");
    }
    SymbolGraph graph = SymbolGraph.of(corpus);
    TaskLocator.Located located = locator.locate(graph, corpus, TaskText.parse(task));
    List<TaskLocator.Candidate> files = located.files();
    double best = files.isEmpty() ? 0 : files.get(0).score();
    int remaining = budget;
    List<ContextPack.Item> items = new ArrayList<>();
    for (int i = 0; i < files.size() && remaining > 0; i++) {
      TaskLocator.Candidate file = files.get(i);
      if (file.score() < LISTED_SCORE_SHARE * best) {
        break;
      }
      Optional<String> text = corpus.text(file.path());
      if (text.isEmpty()) {
        continue;
      }
      FileExcerpt excerpt =
          new FileExcerpt(file.path(), text.get(), graph.outlines.get(file.file()).definitions());
      boolean detailed = i < DETAILED_FILES && file.score() >= DETAIL_SCORE_SHARE * best;
      ContextPack.Item item =
          detailed
              ? detailedItem(file, excerpt, located.task(), budget, remaining)
              : fitted(
                  file,
                  ContextPack.Form.SIGNATURES,
                  excerpt,
                  List.of(),
                  (int) Math.min(remaining, budget * SIGNATURES_SHARE));
      if (item != null) {
        items.add(item);
        remaining -= item.tokens();
      }
    }
    List<RankedFile> ranked =
        files.stream()
            .limit(RANKED_LIMIT)
            .map(c -> new RankedFile(c.path(), c.score(), c.reasons()))
            .toList();
    return new ContextPack(budget, budget - remaining, ranked, items);
  }

  private ContextPack.@Nullable Item detailedItem(
      TaskLocator.Candidate file, FileExcerpt excerpt, TaskText task, int budget, int remaining) {
    if (excerpt.lineCount() <= WHOLE_FILE_LINES) {
      String whole = excerpt.whole();
      int tokens = counter.count(whole);
      if (tokens <= Math.min(remaining, budget * WHOLE_FILE_SHARE)) {
        return new ContextPack.Item(
            file.path(), ContextPack.Form.WHOLE_FILE, whole, tokens, file.score());
      }
    }
    int cap = (int) Math.min(remaining, budget * DETAILED_SHARE);
    List<SymbolDef> bodies = relevantBodies(file, excerpt, task);
    // Keep as many of the most important bodies as fit, then as many signatures around them.
    for (int keep = bodies.size(); keep >= 1; keep--) {
      List<SymbolDef> kept = bodies.subList(0, keep);
      ContextPack.Item regions = fitted(file, ContextPack.Form.REGIONS, excerpt, kept, cap);
      if (regions != null) {
        return regions;
      }
    }
    return fitted(file, ContextPack.Form.SIGNATURES, excerpt, List.of(), cap);
  }

  /**
   * The item showing {@code bodies} and as many signatures as fit in {@code cap} tokens (all of
   * them when they fit), or null when not even the bodies with one signature fit.
   */
  private ContextPack.@Nullable Item fitted(
      TaskLocator.Candidate file,
      ContextPack.Form form,
      FileExcerpt excerpt,
      List<SymbolDef> bodies,
      int cap) {
    List<SymbolDef> order = excerpt.signatureOrder(bodies);
    IntFunction<String> render = n -> excerpt.render(bodies, order.subList(0, n));
    IntPredicate fits = n -> counter.count(render.apply(n)) <= cap;
    int low = bodies.isEmpty() ? 1 : 0;
    if (low > order.size() || !fits.test(low)) {
      return null;
    }
    // Grow from a guess of ~12 tokens a signature, then bisect: the cost follows the cap, not the
    // size of the file. Invariant: low fits; high does not, or is all signatures.
    int high = Math.min(order.size(), Math.max(low + 1, cap / 12));
    while (high < order.size() && fits.test(high)) {
      low = high;
      high = Math.min(order.size(), high * 2);
    }
    if (fits.test(high)) {
      low = high;
    }
    while (high - low > 1) {
      int mid = (low + high) >>> 1;
      if (fits.test(mid)) {
        low = mid;
      } else {
        high = mid;
      }
    }
    String text = render.apply(low);
    return new ContextPack.Item(file.path(), form, text, counter.count(text), file.score());
  }

  /** Definitions whose bodies matter, most important first. */
  private static List<SymbolDef> relevantBodies(
      TaskLocator.Candidate file, FileExcerpt excerpt, TaskText task) {
    Set<SymbolDef> bodies = new LinkedHashSet<>();
    for (int line : file.lines()) {
      SymbolDef def = excerpt.enclosing(line);
      if (def != null && !def.kind().isType()) {
        bodies.add(def);
      }
    }
    for (SymbolDef def : excerpt.definitions()) {
      // Naming a class asks for the class, not for the body of its constructor.
      boolean callable = def.kind().isCallable() && def.kind() != SymbolKind.CONSTRUCTOR;
      if (callable && file.names().contains(def.name())) {
        bodies.add(def);
      }
    }
    Set<String> words = new HashSet<>();
    task.terms().keySet().stream()
        .filter(t -> t.length() >= MIN_WORD_LENGTH)
        .forEach(t -> words.add(Identifiers.stem(t)));
    record Shared(SymbolDef def, int words) {}
    excerpt.definitions().stream()
        .filter(def -> def.kind().isCallable() && !bodies.contains(def))
        .map(def -> new Shared(def, sharedWords(excerpt.body(def), words)))
        .filter(s -> s.words() >= MIN_SHARED_WORDS)
        .sorted(
            Comparator.comparingInt(Shared::words)
                .reversed()
                .thenComparingInt(s -> s.def().location().endLine() - s.def().location().line()))
        .limit(WORD_BODIES)
        .forEach(s -> bodies.add(s.def()));
    return List.copyOf(bodies);
  }

  /** How many of the task's stemmed words appear in {@code body}. */
  private static int sharedWords(String body, Set<String> words) {
    Set<String> inBody = new HashSet<>();
    for (String word : body.split("[^A-Za-z0-9_$]+")) {
      for (String term : Identifiers.terms(word)) {
        String stem = Identifiers.stem(term);
        if (words.contains(stem)) {
          inBody.add(stem);
        }
      }
    }
    return inBody.size();
  }
}
