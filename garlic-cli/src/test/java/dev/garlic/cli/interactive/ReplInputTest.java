package dev.garlic.cli.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplInputTest {

  @Test
  void blankLinesAreNothing() {
    assertThat(ReplInput.parse("   ")).isEqualTo(new ReplInput.Blank());
  }

  @Test
  void proseIsAMessageKeptAsTyped() {
    assertThat(ReplInput.parse("  fix the NPE in Foo!  "))
        .isEqualTo(new ReplInput.Message("fix the NPE in Foo!"));
  }

  @Test
  void commandWithoutArgument() {
    assertThat(ReplInput.parse("/undo")).isEqualTo(new ReplInput.Command(SlashCommand.UNDO, ""));
  }

  @Test
  void commandWithItsArgumentTrimmed() {
    assertThat(ReplInput.parse("/model   openai/gpt-5.1  "))
        .isEqualTo(new ReplInput.Command(SlashCommand.MODEL, "openai/gpt-5.1"));
  }

  @Test
  void quitIsExit() {
    assertThat(ReplInput.parse("/quit")).isEqualTo(new ReplInput.Command(SlashCommand.EXIT, ""));
  }

  @Test
  void aPathAtTheStartIsAMessageNotACommand() {
    assertThat(ReplInput.parse("/tmp/build.log shows a failure"))
        .isEqualTo(new ReplInput.Message("/tmp/build.log shows a failure"));
  }

  @Test
  void doubleSlashSendsTheRestAsAMessage() {
    assertThat(ReplInput.parse("//help is a word I want to send"))
        .isEqualTo(new ReplInput.Message("/help is a word I want to send"));
  }

  @Test
  void continuationLinesStayInTheMessage() {
    assertThat(ReplInput.parse("first line\nsecond line"))
        .isEqualTo(new ReplInput.Message("first line\nsecond line"));
  }

  @Test
  void unknownCommandSuggestsTheClosestOne() {
    ReplInput input = ReplInput.parse("/udno");

    assertThat(input).isEqualTo(new ReplInput.Unknown("/udno", Optional.of("/undo")));
    assertThat(((ReplInput.Unknown) input).message())
        .isEqualTo("unknown command /udno; /help lists them (did you mean /undo?)");
  }

  @Test
  void unknownCommandFarFromAnyHasNoSuggestion() {
    assertThat(((ReplInput.Unknown) ReplInput.parse("/xyzzyplugh")).message())
        .isEqualTo("unknown command /xyzzyplugh; /help lists them");
  }

  @Test
  void helpListsEveryCommandWithItsUsage() {
    String help = SlashCommand.help();

    for (SlashCommand command : SlashCommand.values()) {
      assertThat(help).contains(command.usage());
    }
    assertThat(help).contains("/model [PROVIDER/model-id]").contains("Ctrl-C stops a turn");
  }

  @Test
  void aTrailingBackslashContinuesTheLineUnlessItIsEscaped() {
    assertThat(JLineConsole.ContinuationParser.continues("first \\")).isTrue();
    assertThat(JLineConsole.ContinuationParser.continues("a path C:\\\\")).isFalse();
    assertThat(JLineConsole.ContinuationParser.continues("plain")).isFalse();
  }
}
