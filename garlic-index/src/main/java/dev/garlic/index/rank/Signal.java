package dev.garlic.index.rank;

/**
 * The evidence a task gives about a file, and how much each kind counts. Each signal is first
 * normalised to [0, 1] over the files, dividing by its best file's raw score or by the score that
 * means "certain", whichever is larger (so weak evidence stays weak when it is all there is); then
 * the weighted signals are summed. The weights say how rarely each kind of evidence points at the
 * wrong file.
 */
enum Signal {
  /** The file appears in a stack frame of the task; top frames of the project count most. */
  FRAME(1.0, 1.0),
  /** The task names the file's path or file name. */
  PATH(0.8, 1.0),
  /** The task names definitions of the file; rare names count more (IDF). */
  SYMBOL(0.7, 1.0),
  /** BM25 relevance of the file's text to the task's salient words. */
  TEXT(0.4, 0),
  /** The file is near strong candidates in the reference graph (personalised PageRank). */
  GRAPH(0.15, 0),
  /** The file is the test of a file the task names, or the source of a test it names. */
  PAIR(0.5, 1.0),
  /** The file declares a supertype of a type the task names, where inherited code lives. */
  SUPERTYPE(0.4, 1.0),
  /** The file changed recently in git. */
  RECENT(0.05, 1.0);

  final double weight;

  /** The raw score that means certain; 0 for signals that are only relative. */
  final double certain;

  Signal(double weight, double certain) {
    this.weight = weight;
    this.certain = certain;
  }
}
