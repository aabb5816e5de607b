package dev.garlic.agent.context;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The skills available in a repository: {@code .garlic/skills/*}{@code /SKILL.md} of the repository
 * and {@code skills/*}{@code /SKILL.md} of the user's Garlic directory; a repository skill hides a
 * user skill of the same name. Discovery reads only front matter; a file without a usable one is
 * skipped and reported in {@link #problems()}. Immutable.
 */
public final class Skills {

  /** The file that defines a skill, one per directory. */
  public static final String FILE_NAME = "SKILL.md";

  private static final int FRONT_MATTER_LINES = 50;

  private final List<Skill> skills;
  private final List<String> problems;

  private Skills(List<Skill> skills, List<String> problems) {
    this.skills = List.copyOf(skills);
    this.problems = List.copyOf(problems);
  }

  /** No skills. */
  public static Skills none() {
    return new Skills(List.of(), List.of());
  }

  /** The skills of {@code repoRoot/.garlic/skills} and {@code userGarlicDir/skills}. */
  public static Skills discover(Path repoRoot, Path userGarlicDir) {
    Map<String, Skill> byName = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (Path dir : List.of(userGarlicDir.resolve("skills"), repoRoot.resolve(".garlic/skills"))) {
      for (Path file : skillFiles(dir, problems)) {
        read(file, problems).ifPresent(s -> byName.put(s.name(), s));
      }
    }
    return new Skills(new ArrayList<>(byName.values()), problems);
  }

  private static List<Path> skillFiles(Path dir, List<String> problems) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(dir)) {
      return children
          .map(child -> child.resolve(FILE_NAME))
          .filter(Files::isRegularFile)
          .sorted(Comparator.naturalOrder())
          .toList();
    } catch (IOException e) {
      problems.add("cannot list " + dir + ": " + e.getMessage());
      return List.of();
    }
  }

  private static Optional<Skill> read(Path file, List<String> problems) {
    List<String> head = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while (head.size() < FRONT_MATTER_LINES && (line = in.readLine()) != null) {
        head.add(line);
      }
    } catch (IOException e) {
      problems.add("cannot read " + file + ": " + e.getMessage());
      return Optional.empty();
    }
    Optional<Map<String, String>> front = SkillFile.frontMatter(head);
    if (front.isEmpty()) {
      problems.add(
          file
              + ": no front matter; start the file with '---', 'name: ...', 'description: ...',"
              + " '---'");
      return Optional.empty();
    }
    String name = front.get().getOrDefault("name", "").strip();
    if (name.isEmpty()) {
      name = file.getParent().getFileName().toString();
    }
    String description = front.get().getOrDefault("description", "").strip();
    if (description.isEmpty()) {
      problems.add(file + ": no description; add 'description: ...' to its front matter");
      return Optional.empty();
    }
    return Optional.of(new Skill(name, description, file));
  }

  /** The skills, by name. */
  public List<Skill> all() {
    return skills;
  }

  /** The skill called {@code name}. */
  public Optional<Skill> find(String name) {
    return skills.stream().filter(s -> s.name().equals(name.strip())).findFirst();
  }

  /** Why skill files were skipped, one message each. */
  public List<String> problems() {
    return problems;
  }

  public boolean isEmpty() {
    return skills.isEmpty();
  }

  /**
   * The list for the system prompt: each skill's name and description, and how to read one; empty
   * when there are none.
   */
  public String render() {
    if (skills.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("# Skills\n");
    out.append(
        "Before a task that matches a skill, call use_skill with its name to read its"
            + " instructions.\n");
    for (Skill skill : skills) {
      out.append("- ").append(skill.name()).append(": ").append(skill.description()).append('\n');
    }
    return out.toString();
  }
}
