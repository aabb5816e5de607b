package dev.garlic.agent.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PatchParserTest {

  @Test
  void parsesAnchorsAndHunkLines() {
    Patch patch =
        PatchParser.parse(
            """
            *** Begin Patch
            *** Update File: A.java
            @@ void run() {
             int a;
            -int b;
            +int c;
            *** End Patch
            """);

    Patch.Update update = (Patch.Update) patch.changes().getFirst();
    Patch.Hunk hunk = update.hunks().getFirst();
    assertThat(hunk.anchor()).isEqualTo("void run() {");
    assertThat(hunk.before()).containsExactly("int a;", "int b;");
    assertThat(hunk.lines()).containsExactly(" int a;", "-int b;", "+int c;");
  }

  @Test
  void readsABlankLineInsideAHunkAsEmptyContext() {
    Patch patch =
        PatchParser.parse("*** Begin Patch\n*** Update File: a\n@@\n a\n\n-b\n+c\n*** End Patch");

    Patch.Hunk hunk = ((Patch.Update) patch.changes().getFirst()).hunks().getFirst();
    assertThat(hunk.before()).containsExactly("a", "", "b");
  }

  @Test
  void dropsBlankLinesBetweenFileSections() {
    Patch patch =
        PatchParser.parse(
            "*** Begin Patch\n*** Update File: a\n@@\n-a\n+b\n\n*** Delete File: c\n*** End Patch");

    Patch.Hunk hunk = ((Patch.Update) patch.changes().getFirst()).hunks().getFirst();
    assertThat(hunk.lines()).containsExactly("-a", "+b");
    assertThat(patch.changes()).hasSize(2);
  }

  @Test
  void acceptsAFirstHunkWithoutItsMarker() {
    Patch patch = PatchParser.parse("*** Begin Patch\n*** Update File: a\n-a\n+b\n*** End Patch");

    assertThat(((Patch.Update) patch.changes().getFirst()).hunks()).hasSize(1);
  }

  @Test
  void requiresTheBeginMarker() {
    assertThatThrownBy(() -> PatchParser.parse("*** Update File: a\n-a\n*** End Patch"))
        .hasMessageContaining("patch line 1: a patch starts with '*** Begin Patch'");
  }

  @Test
  void requiresTheEndMarker() {
    assertThatThrownBy(() -> PatchParser.parse("*** Begin Patch\n*** Delete File: a\n"))
        .hasMessageContaining("a patch ends with '*** End Patch'");
  }

  @Test
  void namesTheLineOfAnUnmarkedHunkLine() {
    assertThatThrownBy(
            () ->
                PatchParser.parse("*** Begin Patch\n*** Update File: a\n@@\n-a\nb\n*** End Patch"))
        .hasMessageContaining("patch line 5: a hunk line starts with ' ' (context), '-' or '+'");
  }

  @Test
  void refusesAHunkThatChangesNothing() {
    assertThatThrownBy(
            () -> PatchParser.parse("*** Begin Patch\n*** Update File: a\n@@\n a\n*** End Patch"))
        .hasMessageContaining("hunk 1 changes nothing");
  }

  @Test
  void refusesAnAddedFileLineWithoutPlus() {
    assertThatThrownBy(
            () -> PatchParser.parse("*** Begin Patch\n*** Add File: a\n+x\ny\n*** End Patch"))
        .hasMessageContaining("every line of an added file starts with '+'");
  }

  @Test
  void readsCrlfPatches() {
    Patch patch =
        PatchParser.parse("*** Begin Patch\r\n*** Add File: a\r\n+x\r\n*** End Patch\r\n");

    assertThat(patch.changes()).containsExactly(new Patch.Add("a", List.of("x")));
  }
}
