package dev.garlic.agent.context;

import dev.garlic.spi.GarlicException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code AGENTS.md} instructions that apply in a directory: the user's global file ({@code
 * ~/.garlic/AGENTS.md}), then the repository root's, then those of each directory down to the
 * working directory. Later (deeper) files win where they disagree, and the rendered text says so to
 * the model. Files are read once, at {@link #load}; empty files are skipped. Immutable.
 */
public final class AgentsMd {

  /** The name of an instructions file. */
  public static final String FILE_NAME = "AGENTS.md";

  /** Files longer than this many characters are cut, with a note saying so. */
  static final int MAX_CHARS = 64 * 1024;

  /**
   * One instructions file.
   *
   * @param source how the file is named to the model: {@code AGENTS.md (repository root)}, {@code
   *     src/AGENTS.md}, or the global file's path
   * @param file the file
   * @param text its content, stripped, verbatim up to {@value #MAX_CHARS} characters
   */
  public record Block(String source, Path file, String text) {}

  private final List<Block> blocks;

  private AgentsMd(List<Block> blocks) {
    this.blocks = List.copyOf(blocks);
  }

  /** No instructions. */
  public static AgentsMd none() {
    return new AgentsMd(List.of());
  }

  /**
   * Reads the instructions that apply in {@code cwd}: {@code globalDir/AGENTS.md}, then {@code
   * AGENTS.md} in {@code repoRoot} and in every directory from it down to {@code cwd}. A {@code
   * cwd} outside {@code repoRoot} contributes only the root's file.
   *
   * @throws GarlicException (input) when a file exists but cannot be read
   */
  public static AgentsMd load(Path globalDir, Path repoRoot, Path cwd) {
    List<Block> blocks = new ArrayList<>();
    Path global = globalDir.resolve(FILE_NAME);
    read(global, global + " (global: every repository)").ifPresent(blocks::add);
    Path root = repoRoot.toAbsolutePath().normalize();
    Path here = cwd.toAbsolutePath().normalize();
    read(root.resolve(FILE_NAME), FILE_NAME + " (repository root)").ifPresent(blocks::add);
    if (here.startsWith(root)) {
      Path dir = root;
      for (Path part : root.relativize(here)) {
        if (part.toString().isEmpty()) {
          continue;
        }
        dir = dir.resolve(part);
        Path file = dir.resolve(FILE_NAME);
        read(file, root.relativize(file).toString().replace('\\', '/')).ifPresent(blocks::add);
      }
    }
    return new AgentsMd(blocks);
  }

  private static Optional<Block> read(Path file, String source) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw GarlicException.input(
          "cannot read " + file + ": " + e.getMessage() + "; fix its permissions or remove it");
    }
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.length() > MAX_CHARS) {
      text =
          text.substring(0, MAX_CHARS)
              + "\n[... cut: the file is longer than "
              + MAX_CHARS
              + " characters]";
    }
    return Optional.of(new Block(source, file, text));
  }

  /** The files found, most general first. */
  public List<Block> blocks() {
    return blocks;
  }

  public boolean isEmpty() {
    return blocks.isEmpty();
  }

  /**
   * The instructions as one text for the system prompt: each file under a heading naming it, with a
   * preface saying that later files win; empty when there are none.
   */
  public String render() {
    if (blocks.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("# Instructions from AGENTS.md files\n");
    out.append(
        "Follow these instructions. They run from the most general to the most specific; where"
            + " two disagree, the later (more deeply nested) file wins.\n");
    for (Block block : blocks) {
      out.append("\n## ").append(block.source()).append('\n').append(block.text()).append('\n');
    }
    return out.toString();
  }
}
