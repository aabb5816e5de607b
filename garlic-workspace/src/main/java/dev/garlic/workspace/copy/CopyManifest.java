package dev.garlic.workspace.copy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.garlic.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The file {@code <id>.json} beside a copy: the task's identity and the fingerprint of every file
 * at copy time (or at the last apply), against which changes in the copy and in the original are
 * measured.
 */
record CopyManifest(TaskCopy task, SortedMap<String, String> files) {

  private static final ObjectMapper JSON = new ObjectMapper();

  CopyManifest {
    files = new TreeMap<>(files);
  }

  static Path file(Path store, String id) {
    return store.resolve(id + ".json");
  }

  void write(Path store) throws IOException {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", task.id());
    node.put("origin", task.origin().toString());
    node.put("created", task.created().toString());
    node.put("title", task.title());
    ObjectNode map = node.putObject("files");
    files.forEach(map::put);
    AtomicFiles.write(file(store, task.id()), JSON.writeValueAsString(node) + "\n");
  }

  /** The manifest of task {@code id}, or empty when its file is missing or damaged. */
  static Optional<CopyManifest> read(Path store, String id) {
    Path file = file(store, id);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode node = JSON.readTree(file.toFile());
      TaskCopy task =
          new TaskCopy(
              id,
              Path.of(node.path("origin").asText()),
              store.resolve(id),
              Instant.parse(node.path("created").asText()),
              node.path("title").asText(""));
      SortedMap<String, String> files = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.path("files").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        files.put(entry.getKey(), entry.getValue().asText());
      }
      return Optional.of(new CopyManifest(task, files));
    } catch (IOException | RuntimeException e) {
      // Without its manifest a copy cannot be diffed or applied; it is left for discard.
      return Optional.empty();
    }
  }
}
