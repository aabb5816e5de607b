package dev.garlic.agent.tools;

/**
 * A commit {@code git_commit} made.
 *
 * @param hash its abbreviated hash
 * @param message its message
 * @param stat git's one-line summary of the change, such as {@code 2 files changed, 5
 *     insertions(+)}
 */
public record GitCommit(String hash, String message, String stat) {

  String text() {
    return "committed " + hash + " " + message.lines().findFirst().orElse("") + "\n" + stat + "\n";
  }
}
