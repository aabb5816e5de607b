package dev.garlic.agent.route;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskClassifierTest {

  @ParameterizedTest(name = "[{index}] {1} -> {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          EXPLAIN   | Explain how the cache eviction works
          EXPLAIN   | What does OrderService.place do?
          EXPLAIN   | how is the index stored on disk
          EXPLAIN   | Where is the retry policy configured?
          EXPLAIN   | Can you describe the module layout
          EXPLAIN   | Why is the cache keyed by user id
          EXPLAIN   | summarise the changes in the billing package
          EXPLAIN   | walk me through the request lifecycle
          EXPLAIN   | the role of TokenCounter?
          REVIEW    | Review my changes to the parser
          REVIEW    | please critique the new API of Cart
          REVIEW    | give feedback on the error handling in Main
          AUDIT     | review the login controller for security problems
          AUDIT     | Audit the web module
          AUDIT     | scan for hard-coded passwords
          AUDIT     | Is there any SQL injection in UserDao?
          AUDIT     | check the upload endpoint for path traversal
          AUDIT     | look for XSS in the templates
          TEST      | Write unit tests for Cart.total
          TEST      | add a regression test for the empty cart
          TEST      | Please generate tests for the parser
          TEST      | increase test coverage of the billing package
          TEST      | cover PriceCalculator with tests
          TEST      | tests for the retry policy
          TEST      | test the login flow end to end
          FIX       | Fix the NPE in Cart.total
          FIX       | NullPointerException in Cart.total when the cart is empty
          FIX       | the discount is wrong for orders over 100
          FIX       | CartTest.totalIsZero fails
          FIX       | test fails in CartTest after the upgrade
          FIX       | login doesn't work with an empty password
          FIX       | repair the broken build
          FIX       | there is a typo in the help text
          FIX       | make the tests pass
          FIX       | fix the SQL injection in UserDao
          FIX       | resolve the compile error in Main
          DEBUG     | Debug the hanging integration test
          DEBUG     | investigate the flaky OrderServiceTest
          DEBUG     | why does the import fail on Windows?
          DEBUG     | the server deadlocks under load
          DEBUG     | find the root cause of the memory leak in the indexer
          DEBUG     | the search is too slow on big repositories
          REFACTOR  | Rename Cart.total to Cart.sum
          REFACTOR  | extract the retry loop into its own class
          REFACTOR  | move PriceCalculator into the billing package
          REFACTOR  | clean up the config loader
          REFACTOR  | please refactor OrderService
          REFACTOR  | migrate the tests from JUnit 4 to JUnit 5
          REFACTOR  | simplify the parser's error recovery
          REFACTOR  | the code in Main needs some restructuring
          IMPLEMENT | Add a --verbose flag to the export command
          IMPLEMENT | implement pagination for the orders endpoint
          IMPLEMENT | create a REST endpoint for invoices
          IMPLEMENT | support TOML configuration files
          IMPLEMENT | we need a new feature: export to CSV
          IMPLEMENT | make the timeout configurable
          GENERAL   | OrderService
          GENERAL   | the invoices module
          """)
  void classifiesByLeadingVerbOrKeyword(TaskKind expected, String text) {
    assertThat(TaskClassifier.classify(null, text).kind()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] garlic {0} -> {1}")
  @CsvSource({
    "fix, FIX",
    "test, TEST",
    "refactor, REFACTOR",
    "review, REVIEW",
    "audit, AUDIT",
    "debug, DEBUG",
    "explain, EXPLAIN",
    "implement, IMPLEMENT"
  })
  void aCommandNameDecidesOverTheWords(String command, TaskKind expected) {
    TaskClassifier.Classification c = TaskClassifier.classify(command, "rename Cart.total");

    assertThat(c.kind()).isEqualTo(expected);
    assertThat(c.evidence()).isEqualTo("command '" + command + "'");
  }

  @Test
  void aCommandThatNamesNoKindLeavesItToTheWords() {
    assertThat(TaskClassifier.classify("exec", "rename Cart.total").kind())
        .isEqualTo(TaskKind.REFACTOR);
  }

  @Test
  void theReviewCommandAboutSecurityIsAnAudit() {
    TaskClassifier.Classification c = TaskClassifier.classify("review", "security of the login");

    assertThat(c.kind()).isEqualTo(TaskKind.AUDIT);
    assertThat(c.evidence()).contains("command 'review'", "security");
  }

  @Test
  void theEvidenceNamesTheWordThatDecided() {
    assertThat(TaskClassifier.classify(null, "please rename Cart.total").evidence())
        .isEqualTo("starts with 'rename'");
    assertThat(TaskClassifier.classify(null, "NPE in Cart.total").evidence())
        .isEqualTo("mentions 'npe'");
    assertThat(TaskClassifier.classify(null, "OrderService").evidence())
        .isEqualTo("no word that tells the kind");
  }
}
