package dev.garlic.workspace.git;

import dev.garlic.spi.GarlicException;
import java.nio.file.Path;

/**
 * The state of one git work tree at a moment, kept as git objects and no commit: its {@code HEAD},
 * a tree of every file that is not ignored (tracked or not, staged or not) and a tree of its index.
 * {@link #restore()} puts the work tree back exactly: the branch moves back to {@code head}
 * (commits made since are dropped from it), edited and deleted files return, files created since
 * are removed, and the index is as it was. Ignored files (build output) are left alone.
 *
 * <p>Taking a snapshot briefly uses the work tree's own index (to hash every file) and puts it back
 * before returning; it must not run while another process changes the same work tree. The objects
 * it writes are unreachable, so {@code git gc} eventually removes them.
 *
 * @param dir the work tree's top directory
 * @param head the commit {@code HEAD} pointed at
 * @param tree the tree of every file that is not ignored
 * @param index the tree of the index
 */
public record WorktreeSnapshot(Path dir, String head, String tree, String index) {

  /**
   * Records the state of the work tree at {@code dir}.
   *
   * @throws GarlicException (input) when {@code dir} has no commit yet or its index has unresolved
   *     merge conflicts
   */
  public static WorktreeSnapshot take(Path dir) {
    GitCommand git = new GitCommand(dir);
    GitCommand.Result head = git.run("rev-parse", "--verify", "-q", "HEAD^{commit}");
    if (!head.ok()) {
      throw GarlicException.input(dir + " has no commit yet; commit once before taking a snapshot");
    }
    GitCommand.Result index = git.run("write-tree");
    if (!index.ok()) {
      throw GarlicException.input(
          dir + " has unresolved merge conflicts (" + index.firstErrorLine() + "); resolve them");
    }
    String indexTree = index.out().strip();
    String tree;
    try {
      git.output("add", "-A", "--", ".");
      tree = git.output("write-tree").strip();
    } finally {
      git.output("read-tree", indexTree);
    }
    return new WorktreeSnapshot(dir, head.out().strip(), tree, indexTree);
  }

  /** Puts the work tree, its branch and its index back to this snapshot. */
  public void restore() {
    GitCommand git = new GitCommand(dir);
    // Move the branch first: commits since the snapshot are dropped, the files stay for now.
    git.output("reset", "-q", "--soft", head);
    // The snapshot's files, staged and written over whatever is there.
    git.output("read-tree", tree);
    git.output("checkout-index", "-a", "-f");
    // With the index holding exactly the snapshot's files, everything else not ignored is new.
    git.output("clean", "-f", "-d", "-q");
    git.output("read-tree", index);
    // read-tree leaves the cached file stats stale; refresh them so status is accurate.
    git.run("update-index", "-q", "--refresh");
  }

  /** Whether the work tree, branch and index are as they were when this snapshot was taken. */
  public boolean isCurrent() {
    WorktreeSnapshot now = take(dir);
    return now.head.equals(head) && now.tree.equals(tree) && now.index.equals(index);
  }
}
