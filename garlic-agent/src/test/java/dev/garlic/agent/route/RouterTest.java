package dev.garlic.agent.route;

import static dev.garlic.agent.route.Signals.SMALL;
import static dev.garlic.agent.route.Signals.STRONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.agent.loop.Budget;
import dev.garlic.llm.ModelCatalog;
import dev.garlic.llm.ModelInfo;
import dev.garlic.llm.ModelRef;
import dev.garlic.llm.ReasoningEffort;
import dev.garlic.protocol.ErrorCode;
import dev.garlic.protocol.usage.ModelPrice;
import dev.garlic.spi.GarlicException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RouterTest {

  private final Router router = new Router(RouterSettings.DEFAULTS, ModelCatalog.defaults());

  private Route auto(Signals signals) {
    return router.route(signals.build(), ModeChoice.AUTO);
  }

  private static Optional<Reason> reason(Route route, String signal) {
    return route.reasons().stream().filter(r -> r.signal().equals(signal)).findFirst();
  }

  @Test
  void aSmallExplainRequestGoesReflexWithTheReflexModelAndItsLimits() {
    Route route = auto(new Signals());

    assertThat(route.mode()).isEqualTo(RouteMode.REFLEX);
    assertThat(route.model()).contains(SMALL);
    assertThat(route.maxSteps()).isEqualTo(8);
    assertThat(route.reasoningEffort()).isEqualTo(ReasoningEffort.LOW);
    assertThat(route.contextTokens()).isEqualTo(16_000);
    assertThat(route.verificationRequired()).isFalse();
  }

  @Test
  void anApplicableEngineToolRoutesReflexWhateverTheSize() {
    Route route = auto(new Signals().kind(TaskKind.AUDIT).files(3000, 3000).engine("audit"));

    assertThat(route.mode()).isEqualTo(RouteMode.REFLEX);
    assertThat(route.engineTool()).contains("audit");
    assertThat(reason(route, "engine").orElseThrow().effect()).isEqualTo("reflex");
  }

  @Test
  void knownFailingTestsRouteDeep() {
    Route route = auto(new Signals().kind(TaskKind.FIX).failing(2));

    assertThat(route.mode()).isEqualTo(RouteMode.DEEP);
    assertThat(route.model()).contains(STRONG);
    assertThat(route.reasoningEffort()).isEqualTo(ReasoningEffort.HIGH);
    assertThat(route.maxSteps()).isEqualTo(50);
    assertThat(route.verificationRequired()).isTrue();
    Reason failing = reason(route, "failing tests").orElseThrow();
    assertThat(failing.value()).isEqualTo("2");
    assertThat(failing.threshold()).contains("router.deep_min_failing_tests");
    assertThat(failing.effect()).isEqualTo("deep");
  }

  @Test
  void moreLinesThanTheThresholdRouteDeep() {
    Route atLimit = auto(new Signals().files(200, 200));
    Route over = auto(new Signals().files(200, 201));

    assertThat(atLimit.mode()).isEqualTo(RouteMode.REFLEX);
    assertThat(over.mode()).isEqualTo(RouteMode.DEEP);
    assertThat(reason(over, "lines").orElseThrow().describe())
        .isEqualTo(
            "lines: 401 in the located files (deep above 400, router.reflex_max_lines) -> deep");
  }

  @Test
  void moreFilesThanTheThresholdRouteDeep() {
    assertThat(auto(new Signals().files(10, 10, 10)).mode()).isEqualTo(RouteMode.REFLEX);
    assertThat(auto(new Signals().files(10, 10, 10, 10)).mode()).isEqualTo(RouteMode.DEEP);
  }

  @Test
  void kindsThatLeanDeepRouteDeepEvenWhenSmall() {
    for (TaskKind kind : new TaskKind[] {TaskKind.DEBUG, TaskKind.REFACTOR, TaskKind.IMPLEMENT}) {
      assertThat(auto(new Signals().kind(kind).files(20)).mode())
          .as(kind.label())
          .isEqualTo(RouteMode.DEEP);
    }
  }

  @Test
  void aSmallFixWithoutFailuresIsReflexButVerified() {
    Route route = auto(new Signals().kind(TaskKind.FIX).files(40));

    assertThat(route.mode()).isEqualTo(RouteMode.REFLEX);
    assertThat(route.verificationRequired()).isTrue();
  }

  @Test
  void unmeasuredCodeRoutesWritingRequestsDeepAndReadingOnesReflex() {
    assertThat(auto(new Signals().kind(TaskKind.FIX).unmeasured()).mode())
        .isEqualTo(RouteMode.DEEP);
    Route explain = auto(new Signals().unmeasured());
    assertThat(explain.mode()).isEqualTo(RouteMode.REFLEX);
    assertThat(reason(explain, "code size").orElseThrow().value()).contains("no locate tool");
  }

  @Test
  void aBudgetBelowDeepsMinimumFallsBackToReflex() {
    Route route = auto(new Signals().kind(TaskKind.REFACTOR).budget(new Budget(0.20, null)));

    assertThat(route.mode()).isEqualTo(RouteMode.REFLEX);
    Reason budget = reason(route, "budget").orElseThrow();
    assertThat(budget.value()).isEqualTo("$0.20 left");
    assertThat(budget.effect()).isEqualTo("reflex instead of deep");
  }

  @Test
  void tooFewTokensLeftAlsoFallBackToReflex() {
    Route route = auto(new Signals().kind(TaskKind.REFACTOR).budget(new Budget(null, 50_000L)));

    assertThat(route.mode()).isEqualTo(RouteMode.REFLEX);
  }

  @Test
  void aBudgetAboveTheMinimumAllowsDeep() {
    Route route = auto(new Signals().kind(TaskKind.REFACTOR).budget(new Budget(5.0, 1_000_000L)));

    assertThat(route.mode()).isEqualTo(RouteMode.DEEP);
    assertThat(reason(route, "budget").orElseThrow().effect()).isEqualTo("allows deep");
  }

  @Test
  void aForcedModeOverridesTheSignalsAndSaysSo() {
    Route deep = router.route(new Signals().build(), ModeChoice.DEEP);
    Route reflex =
        router.route(new Signals().kind(TaskKind.DEBUG).failing(5).build(), ModeChoice.REFLEX);

    assertThat(deep.mode()).isEqualTo(RouteMode.DEEP);
    assertThat(reflex.mode()).isEqualTo(RouteMode.REFLEX);
    assertThat(reason(deep, "mode").orElseThrow().effect()).isEqualTo("forced by --mode");
    assertThat(reason(reflex, "failing tests")).isEmpty();
  }

  @Test
  void reflexWithoutAReflexModelUsesTheDeepModelWithReflexLimits() {
    Route route =
        router.route(
            new Signals().models(Optional.empty(), Optional.of(STRONG)).build(), ModeChoice.REFLEX);

    assertThat(route.mode()).isEqualTo(RouteMode.REFLEX);
    assertThat(route.model()).contains(STRONG);
    assertThat(route.maxSteps()).isEqualTo(8);
    assertThat(reason(route, "model").orElseThrow().effect())
        .isEqualTo("uses it with reflex limits");
  }

  @Test
  void forcedDeepWithoutADeepModelRunsTheLoopWithTheReflexModel() {
    Route route =
        router.route(
            new Signals().models(Optional.of(SMALL), Optional.empty()).build(), ModeChoice.DEEP);

    assertThat(route.mode()).isEqualTo(RouteMode.DEEP);
    assertThat(route.model()).contains(SMALL);
    assertThat(reason(route, "model").orElseThrow().effect())
        .isEqualTo("runs the deep loop with the reflex model");
  }

  @Test
  void autoDeepWithoutADeepModelTurnsReflex() {
    Route route =
        auto(new Signals().kind(TaskKind.REFACTOR).models(Optional.of(SMALL), Optional.empty()));

    assertThat(route.mode()).isEqualTo(RouteMode.REFLEX);
    assertThat(route.model()).contains(SMALL);
    assertThat(route.reasons()).anyMatch(r -> r.effect().equals("reflex instead of deep"));
  }

  @Test
  void withNoModelAnApplicableEngineStillServesTheRequest() {
    Route route =
        router.route(
            new Signals()
                .kind(TaskKind.AUDIT)
                .engine("audit")
                .models(Optional.empty(), Optional.empty())
                .build(),
            ModeChoice.DEEP);

    assertThat(route.mode()).isEqualTo(RouteMode.REFLEX);
    assertThat(route.model()).isEmpty();
    assertThat(route.engineTool()).contains("audit");
    assertThat(route.describe()).contains("engine tool audit alone");
  }

  @Test
  void withNoModelAndNoEngineRoutingIsAOneLineConfigError() {
    RouteSignals signals = new Signals().models(Optional.empty(), Optional.empty()).build();

    assertThatThrownBy(() -> router.route(signals, ModeChoice.AUTO))
        .isInstanceOfSatisfying(
            GarlicException.class,
            e -> {
              assertThat(e.error().code()).isEqualTo(ErrorCode.CONFIG);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "no model is configured and no engine serves explain requests without one;"
                          + " set model = \"PROVIDER/model-id\" in ~/.garlic/config.toml (see"
                          + " docs/cli.md, Models and providers)")
                  .doesNotContain("\n");
            });
  }

  @Test
  void theContextBudgetIsCappedAtHalfTheModelsWindow() {
    ModelRef tiny = new ModelRef("local", "tiny");
    ModelCatalog catalog =
        ModelCatalog.defaults().with("tiny", new ModelInfo(32_000, 4_000, new ModelPrice(0, 0, 0)));
    Route route =
        new Router(RouterSettings.DEFAULTS, catalog)
            .route(
                new Signals()
                    .kind(TaskKind.REFACTOR)
                    .models(Optional.of(tiny), Optional.of(tiny))
                    .build(),
                ModeChoice.AUTO);

    assertThat(route.contextTokens()).isEqualTo(16_000);
    assertThat(reason(route, "context").orElseThrow().threshold()).contains("32,000-token window");
  }

  @Test
  void describePrintsTheSummaryThenOneLinePerReason() {
    Route route = auto(new Signals().kind(TaskKind.FIX).failing(1));

    String text = route.describe();

    assertThat(text)
        .startsWith(
            "route: deep, model openai/gpt-5.3-codex, reasoning high, up to 50 steps, context"
                + " 120,000 tokens, verified before done\n");
    assertThat(text.lines().skip(1))
        .allMatch(line -> line.startsWith("  ") && line.contains(" -> "));
    assertThat(text.lines().count()).isEqualTo(1 + route.reasons().size());
    assertThat(text).contains("  kind: fix, test -> writes code\n");
  }
}
