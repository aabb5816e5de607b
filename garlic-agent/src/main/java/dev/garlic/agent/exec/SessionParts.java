package dev.garlic.agent.exec;

import dev.garlic.agent.loop.ContextSource;
import dev.garlic.agent.loop.Verifier;
import dev.garlic.agent.models.ModelSetup;
import dev.garlic.agent.tools.CoreEngine;
import dev.garlic.agent.verify.VerifyEngine;
import dev.garlic.llm.Message;
import dev.garlic.llm.ModelException;
import dev.garlic.llm.ModelRef;
import dev.garlic.spi.Engine;
import dev.garlic.spi.Engines;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Tool;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The pieces a {@link TaskSession} is assembled from: its models, tools, gates and constraints. */
final class SessionParts {

  private SessionParts() {}

  /** The mode's model ({@code models.reflex} or {@code models.deep}), else {@code model}. */
  static ModelRef startingModel(ModelSetup setup, String mode) {
    Optional<ModelRef> model = mode.equals("reflex") ? setup.reflexModel() : setup.deepModel();
    return model
        .or(setup::model)
        .orElseThrow(
            () ->
                GarlicException.config(
                    "no model is configured; set model = \"PROVIDER/model-id\" in"
                        + " ~/.garlic/config.toml (see docs/cli.md, Models and providers)"));
  }

  /** The session's own model when it is still configured, else the mode's. */
  static ModelRef resumedModel(ModelSetup setup, String logged, String mode) {
    try {
      ModelRef ref = ModelRef.parse(logged);
      if (setup.provider(ref.provider()).isPresent()) {
        return ref;
      }
    } catch (ModelException e) {
      // An unreadable model name in the log: fall back to the configuration's.
    }
    return startingModel(setup, mode);
  }

  /**
   * The gates of a Deep turn: the build and tests of the task's changes (reusing the model's own
   * test runs) when the {@code verify} engine is on the class path, then the security audit of the
   * changes when an engine offers {@code audit_diff}. Without either, turns end unverified and say
   * so.
   */
  static Verifier verifier(Engines engines, List<Tool> tools, TaskSession.Place place) {
    List<Verifier> gates = new ArrayList<>();
    engines.all().stream()
        .filter(VerifyEngine.class::isInstance)
        .map(VerifyEngine.class::cast)
        .findFirst()
        .ifPresent(engine -> gates.add(new GateVerifier(place, engine.log())));
    AuditGate.from(tools, place.base()).ifPresent(gates::add);
    return gates.isEmpty() ? Verifier.NONE : new GateChain(gates);
  }

  /**
   * The tools of every engine, with {@code core} (the file, patch, shell, git and plan tools)
   * replaced by the session's own instance, whose writes the session's constraints guard.
   */
  static List<Tool> tools(Engines engines, CoreEngine core) {
    List<Tool> tools = new ArrayList<>();
    for (Engine engine : engines.all()) {
      tools.addAll(engine instanceof CoreEngine ? core.tools() : engine.tools());
    }
    return tools;
  }

  /** What the user said in {@code conversation}, without the context Garlic added. */
  static List<String> restated(List<Message> conversation) {
    return conversation.stream()
        .filter(Message.UserMessage.class::isInstance)
        .map(m -> ((Message.UserMessage) m).text())
        .filter(text -> !text.startsWith(ContextSource.PREAMBLE))
        .toList();
  }
}
