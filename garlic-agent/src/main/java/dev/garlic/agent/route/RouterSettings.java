package dev.garlic.agent.route;

import dev.garlic.llm.ReasoningEffort;
import dev.garlic.spi.ConfigKey;
import dev.garlic.spi.ConfigKey.Type;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Settings;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The router's thresholds and the limits of each mode, from the {@code router.*} configuration keys
 * ({@link #KEYS}, documented in {@code docs/router.md}). Immutable.
 *
 * @param reflexMaxLines located code above this many lines calls for Deep
 * @param reflexMaxFiles more involved files than this call for Deep
 * @param deepMinFailingTests this many known failing tests or more call for Deep
 * @param deepMinBudgetUsd Deep needs at least this much budget left, in USD
 * @param deepMinBudgetTokens Deep needs at least this many tokens of budget left
 * @param locateLimit the most located files that count towards the code's size
 * @param relevanceShare a located file counts when its score is at least this share of the best
 * @param reflex the limits of Reflex mode
 * @param deep the limits of Deep mode
 * @param engineTools per kind, the deterministic engine tool that serves it on its own
 */
public record RouterSettings(
    long reflexMaxLines,
    int reflexMaxFiles,
    int deepMinFailingTests,
    double deepMinBudgetUsd,
    long deepMinBudgetTokens,
    int locateLimit,
    double relevanceShare,
    Limits reflex,
    Limits deep,
    Map<TaskKind, String> engineTools) {

  /**
   * The limits one mode runs with.
   *
   * @param maxSteps the most model calls per turn
   * @param contextTokens the most tokens of code context (capped at half the model's window)
   * @param reasoningEffort how hard the model thinks
   */
  public record Limits(int maxSteps, int contextTokens, ReasoningEffort reasoningEffort) {}

  static final String PREFIX = "router.";
  static final String REFLEX_MAX_LINES = PREFIX + "reflex_max_lines";
  static final String REFLEX_MAX_FILES = PREFIX + "reflex_max_files";
  static final String DEEP_MIN_FAILING_TESTS = PREFIX + "deep_min_failing_tests";
  static final String DEEP_MIN_BUDGET_USD = PREFIX + "deep_min_budget_usd";
  static final String DEEP_MIN_BUDGET_TOKENS = PREFIX + "deep_min_budget_tokens";
  static final String LOCATE_LIMIT = PREFIX + "locate_limit";
  static final String RELEVANCE_SHARE = PREFIX + "relevance_share";
  static final String ENGINE_TOOLS = PREFIX + "engine_tools";

  /** The defaults, as documented. */
  public static final RouterSettings DEFAULTS =
      new RouterSettings(
          400,
          3,
          1,
          0.50,
          200_000,
          10,
          0.5,
          new Limits(8, 16_000, ReasoningEffort.LOW),
          new Limits(50, 120_000, ReasoningEffort.HIGH),
          Map.of(TaskKind.AUDIT, "audit", TaskKind.TEST, "testgen", TaskKind.FIX, "repair"));

  /** Every {@code router.*} key; front ends add them to the keys they load. */
  public static final List<ConfigKey> KEYS =
      List.of(
          new ConfigKey(
              REFLEX_MAX_LINES,
              Type.INTEGER,
              DEFAULTS.reflexMaxLines(),
              "located code above this many lines routes to Deep"),
          new ConfigKey(
              REFLEX_MAX_FILES,
              Type.INTEGER,
              (long) DEFAULTS.reflexMaxFiles(),
              "more involved files than this route to Deep"),
          new ConfigKey(
              DEEP_MIN_FAILING_TESTS,
              Type.INTEGER,
              (long) DEFAULTS.deepMinFailingTests(),
              "this many known failing tests or more route to Deep"),
          new ConfigKey(
              DEEP_MIN_BUDGET_USD,
              Type.NUMBER,
              DEFAULTS.deepMinBudgetUsd(),
              "Deep needs at least this much budget left (USD), else Reflex"),
          new ConfigKey(
              DEEP_MIN_BUDGET_TOKENS,
              Type.INTEGER,
              DEFAULTS.deepMinBudgetTokens(),
              "Deep needs at least this many tokens of budget left, else Reflex"),
          new ConfigKey(
              LOCATE_LIMIT,
              Type.INTEGER,
              (long) DEFAULTS.locateLimit(),
              "the most located files that count towards the size of the code involved"),
          new ConfigKey(
              RELEVANCE_SHARE,
              Type.NUMBER,
              DEFAULTS.relevanceShare(),
              "a located file counts when its score is at least this share of the best"),
          limitKey(RouteMode.REFLEX, "max_steps", Type.INTEGER, 8L, "most model calls per turn"),
          limitKey(
              RouteMode.REFLEX, "context_tokens", Type.INTEGER, 16_000L, "tokens of code context"),
          limitKey(RouteMode.REFLEX, "reasoning_effort", Type.STRING, "low", "low, medium or high"),
          limitKey(RouteMode.DEEP, "max_steps", Type.INTEGER, 50L, "most model calls per turn"),
          limitKey(
              RouteMode.DEEP, "context_tokens", Type.INTEGER, 120_000L, "tokens of code context"),
          limitKey(RouteMode.DEEP, "reasoning_effort", Type.STRING, "high", "low, medium or high"),
          new ConfigKey(
              ENGINE_TOOLS,
              Type.STRING_MAP,
              null,
              "per task kind, the engine tool that serves it without a model; default: audit ="
                  + " \"audit\", test = \"testgen\", fix = \"repair\""));

  public RouterSettings {
    engineTools = Map.copyOf(engineTools);
  }

  /**
   * Reads the settings, each key falling back to {@link #DEFAULTS}.
   *
   * @throws GarlicException (config) naming the key when a value is out of range or unknown
   */
  public static RouterSettings from(Settings settings) {
    return new RouterSettings(
        atLeast(settings, REFLEX_MAX_LINES, DEFAULTS.reflexMaxLines(), 0),
        (int) atLeast(settings, REFLEX_MAX_FILES, DEFAULTS.reflexMaxFiles(), 0),
        (int) atLeast(settings, DEEP_MIN_FAILING_TESTS, DEFAULTS.deepMinFailingTests(), 1),
        number(settings, DEEP_MIN_BUDGET_USD, DEFAULTS.deepMinBudgetUsd(), 0, Double.MAX_VALUE),
        atLeast(settings, DEEP_MIN_BUDGET_TOKENS, DEFAULTS.deepMinBudgetTokens(), 0),
        (int) atLeast(settings, LOCATE_LIMIT, DEFAULTS.locateLimit(), 1),
        number(settings, RELEVANCE_SHARE, DEFAULTS.relevanceShare(), 0, 1),
        limits(settings, RouteMode.REFLEX, DEFAULTS.reflex()),
        limits(settings, RouteMode.DEEP, DEFAULTS.deep()),
        engineTools(settings));
  }

  /** The limits of {@code mode}. */
  public Limits limits(RouteMode mode) {
    return mode == RouteMode.REFLEX ? reflex : deep;
  }

  /** The engine tool configured for {@code kind}, if any. */
  public Optional<String> engineTool(TaskKind kind) {
    return Optional.ofNullable(engineTools.get(kind));
  }

  static String limitName(RouteMode mode, String field) {
    return PREFIX + mode.label() + "." + field;
  }

  private static ConfigKey limitKey(
      RouteMode mode, String field, Type type, Object defaultValue, String description) {
    return new ConfigKey(
        limitName(mode, field), type, defaultValue, mode.label() + " mode: " + description);
  }

  private static Limits limits(Settings settings, RouteMode mode, Limits defaults) {
    String effortKey = limitName(mode, "reasoning_effort");
    String effort =
        settings
            .string(effortKey, defaults.reasoningEffort().name())
            .strip()
            .toUpperCase(Locale.ROOT);
    ReasoningEffort reasoning;
    try {
      reasoning = ReasoningEffort.valueOf(effort);
    } catch (IllegalArgumentException e) {
      throw GarlicException.config(
          effortKey
              + " must be low, medium or high, was '"
              + effort.toLowerCase(Locale.ROOT)
              + "'");
    }
    return new Limits(
        (int) between(settings, limitName(mode, "max_steps"), defaults.maxSteps(), 1, 10_000),
        (int)
            between(
                settings,
                limitName(mode, "context_tokens"),
                defaults.contextTokens(),
                1_000,
                10_000_000),
        reasoning);
  }

  private static Map<TaskKind, String> engineTools(Settings settings) {
    Optional<Object> raw = settings.raw(ENGINE_TOOLS);
    if (raw.isEmpty()) {
      return DEFAULTS.engineTools();
    }
    if (!(raw.get() instanceof Map<?, ?> table)) {
      throw GarlicException.config(ENGINE_TOOLS + " must be a table of kind = \"tool\"");
    }
    Map<TaskKind, String> tools = new EnumMap<>(DEFAULTS.engineTools());
    for (Map.Entry<?, ?> entry : table.entrySet()) {
      String label = String.valueOf(entry.getKey());
      TaskKind kind =
          TaskKind.ofLabel(label)
              .orElseThrow(
                  () ->
                      GarlicException.config(
                          ENGINE_TOOLS
                              + " names kind '"
                              + label
                              + "', which does not exist; use one of "
                              + kindLabels()));
      String tool = String.valueOf(entry.getValue()).strip();
      if (tool.isEmpty()) {
        // An empty name turns the shortcut off for that kind.
        tools.remove(kind);
      } else {
        tools.put(kind, tool);
      }
    }
    return tools;
  }

  private static List<String> kindLabels() {
    return java.util.Arrays.stream(TaskKind.values()).map(TaskKind::label).toList();
  }

  private static long atLeast(Settings settings, String key, long fallback, long min) {
    return between(settings, key, fallback, min, Long.MAX_VALUE);
  }

  private static long between(Settings settings, String key, long fallback, long min, long max) {
    long value;
    try {
      value = settings.integer(key, fallback);
    } catch (NumberFormatException e) {
      throw GarlicException.config(key + " must be a whole number");
    }
    if (value < min || value > max) {
      throw GarlicException.config(
          key
              + " must be "
              + (max == Long.MAX_VALUE ? "at least " + min : "between " + min + " and " + max)
              + ", was "
              + value);
    }
    return value;
  }

  private static double number(
      Settings settings, String key, double fallback, double min, double max) {
    Object raw = settings.raw(key).orElse(fallback);
    double value;
    try {
      value = raw instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(raw));
    } catch (NumberFormatException e) {
      throw GarlicException.config(key + " must be a number");
    }
    if (Double.isNaN(value) || value < min || value > max) {
      throw GarlicException.config(
          key
              + " must be "
              + (max == Double.MAX_VALUE ? "at least " + min : "between " + min + " and " + max)
              + ", was "
              + value);
    }
    return value;
  }
}
