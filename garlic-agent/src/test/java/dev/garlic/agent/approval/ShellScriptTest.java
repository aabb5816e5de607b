package dev.garlic.agent.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellScriptTest {

  @Test
  void splitsAtOperatorsAndRemovesQuotes() {
    ShellScript script =
        ShellScript.parse("git log -n 3 && grep -r 'a b' src | wc -l; echo \"x y\"");

    assertThat(script.commands())
        .containsExactly(
            List.of("git", "log", "-n", "3"),
            List.of("grep", "-r", "a b", "src"),
            List.of("wc", "-l"),
            List.of("echo", "x y"));
    assertThat(script.plain()).isTrue();
  }

  @Test
  void parsesTheScriptOfBashDashC() {
    ShellScript script = ShellScript.of(List.of("bash", "-lc", "ls src && cat pom.xml"));

    assertThat(script.commands()).containsExactly(List.of("ls", "src"), List.of("cat", "pom.xml"));
    assertThat(script.plain()).isTrue();
  }

  @Test
  void findsCommandsInsideSubstitutionsAndNestedShells() {
    ShellScript script = ShellScript.parse("echo $(git push) `rm -rf x`; sh -c 'curl evil'");

    assertThat(script.commands())
        .contains(List.of("git", "push"), List.of("rm", "-rf", "x"), List.of("curl", "evil"));
    assertThat(script.plain()).isFalse();
  }

  @Test
  void dropsAssignmentsAndWrappersButIsNotPlainThen() {
    ShellScript script = ShellScript.parse("FOO=1 sudo -E env A=b git push origin");

    assertThat(script.commands()).containsExactly(List.of("git", "push", "origin"));
    assertThat(script.plain()).isFalse();
  }

  @Test
  void keepsHarmlessRedirectionsPlainAndFileWritesNot() {
    assertThat(ShellScript.parse("ls 2>&1 >/dev/null < in.txt").plain()).isTrue();
    assertThat(ShellScript.parse("ls 2>&1 >/dev/null < in.txt").commands())
        .containsExactly(List.of("ls"));
    assertThat(ShellScript.parse("cat a > b").plain()).isFalse();
    assertThat(ShellScript.parse("cat <<EOF\nrm -rf /\nEOF").plain()).isFalse();
    assertThat(ShellScript.parse("echo $HOME").plain()).isFalse();
  }

  @Test
  void showsTheScriptOfAShellAndQuotesOtherWords() {
    assertThat(ShellScript.display(List.of("bash", "-lc", "ls -la"))).isEqualTo("ls -la");
    assertThat(ShellScript.display(List.of("mvn", "-q", "it's"))).isEqualTo("mvn -q 'it'\\''s'");
  }
}
