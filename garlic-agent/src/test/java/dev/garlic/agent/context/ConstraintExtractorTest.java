package dev.garlic.agent.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConstraintExtractorTest {

  private static List<String> forbidden(String text) {
    return ConstraintExtractor.extract(text).stream()
        .flatMap(c -> c.checks().stream())
        .map(c -> ((ForbiddenModule) c).name())
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Use the csv module, never pandas.| pandas",
        "Don't use lodash.| lodash",
        "don’t use lodash| lodash",
        "Do not import java.util.logging; use SLF4J.| java.util.logging",
        "You must not depend on jackson.| jackson",
        "We cannot add a dependency on commons-lang3.| commons-lang3",
        "Never use pandas, numpy or scipy in this project.| pandas numpy scipy",
        "Do not use numpy or scipy for this.| numpy scipy",
        "I don't want pandas in this project.| pandas",
        "Use fetch, not axios.| axios",
        "Use the JDK's HttpClient instead of OkHttp.| OkHttp",
        "Prefer records rather than Lombok.| Lombok",
        "Write it in plain Java without Lombok.| Lombok",
        "No pandas.| pandas",
        "Avoid Guava and Apache Commons.| Guava",
        "Please avoid using the requests library.| requests",
        "Don't pull in `left-pad`.| left-pad",
        "Stop using moment, use date-fns instead.| moment",
        "Never import from @angular/core in the shared code.| @angular/core",
        "Don't add github.com/pkg/errors to go.mod.| github.com/pkg/errors",
        "Don't use pandas, use the csv module instead.| pandas",
        "Please don't use any external libraries like pandas or numpy.| pandas numpy",
        "Keep it dependency-free: no requests, no httpx.| requests httpx",
        "We must avoid jQuery in new code.| jQuery",
        "Use Gson instead of Jackson for JSON.| Jackson",
        "Do NOT use pandas!| pandas",
      })
  void extractsTheForbiddenModule(String sentence, String expected) {
    assertThat(forbidden(sentence)).containsExactly(expected.strip().split(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Don't add any new dependencies.",
        "Never commit to main.",
        "Don't touch the tests.",
        "Don't commit.",
        "Avoid long methods.",
        "Never change the public API without asking.",
        "Only use the standard library.",
        "Always run the tests before you finish.",
        "Make sure every public method has Javadoc.",
        "Never write to stdout from library code.",
        "No TODOs in the code.",
        "Prefer java.net.http over OkHttp.",
        "Tests must not depend on network access.",
      })
  void keepsConstraintsWithoutAMechanicalCheck(String sentence) {
    List<Constraint> found = ConstraintExtractor.extract(sentence);

    assertThat(found).singleElement().satisfies(c -> assertThat(c.checks()).isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Why doesn't this use pandas?",
        "I don't know why the build fails.",
        "It runs without errors.",
        "This is not what I expected.",
        "There are no tests for the parser.",
        "No, the bug is in the parser.",
        "Fix the failing test in ParserTest.",
        "It doesn't work without the cache.",
        "No idea why it broke.",
      })
  void ignoresSentencesThatStateNoConstraint(String sentence) {
    assertThat(ConstraintExtractor.extract(sentence)).isEmpty();
  }

  @Test
  void keepsEachConstraintSentenceVerbatimAndSkipsTheRest() {
    String message =
        """
        Please add an export to CSV for the report.
        Use the csv module, never pandas. It should stream rows.
        - don't change the public API
        Thanks!""";

    assertThat(ConstraintExtractor.extract(message))
        .extracting(Constraint::text)
        .containsExactly("Use the csv module, never pandas.", "don't change the public API");
  }

  @Test
  void extractsEveryModuleOfOneSentenceOnce() {
    assertThat(forbidden("Never use pandas or pandas.")).containsExactly("pandas");
  }
}
