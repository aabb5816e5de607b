package dev.garlic.agent.context;

import dev.garlic.spi.GarlicException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A skill: instructions for one kind of task, kept in {@code .garlic/skills/NAME/SKILL.md} (or
 * {@code ~/.garlic/skills/NAME/SKILL.md}) with its name and description in front matter. Only the
 * name and description go into the prompt; the body is read from disk when the model asks for it
 * with {@code use_skill}, so an edit to the file is seen on the next use.
 *
 * @param name what the model calls it by
 * @param description when to use it, one line
 * @param path the SKILL.md file
 */
public record Skill(String name, String description, Path path) {

  /**
   * The skill's instructions: the file after its front matter, stripped.
   *
   * @throws GarlicException (input) when the file can no longer be read
   */
  public String body() {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw GarlicException.input(
          "cannot read the skill " + name + " from " + path + ": " + e.getMessage());
    }
    return SkillFile.body(text).strip();
  }
}
