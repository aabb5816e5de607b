package dev.garlic.agent.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.spi.EngineContext;
import dev.garlic.spi.ToolResult;
import dev.garlic.testkit.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkillsTest {

  @TempDir Path home;
  @TempDir Path repo;

  @Test
  void discoversSkillsByTheirFrontMatterAndListsOnlyNameAndDescription() {
    TestWorkspace.in(repo)
        .file(
            ".garlic/skills/release/SKILL.md",
            "---\nname: release-notes\ndescription: \"Write release notes from git log\"\n---\n"
                + "# Release notes\nRun git log and group by type.\n");

    Skills skills = Skills.discover(repo, home);

    assertThat(skills.all())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.name()).isEqualTo("release-notes");
              assertThat(s.description()).isEqualTo("Write release notes from git log");
            });
    assertThat(skills.render())
        .contains("- release-notes: Write release notes from git log")
        .doesNotContain("group by type");
  }

  @Test
  void foldsABlockScalarDescriptionIntoOneLine() {
    TestWorkspace.in(repo)
        .file(
            ".garlic/skills/db/SKILL.md",
            "---\nname: migrations\ndescription: >\n  Write a Flyway migration\n  for a schema"
                + " change\nversion: 2\n---\nbody\n");

    Skill skill = Skills.discover(repo, home).find("migrations").orElseThrow();

    assertThat(skill.description()).isEqualTo("Write a Flyway migration for a schema change");
    assertThat(skill.body()).isEqualTo("body");
  }

  @Test
  void readsTheBodyOnUseSoEditsAreSeen() throws Exception {
    Path file =
        TestWorkspace.in(repo)
            .file(".garlic/skills/fmt/SKILL.md", "---\ndescription: Format code\n---\nOld body\n")
            .root()
            .resolve(".garlic/skills/fmt/SKILL.md");
    Skills skills = Skills.discover(repo, home);

    Files.writeString(file, "---\ndescription: Format code\n---\nRun spotless:apply.\n");

    assertThat(skills.find("fmt").orElseThrow().body()).isEqualTo("Run spotless:apply.");
  }

  @Test
  void aRepositorySkillHidesAUserSkillOfTheSameName() {
    TestWorkspace.in(home)
        .file("skills/a/SKILL.md", "---\nname: deploy\ndescription: user version\n---\nU\n")
        .file("skills/b/SKILL.md", "---\nname: lint\ndescription: user lint\n---\nL\n");
    TestWorkspace.in(repo)
        .file(
            ".garlic/skills/a/SKILL.md", "---\nname: deploy\ndescription: repo version\n---\nR\n");

    Skills skills = Skills.discover(repo, home);

    assertThat(skills.all())
        .extracting(Skill::name, Skill::description)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("deploy", "repo version"),
            org.assertj.core.groups.Tuple.tuple("lint", "user lint"));
  }

  @Test
  void skipsFilesWithoutUsableFrontMatterAndSaysWhy() {
    TestWorkspace.in(repo)
        .file(".garlic/skills/bare/SKILL.md", "Just text\n")
        .file(".garlic/skills/nodesc/SKILL.md", "---\nname: nodesc\n---\nbody\n");

    Skills skills = Skills.discover(repo, home);

    assertThat(skills.all()).isEmpty();
    assertThat(skills.problems())
        .hasSize(2)
        .anySatisfy(p -> assertThat(p).contains("bare").contains("no front matter"))
        .anySatisfy(p -> assertThat(p).contains("nodesc").contains("no description"));
  }

  @Test
  void useSkillReturnsTheBodyAndNamesTheKnownSkillsForAnUnknownOne() {
    TestWorkspace.in(repo)
        .file(".garlic/skills/fmt/SKILL.md", "---\nname: fmt\ndescription: Format\n---\nRun it.\n");
    UseSkillTool tool = new UseSkillTool(Skills.discover(repo, home));

    ToolResult result = tool.run(new UseSkillTool.Params("fmt"), EngineContext.of(repo));

    assertThat(result.text()).isEqualTo("skill fmt:\nRun it.\n");
    assertThat(tool.spec().name()).isEqualTo("use_skill");
    assertThat(tool.spec().mutating()).isFalse();
    assertThatThrownBy(() -> tool.run(new UseSkillTool.Params("deploy"), EngineContext.of(repo)))
        .hasMessage("use_skill: no skill named 'deploy'; known: fmt");
  }
}
