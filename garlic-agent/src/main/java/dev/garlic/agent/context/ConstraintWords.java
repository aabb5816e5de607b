package dev.garlic.agent.context;

import java.util.List;
import java.util.Set;

/** The words {@link ConstraintExtractor} recognises, lower case, by the part they play. */
final class ConstraintWords {

  /** Negations that take a verb: "don't use X" forbids X, "don't commit" forbids nothing. */
  static final Set<String> VERB_TRIGGERS =
      Set.of("don't", "dont", "cannot", "can't", "mustn't", "shouldn't", "stop", "refrain");

  /** Negations that may take a noun directly: "no pandas", "avoid Guava". */
  static final Set<String> NOUN_TRIGGERS =
      Set.of("never", "no", "avoid", "without", "forbid", "ban");

  /** Subjects that make a negation a description ("it doesn't", "I don't know"). */
  static final Set<String> DESCRIPTIVE_SUBJECTS =
      Set.of("it", "this", "that", "which", "there", "he", "she", "they", "i", "what", "who");

  /** Words after a descriptive subject that make the sentence a rule after all ("it must not"). */
  static final Set<String> MODALS =
      Set.of(
          "must",
          "should",
          "shall",
          "may",
          "can",
          "cannot",
          "can't",
          "mustn't",
          "shouldn't",
          "needs",
          "has",
          "will",
          "won't");

  /** Words after "no" that make an idiom, not a rule ("no idea"). */
  static final Set<String> NOT_NOUNS =
      Set.of("idea", "matter", "problem", "worries", "luck", "longer", "doubt", "one", "way");

  /** Words skipped between a negation and what it negates ("don't ever want to use"). */
  static final Set<String> LEAD_IN =
      Set.of(
          "ever", "even", "want", "wish", "like", "to", "please", "be", "allowed", "going", "try",
          "you", "we", "i", "really", "at", "all", "further", "more", "longer");

  /** Verbs of depending on a module. */
  static final Set<String> DEPEND_VERBS =
      Set.of(
          "use",
          "using",
          "used",
          "import",
          "importing",
          "add",
          "adding",
          "depend",
          "depending",
          "require",
          "requiring",
          "install",
          "installing",
          "pull",
          "pulling",
          "bring",
          "bringing",
          "include",
          "including",
          "introduce",
          "introducing",
          "call",
          "calling");

  /** Articles, prepositions and kinds of module around a name ("the requests library"). */
  static final Set<String> NOUN_FILLER =
      Set.of(
          "the",
          "a",
          "an",
          "any",
          "new",
          "on",
          "in",
          "of",
          "from",
          "library",
          "libraries",
          "lib",
          "libs",
          "module",
          "modules",
          "package",
          "packages",
          "dependency",
          "dependencies",
          "dep",
          "deps",
          "framework",
          "frameworks",
          "crate",
          "crates",
          "third-party",
          "external",
          "other",
          "like",
          "such",
          "as",
          "either",
          "python",
          "java",
          "npm",
          "pip",
          "maven",
          "gradle");

  /** Words that end the list of names after a negation. */
  static final Set<String> STOP_WORDS =
      Set.of(
          "but",
          "instead",
          "because",
          "since",
          "unless",
          "so",
          "when",
          "if",
          "except",
          "for",
          "to",
          "here",
          "there",
          "anymore",
          "again",
          "please",
          "at",
          "anywhere",
          "which",
          "that",
          "in",
          "with",
          "as",
          "even",
          "ever",
          "it",
          "they");

  /** Parts of words that show a sentence is about dependencies ("dependency-free"). */
  static final List<String> CONTEXT_STEMS =
      List.of(
          "depend", "librar", "module", "package", "import", "framework", "stdlib", "third-party");

  /** Words after a plain word that show it was a verb ("never write to stdout"). */
  static final Set<String> VERB_FOLLOWERS =
      Set.of("to", "from", "into", "onto", "with", "at", "on");

  /** Words that show a sentence is about dependencies. */
  static final Set<String> CONTEXT_WORDS =
      Set.of(
          "use",
          "using",
          "used",
          "import",
          "imports",
          "importing",
          "depend",
          "depends",
          "dependency",
          "dependencies",
          "library",
          "libraries",
          "lib",
          "libs",
          "module",
          "modules",
          "package",
          "packages",
          "framework",
          "frameworks",
          "crate",
          "crates",
          "install",
          "add");

  /** Words that are never module names, however they are marked. */
  static final Set<String> NOT_NAMES =
      Set.of(
          "it",
          "this",
          "that",
          "them",
          "these",
          "those",
          "code",
          "tests",
          "test",
          "comments",
          "comment",
          "files",
          "file",
          "anything",
          "something",
          "everything",
          "nothing",
          "me",
          "us",
          "you",
          "one",
          "things",
          "stuff",
          "changes",
          "more",
          "other",
          "others",
          "main",
          "master",
          "here",
          "there",
          "now",
          "yet",
          "again",
          "all",
          "any",
          "some",
          "way",
          "ones",
          "mine",
          "yours",
          "ours",
          "theirs",
          "too",
          "much",
          "many",
          "such",
          "todo",
          "todos",
          "fixme");

  /** Verbs of wanting: "I don't want pandas" is a rule. */
  static final Set<String> WISHES = Set.of("want", "like", "allow", "permit", "need");

  private ConstraintWords() {}
}
