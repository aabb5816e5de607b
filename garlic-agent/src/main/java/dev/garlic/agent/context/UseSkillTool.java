package dev.garlic.agent.context;

import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Param;
import dev.garlic.spi.RecordTool;
import dev.garlic.spi.ToolInfo;
import dev.garlic.spi.ToolResult;

/**
 * The {@code use_skill} tool: returns the instructions of one of the session's {@link Skills}. The
 * session adds it to its tools when there are skills; it is not part of an engine because the
 * skills belong to the session's repository.
 */
@ToolInfo(
    name = "use_skill",
    description =
        "Read the instructions of a skill listed in the system prompt. Call it before a task the"
            + " skill's description matches, then follow the instructions.")
public final class UseSkillTool extends RecordTool<UseSkillTool.Params> {

  /** The arguments: the skill's name. */
  public record Params(
      @Param(description = "The skill's name, as listed", example = "release-notes") String name) {}

  /**
   * What {@code use_skill} returned.
   *
   * @param name the skill
   * @param instructions its body
   */
  public record SkillInstructions(String name, String instructions) {}

  private final Skills skills;

  public UseSkillTool(Skills skills) {
    this.skills = skills;
  }

  @Override
  public ToolResult run(Params p, EngineContext context) {
    Skill skill =
        skills
            .find(p.name())
            .orElseThrow(
                () ->
                    GarlicException.usage(
                        "use_skill: no skill named '"
                            + p.name()
                            + "'; known: "
                            + (skills.isEmpty()
                                ? "none"
                                : String.join(
                                    ", ", skills.all().stream().map(Skill::name).toList()))));
    SkillInstructions result = new SkillInstructions(skill.name(), skill.body());
    return new ToolResult(result, "skill " + skill.name() + ":\n" + result.instructions() + "\n");
  }
}
