package dev.garlic.agent.tools;

import dev.garlic.agent.approval.ApprovalMode;
import dev.garlic.agent.approval.CommandRules;
import dev.garlic.agent.sandbox.Sandbox;
import dev.garlic.spi.ConfigKey;
import dev.garlic.spi.Engine;
import dev.garlic.spi.Tool;
import java.util.ArrayList;
import java.util.List;

/**
 * The agent's built-in tools as an engine named {@code core}: files ({@code list_dir}, {@code
 * read_file}, {@code write_file}, {@code apply_patch}), {@code shell}, git ({@code git_status},
 * {@code git_diff}, {@code git_commit}) and {@code update_plan}. Found through {@code
 * META-INF/services/dev.garlic.spi.Engine}. Every path argument is relative to the call's workspace
 * root; paths that leave it, directly or through a symlink, are refused.
 *
 * <p>{@code shell} runs its commands through the call's {@link
 * dev.garlic.spi.EngineContext#commands()}.
 *
 * <p>The tools are thread-safe. The engine holds the plans of {@code update_plan} ({@link
 * #plans()}), so one engine instance should serve a session.
 */
public final class CoreEngine implements Engine {

  private final PlanStore plans;
  private final WriteGuard guard;

  /** The engine as {@link java.util.ServiceLoader} makes it: no constraints on writes. */
  public CoreEngine() {
    this(new PlanStore());
  }

  /** An engine whose {@code update_plan} keeps plans in {@code plans}; no constraints on writes. */
  public CoreEngine(PlanStore plans) {
    this(plans, WriteGuard.NONE);
  }

  /**
   * An engine whose {@code update_plan} keeps plans in {@code plans} and whose {@code write_file}
   * and {@code apply_patch} refuse writes that {@code guard} refuses.
   */
  public CoreEngine(PlanStore plans, WriteGuard guard) {
    this.plans = plans;
    this.guard = guard;
  }

  @Override
  public String name() {
    return "core";
  }

  @Override
  public List<Tool> tools() {
    return List.of(
        new ListDirTool(),
        new ReadFileTool(),
        new WriteFileTool(guard),
        new ApplyPatchTool(guard),
        new ShellTool(),
        new GitStatusTool(),
        new GitDiffTool(),
        new GitCommitTool(),
        new UpdatePlanTool(plans));
  }

  /** The plans {@code update_plan} has stored, by workspace root. */
  public PlanStore plans() {
    return plans;
  }

  /**
   * The keys of the shell, and of the approval policy and sandbox, which the agent reads for every
   * tool but which no engine-less place declares.
   */
  @Override
  public List<ConfigKey> configKeys() {
    List<ConfigKey> keys = new ArrayList<>(shellKeys());
    keys.add(ApprovalMode.configKey());
    keys.addAll(CommandRules.configKeys());
    keys.addAll(Sandbox.configKeys());
    return List.copyOf(keys);
  }

  private static List<ConfigKey> shellKeys() {
    return List.of(
        new ConfigKey(
            ShellTool.TIMEOUT_KEY,
            ConfigKey.Type.INTEGER,
            ShellTool.DEFAULT_TIMEOUT,
            "seconds a shell command may run when the call gives no timeout"),
        new ConfigKey(
            ShellTool.MAX_TIMEOUT_KEY,
            ConfigKey.Type.INTEGER,
            ShellTool.DEFAULT_MAX_TIMEOUT,
            "the longest timeout, in seconds, a shell call may ask for"),
        new ConfigKey(
            ShellTool.LOGIN_KEY,
            ConfigKey.Type.BOOLEAN,
            true,
            "run shell commands in a login shell (bash -lc), which reads the user's profile"));
  }
}
