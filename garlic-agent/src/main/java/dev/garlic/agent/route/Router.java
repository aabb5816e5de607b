package dev.garlic.agent.route;

import dev.garlic.agent.loop.Budget;
import dev.garlic.llm.ModelCatalog;
import dev.garlic.llm.ModelRef;
import dev.garlic.spi.GarlicException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the {@link RouteSignals} of a request into a {@link Route}. With {@link ModeChoice#AUTO}
 * the signals decide, in this order (each one adds a {@link Reason}):
 *
 * <ol>
 *   <li>a deterministic engine tool that serves the kind of request routes to Reflex outright;
 *   <li>otherwise Deep when known failing tests, the located code's lines or its number of files
 *       reach their thresholds, when the code could not be measured for a kind that writes code, or
 *       when the kind itself leans to Deep (debug, refactor, implement); else Reflex;
 *   <li>Deep falls back to Reflex when the budget left is below Deep's minimum.
 * </ol>
 *
 * <p>A forced mode skips those steps. Last, the mode's model is picked, degrading with a reason:
 * Reflex without a reflex model uses the deep model with Reflex limits; Deep without a deep model
 * uses the reflex model (forced) or turns into Reflex (auto); with no model at all an applicable
 * engine still serves the request in Reflex mode, else routing fails with a one-line configuration
 * error. Immutable and thread-safe.
 */
public final class Router {

  private final RouterSettings settings;
  private final ModelCatalog catalog;

  /**
   * @param settings the thresholds and limits
   * @param catalog the models' context windows, which cap the context budget
   */
  public Router(RouterSettings settings, ModelCatalog catalog) {
    this.settings = settings;
    this.catalog = catalog;
  }

  /**
   * Routes one request.
   *
   * @throws GarlicException (config) when no model is configured and no deterministic engine serves
   *     the request
   */
  public Route route(RouteSignals signals, ModeChoice choice) {
    List<Reason> reasons = new ArrayList<>();
    TaskKind kind = signals.kind().kind();
    reasons.add(
        new Reason(
            "kind",
            kind.label() + ", " + signals.kind().evidence(),
            "",
            kind.writesCode() ? "writes code" : "reads only"));
    RouteMode mode;
    Optional<RouteMode> forced = choice.forced();
    if (forced.isPresent()) {
      mode = forced.get();
      reasons.add(new Reason("mode", mode.label(), "", "forced by --mode"));
    } else {
      mode = decide(signals, reasons);
    }
    return withModel(signals, forced.isPresent(), mode, reasons);
  }

  private RouteMode decide(RouteSignals signals, List<Reason> reasons) {
    TaskKind kind = signals.kind().kind();
    Optional<String> engine = signals.engineTool();
    String engineKey = RouterSettings.ENGINE_TOOLS + "." + kind.label();
    String detail = signals.engine().detail();
    if (engine.isPresent()) {
      reasons.add(new Reason("engine", detail, engineKey, "reflex"));
      return RouteMode.REFLEX;
    }
    reasons.add(new Reason("engine", detail, engineKey, "no shortcut"));
    boolean deep = false;
    int failing = signals.failingTests();
    boolean tooManyFailures = failing >= settings.deepMinFailingTests();
    reasons.add(
        new Reason(
            "failing tests",
            String.valueOf(failing),
            "deep at "
                + settings.deepMinFailingTests()
                + " or more, "
                + RouterSettings.DEEP_MIN_FAILING_TESTS,
            tooManyFailures ? "deep" : "keeps reflex"));
    deep |= tooManyFailures;
    deep |= sizeCallsForDeep(signals.size(), kind, reasons);
    Optional<RouteMode> lean = kind.lean();
    boolean kindLeansDeep = lean.isPresent() && lean.get() == RouteMode.DEEP;
    if (kindLeansDeep) {
      reasons.add(
          new Reason("kind lean", kind.label(), "debug, refactor and implement lean deep", "deep"));
    }
    deep |= kindLeansDeep;
    if (!deep) {
      return RouteMode.REFLEX;
    }
    return budgetAllowsDeep(signals.budget(), reasons) ? RouteMode.DEEP : RouteMode.REFLEX;
  }

  private boolean sizeCallsForDeep(CodeSize size, TaskKind kind, List<Reason> reasons) {
    if (!size.measured()) {
      boolean deep = kind.writesCode();
      reasons.add(
          new Reason(
              "code size",
              "unknown (" + size.note() + ")",
              "a request that writes code goes deep when it cannot be measured",
              deep ? "deep" : "keeps reflex"));
      return deep;
    }
    boolean tooLong = size.lines() > settings.reflexMaxLines();
    reasons.add(
        new Reason(
            "lines",
            String.format(Locale.ROOT, "%,d in the located files", size.lines()),
            "deep above " + settings.reflexMaxLines() + ", " + RouterSettings.REFLEX_MAX_LINES,
            tooLong ? "deep" : "keeps reflex"));
    int files = size.files().size();
    boolean tooMany = files > settings.reflexMaxFiles();
    reasons.add(
        new Reason(
            "files",
            files + locatedList(size),
            "deep above " + settings.reflexMaxFiles() + ", " + RouterSettings.REFLEX_MAX_FILES,
            tooMany ? "deep" : "keeps reflex"));
    return tooLong || tooMany;
  }

  private static String locatedList(CodeSize size) {
    if (size.files().isEmpty()) {
      return " (the index located nothing)";
    }
    List<String> paths = size.files().stream().limit(3).map(CodeSize.LocatedFile::path).toList();
    String more = size.files().size() > paths.size() ? ", ..." : "";
    return " [" + String.join(", ", paths) + more + "]";
  }

  private boolean budgetAllowsDeep(Budget budget, List<Reason> reasons) {
    if (budget.maxCostUsd() == null && budget.maxTokens() == null) {
      reasons.add(new Reason("budget", "unlimited", "", "allows deep"));
      return true;
    }
    boolean usdShort =
        budget.maxCostUsd() != null && budget.maxCostUsd() < settings.deepMinBudgetUsd();
    boolean tokensShort =
        budget.maxTokens() != null && budget.maxTokens() < settings.deepMinBudgetTokens();
    List<String> left = new ArrayList<>();
    if (budget.maxCostUsd() != null) {
      left.add(String.format(Locale.ROOT, "$%.2f", budget.maxCostUsd()));
    }
    if (budget.maxTokens() != null) {
      left.add(String.format(Locale.ROOT, "%,d tokens", budget.maxTokens()));
    }
    String threshold =
        String.format(
            Locale.ROOT,
            "deep needs $%.2f, %s, and %,d tokens, %s",
            settings.deepMinBudgetUsd(),
            RouterSettings.DEEP_MIN_BUDGET_USD,
            settings.deepMinBudgetTokens(),
            RouterSettings.DEEP_MIN_BUDGET_TOKENS);
    boolean allows = !usdShort && !tokensShort;
    reasons.add(
        new Reason(
            "budget",
            String.join(" and ", left) + " left",
            threshold,
            allows ? "allows deep" : "reflex instead of deep"));
    return allows;
  }

  /** A mode and the model that serves it. */
  private record Pick(RouteMode mode, Optional<ModelRef> model) {}

  private Route withModel(
      RouteSignals signals, boolean forced, RouteMode wanted, List<Reason> reasons) {
    Pick pick =
        wanted == RouteMode.DEEP
            ? deepModel(signals, forced, reasons)
            : reflexModel(signals, reasons);
    return build(signals, pick.mode(), pick.model(), reasons);
  }

  private Pick deepModel(RouteSignals signals, boolean forced, List<Reason> reasons) {
    Optional<ModelRef> reflex = signals.reflexModel();
    Optional<ModelRef> deep = signals.deepModel();
    if (deep.isPresent()) {
      reasons.add(new Reason("model", deep.get().toString(), "models.deep, else model", "uses it"));
      return new Pick(RouteMode.DEEP, deep);
    }
    if (reflex.isPresent() && forced) {
      reasons.add(
          new Reason(
              "model",
              "no deep model; " + reflex.get() + " is the reflex model",
              "models.deep, else model",
              "runs the deep loop with the reflex model"));
      return new Pick(RouteMode.DEEP, reflex);
    }
    if (reflex.isEmpty() && signals.engineTool().isEmpty()) {
      throw noModel(signals.kind().kind());
    }
    reasons.add(
        new Reason(
            "model",
            "no deep model configured",
            "models.deep, else model",
            "reflex instead of deep"));
    addReflexModelReason(reflex, signals.engineTool(), reasons);
    return new Pick(RouteMode.REFLEX, reflex);
  }

  private Pick reflexModel(RouteSignals signals, List<Reason> reasons) {
    Optional<ModelRef> reflex = signals.reflexModel();
    Optional<ModelRef> deep = signals.deepModel();
    Optional<String> engine = signals.engineTool();
    if (reflex.isPresent() || engine.isPresent()) {
      addReflexModelReason(reflex, engine, reasons);
      return new Pick(RouteMode.REFLEX, reflex);
    }
    if (deep.isPresent()) {
      reasons.add(
          new Reason(
              "model",
              "no reflex model; " + deep.get() + " is the deep model",
              "models.reflex, else model",
              "uses it with reflex limits"));
      return new Pick(RouteMode.REFLEX, deep);
    }
    throw noModel(signals.kind().kind());
  }

  private static void addReflexModelReason(
      Optional<ModelRef> reflex, Optional<String> engine, List<Reason> reasons) {
    if (reflex.isPresent()) {
      reasons.add(
          new Reason("model", reflex.get().toString(), "models.reflex, else model", "uses it"));
    } else {
      reasons.add(
          new Reason(
              "model",
              "none configured",
              "models.reflex, else model",
              "engine tool " + engine.orElseThrow() + " alone"));
    }
  }

  private Route build(
      RouteSignals signals, RouteMode mode, Optional<ModelRef> model, List<Reason> reasons) {
    RouterSettings.Limits limits = settings.limits(mode);
    int context = limits.contextTokens();
    if (model.isPresent()) {
      long window = catalog.info(model.get()).contextWindow();
      long half = window / 2;
      if (half < context) {
        reasons.add(
            new Reason(
                "context",
                String.format(Locale.ROOT, "%,d tokens configured", context),
                String.format(
                    Locale.ROOT, "at most half of %s's %,d-token window", model.get(), window),
                String.format(Locale.ROOT, "%,d tokens", half)));
        context = (int) Math.max(1, half);
      }
    }
    boolean verify = mode == RouteMode.DEEP || signals.kind().kind().writesCode();
    reasons.add(
        new Reason(
            "verification",
            verify ? "required" : "not required",
            "deep mode, or a request that writes code",
            verify ? "build and tests must pass before done" : "answer as is"));
    return new Route(
        mode,
        model,
        mode == RouteMode.REFLEX ? signals.engineTool() : Optional.empty(),
        limits.maxSteps(),
        limits.reasoningEffort(),
        context,
        verify,
        reasons);
  }

  private static GarlicException noModel(TaskKind kind) {
    return GarlicException.config(
        "no model is configured and no engine serves "
            + kind.label()
            + " requests without one; set model = \"PROVIDER/model-id\" in ~/.garlic/config.toml"
            + " (see docs/cli.md, Models and providers)");
  }
}
