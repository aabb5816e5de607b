package dev.garlic.agent.route;

import dev.garlic.agent.loop.Budget;
import dev.garlic.llm.ModelRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds {@link RouteSignals} for tests, starting from a small measured explain request. */
final class Signals {

  static final ModelRef SMALL = new ModelRef("openai", "gpt-5-mini");
  static final ModelRef STRONG = new ModelRef("openai", "gpt-5.3-codex");

  private TaskClassifier.Classification kind =
      new TaskClassifier.Classification(TaskKind.EXPLAIN, "starts with 'explain'");
  private CodeSize size = CodeSize.of(List.of(new CodeSize.LocatedFile("src/Cart.java", 120)));
  private EngineCheck engine = EngineCheck.none("none configured for explain");
  private int failing;
  private Budget budget = Budget.UNLIMITED;
  private Optional<ModelRef> reflex = Optional.of(SMALL);
  private Optional<ModelRef> deep = Optional.of(STRONG);

  Signals kind(TaskKind kind) {
    this.kind = new TaskClassifier.Classification(kind, "test");
    return this;
  }

  Signals files(long... lines) {
    List<CodeSize.LocatedFile> files = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      files.add(new CodeSize.LocatedFile("src/F" + i + ".java", lines[i]));
    }
    size = CodeSize.of(files);
    return this;
  }

  Signals unmeasured() {
    size = CodeSize.unknown("no locate tool");
    return this;
  }

  Signals engine(String tool) {
    engine = EngineCheck.applies(tool, kind.kind());
    return this;
  }

  Signals failing(int tests) {
    failing = tests;
    return this;
  }

  Signals budget(Budget budget) {
    this.budget = budget;
    return this;
  }

  Signals models(Optional<ModelRef> reflex, Optional<ModelRef> deep) {
    this.reflex = reflex;
    this.deep = deep;
    return this;
  }

  RouteSignals build() {
    return new RouteSignals(kind, size, engine, failing, budget, reflex, deep);
  }
}
