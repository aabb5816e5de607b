package dev.garlic.agent.approval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeCommandsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ls -la src",
        "cat pom.xml",
        "rg -n TODO src",
        "find . -name '*.java'",
        "git status",
        "git -C sub log --oneline -5",
        "git diff HEAD~1",
        "git branch -a",
        "sed -n 10,20p A.java",
        "sort names.txt"
      })
  void knowsReadOnlyCommands(String line) {
    assertThat(SafeCommands.isSafe(ShellScript.parse(line).commands().getFirst())).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "rm -rf build",
        "find . -delete",
        "find . -exec rm {} ;",
        "rg --pre ./evil x",
        "git push",
        "git -c core.pager=evil log",
        "git diff --output=/etc/x",
        "git branch -D main",
        "sed -i s/a/b/ A.java",
        "sort -o out in",
        "uniq in out",
        "mvn test",
        "python3 -c print(1)"
      })
  void doesNotTrustCommandsThatWriteOrRunOthers(String line) {
    assertThat(SafeCommands.isSafe(ShellScript.parse(line).commands().getFirst())).isFalse();
  }
}
