package dev.garlic.agent.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.spi.GarlicException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandRulesTest {

  private final CommandRules rules =
      CommandRules.of(List.of("./mvnw -q", "git"), List.of("git push", "rm -rf"));

  @Test
  void matchesWordPrefixesNotSubstrings() {
    assertThat(rules.denied(ShellScript.parse("git push origin main"))).contains("git push");
    assertThat(rules.denied(ShellScript.parse("git pushy"))).isEmpty();
    assertThat(rules.denied(ShellScript.parse("echo git push"))).isEmpty();
    assertThat(rules.denied(ShellScript.parse("/usr/bin/git push"))).contains("git push");
  }

  @Test
  void deniesACommandHiddenInASubstitutionOrAnotherShell() {
    assertThat(rules.denied(ShellScript.parse("echo $(git push)"))).contains("git push");
    assertThat(rules.denied(ShellScript.parse("bash -c 'cd x && rm -rf build'")))
        .contains("rm -rf");
  }

  @Test
  void denyWinsOverAllow() {
    ShellScript push = ShellScript.parse("git push");

    assertThat(rules.allows(push)).isTrue();
    assertThat(rules.denied(push)).isPresent();
  }

  @Test
  void allowsOnlyPlainScriptsWhoseEveryCommandIsAllowed() {
    assertThat(rules.allows(ShellScript.parse("./mvnw -q test && git status"))).isTrue();
    assertThat(rules.allows(ShellScript.parse("./mvnw -q test && curl x"))).isFalse();
    assertThat(rules.allows(ShellScript.parse("./mvnw test"))).isFalse();
    assertThat(rules.allows(ShellScript.parse("./mvnw -q $(curl x)"))).isFalse();
  }

  @Test
  void refusesARuleThatIsNotOneCommandPrefix() {
    assertThatThrownBy(() -> CommandRules.of(List.of("ls; rm"), List.of()))
        .isInstanceOf(GarlicException.class)
        .hasMessage(
            "approval.allow: \"ls; rm\" is not a command prefix; give the first words of one"
                + " command, such as \"git push\"");
  }
}
