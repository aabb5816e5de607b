package dev.garlic.workspace.git;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.garlic.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The small JSON file {@code <id>.json} next to a task's worktree that remembers what git does not:
 * the base commit, the creation time and the title.
 */
final class TaskMetadata {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TaskMetadata() {}

  static Path file(Path worktrees, String id) {
    return worktrees.resolve(id + ".json");
  }

  static void write(Path worktrees, TaskWorktree task) throws IOException {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", task.id());
    node.put("base", task.base());
    node.put("created", task.created().toString());
    node.put("title", task.title());
    AtomicFiles.write(file(worktrees, task.id()), JSON.writeValueAsString(node) + "\n");
  }

  /** The task's base, time and title, or empty when the file is missing or unreadable. */
  static Optional<TaskWorktree> read(Path worktrees, String id, String branch, Path path) {
    Path file = file(worktrees, id);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode node = JSON.readTree(file.toFile());
      return Optional.of(
          new TaskWorktree(
              id,
              branch,
              path,
              node.path("base").asText(),
              Instant.parse(node.path("created").asText()),
              node.path("title").asText("")));
    } catch (IOException | RuntimeException e) {
      // A damaged file only loses the title and time; the caller falls back to git.
      return Optional.empty();
    }
  }
}
