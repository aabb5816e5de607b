package dev.garlic.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.garlic.agent.usage.SqliteUsageLedger;
import dev.garlic.agent.usage.UsageQuery;
import dev.garlic.protocol.usage.UsageGrouping;
import dev.garlic.protocol.usage.UsageRow;
import dev.garlic.workspace.copy.WorkspaceTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code garlic tasks}: the tasks of this repository (worktrees) or directory (copies, made with
 * {@code --no-git}) with state, branch, diffstat and cost.
 */
@Command(
    name = "tasks",
    description = {
      "List the tasks of this repository, each in its own git worktree on branch garlic/<id>",
      "(or, outside git, on its own copy made with --no-git): state (clean, changed, committed),",
      "branch, diffstat against its base and cost (USD)."
    })
final class TasksCommand implements Callable<Integer> {

  private final Invocation invocation;

  TasksCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    List<WorkspaceTasks.Task> tasks = WorkspaceTasks.open(invocation.base()).list();
    Map<String, Double> costs = costs();
    Output output = invocation.output();
    if (output.json()) {
      output.printJson(json(tasks, costs));
    } else if (tasks.isEmpty()) {
      output.text("no tasks");
    } else {
      Table table = new Table(output.palette());
      table.row("TASK", "STATE", "BRANCH", "COST", "CHANGES");
      for (WorkspaceTasks.Task task : tasks) {
        table.row(
            task.id(),
            task.state().name().toLowerCase(Locale.ROOT),
            task.kind() == WorkspaceTasks.Kind.COPY ? "(copy)" : task.branch(),
            String.format(Locale.ROOT, "$%.2f", costs.getOrDefault(task.id(), 0.0)),
            task.diffstat().isEmpty() ? "-" : task.diffstat());
      }
      output.text(table.toString());
    }
    return 0;
  }

  /** Cost in USD per task id from the usage ledger; empty when nothing was recorded yet. */
  private Map<String, Double> costs() {
    Io io = invocation.io();
    Path file = SqliteUsageLedger.userFile(io.env(), io.home());
    Map<String, Double> costs = new HashMap<>();
    if (!Files.exists(file)) {
      return costs;
    }
    try (SqliteUsageLedger ledger = SqliteUsageLedger.open(file)) {
      UsageQuery query = new UsageQuery(null, UsageGrouping.TASK, ZoneId.systemDefault());
      for (UsageRow row : ledger.report(query).rows()) {
        if (row.key() != null) {
          costs.put(row.key(), row.total().costUsd());
        }
      }
    }
    return costs;
  }

  private static ArrayNode json(List<WorkspaceTasks.Task> tasks, Map<String, Double> costs) {
    ArrayNode array = Json.object().arrayNode();
    for (WorkspaceTasks.Task task : tasks) {
      ObjectNode node = array.addObject();
      node.put("id", task.id());
      node.put("kind", task.kind().name().toLowerCase(Locale.ROOT));
      node.put("title", task.title());
      node.put("state", task.state().name().toLowerCase(Locale.ROOT));
      node.put("branch", task.branch());
      node.put("path", task.path().toString());
      node.put("base", task.base());
      node.put("created", task.created().toString());
      node.put("diffstat", task.diffstat());
      node.put("cost_usd", costs.getOrDefault(task.id(), 0.0));
    }
    return array;
  }
}
