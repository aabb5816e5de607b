package dev.garlic.agent.exec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.garlic.agent.loop.ApprovalPolicy;
import dev.garlic.agent.models.ModelKeys;
import dev.garlic.protocol.agent.TurnEndReason;
import dev.garlic.spi.Cancellation;
import dev.garlic.spi.Reporter;
import dev.garlic.testkit.model.ScriptedModelServer;
import dev.garlic.testkit.model.ScriptedReply;
import dev.garlic.testkit.model.ScriptedToolCall;
import dev.garlic.workspace.config.Config;
import dev.garlic.workspace.config.ConfigLoader;
import dev.garlic.workspace.git.ApplyMode;
import dev.garlic.workspace.git.TaskWorktrees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several tasks of one repository run at the same time, each with its own model, in its own
 * worktree: none sees another's files, the user's checkout is untouched, and each applies.
 */
class ParallelTasksTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path repo;
  @TempDir Path home;

  @BeforeEach
  void setUp() throws Exception {
    git("init", "-q", "-b", "main");
    git("config", "user.name", "Test");
    git("config", "user.email", "test@example.com");
    git("config", "commit.gpgsign", "false");
    Files.writeString(repo.resolve("README.md"), "shared\n");
    git("add", "-A");
    git("commit", "-q", "-m", "initial");
  }

  private void git(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(repo.toFile()).inheritIO().start();
    assertThat(process.waitFor()).as("git %s", String.join(" ", args)).isZero();
  }

  private Config config(ScriptedModelServer server) {
    return new ConfigLoader(ModelKeys.ALL, Map.of(), home)
        .load(
            repo,
            Map.of(
                "model", "local/test-model",
                "providers.local.kind", "openai",
                "providers.local.base_url", server.baseUri() + "/v1"));
  }

  private static void script(ScriptedModelServer server, String file) throws Exception {
    String write = JSON.writeValueAsString(Map.of("path", file, "content", file + "\n"));
    String commit = JSON.writeValueAsString(Map.of("message", "add " + file));
    server
        .enqueue(ScriptedReply.toolCalls(new ScriptedToolCall("w", "write_file", write)))
        .enqueue(ScriptedReply.toolCalls(new ScriptedToolCall("c", "git_commit", commit)))
        .enqueue(ScriptedReply.text("added " + file));
  }

  @Test
  void tasksRunConcurrentlyInSeparateWorktreesAndAllApply() throws Exception {
    List<String> files = List.of("one.txt", "two.txt", "three.txt");
    List<ScriptedModelServer> servers = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(files.size());
    try {
      List<Future<TaskExecution.Result>> runs = new ArrayList<>();
      for (String file : files) {
        ScriptedModelServer server = ScriptedModelServer.start();
        servers.add(server);
        script(server, file);
        TaskExecution execution =
            new TaskExecution(config(server), Map.of(), home, Reporter.SILENT);
        runs.add(
            pool.submit(
                () ->
                    execution.run(
                        repo,
                        "add " + file,
                        TaskSession.Options.of("add " + file, ApprovalPolicy.NEVER_ASK),
                        event -> {},
                        Cancellation.create())));
      }
      List<TaskExecution.Result> results = new ArrayList<>();
      for (Future<TaskExecution.Result> run : runs) {
        results.add(run.get());
      }

      TaskWorktrees tasks = TaskWorktrees.open(repo);
      for (int i = 0; i < files.size(); i++) {
        TaskExecution.Result result = results.get(i);
        assertThat(result.reason()).isEqualTo(TurnEndReason.DONE);
        String mine = files.get(i);
        for (String file : files) {
          assertThat(result.worktree().resolve(file).toFile().exists())
              .as("%s in the worktree of %s", file, mine)
              .isEqualTo(file.equals(mine));
        }
        assertThat(repo.resolve(mine)).doesNotExist();
      }
      for (TaskExecution.Result result : results) {
        tasks.apply(result.taskId(), ApplyMode.MERGE);
      }
      for (String file : files) {
        assertThat(repo.resolve(file)).hasContent(file);
      }
    } finally {
      pool.shutdownNow();
      servers.forEach(ScriptedModelServer::close);
    }
  }
}
