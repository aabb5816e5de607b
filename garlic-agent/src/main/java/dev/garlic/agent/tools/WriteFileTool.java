package dev.garlic.agent.tools;

import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Param;
import dev.garlic.spi.RecordTool;
import dev.garlic.spi.ToolInfo;
import dev.garlic.spi.ToolResult;
import dev.garlic.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The {@code write_file} tool: creates or replaces a whole file, creating missing parent
 * directories. The write is atomic, so readers never see half a file. The {@link WriteGuard} sees
 * the new content first; a file that breaks a user's constraint is not written.
 */
@ToolInfo(
    name = "write_file",
    description =
        "Create a file, or replace its whole content, creating missing directories. To change"
            + " part of an existing file use apply_patch instead.",
    mutating = true)
final class WriteFileTool extends RecordTool<WriteFileTool.Params> {

  record Params(
      @Param(description = "File relative to the workspace root", example = "src/Main.java")
          String path,
      @Param(description = "The file's complete new content") String content) {}

  private final WriteGuard guard;

  WriteFileTool() {
    this(WriteGuard.NONE);
  }

  WriteFileTool(WriteGuard guard) {
    this.guard = guard;
  }

  @Override
  public ToolResult run(Params p, EngineContext context) {
    Path file = WorkspacePaths.resolve(context.root(), p.path());
    if (file.equals(context.root()) || Files.isDirectory(file)) {
      throw GarlicException.usage(p.path() + " is a directory; give the path of a file");
    }
    guard.check("write_file", context.root(), Map.of(file, p.content()), List.of());
    boolean created = !Files.exists(file);
    byte[] bytes = p.content().getBytes(StandardCharsets.UTF_8);
    try {
      Files.createDirectories(file.getParent());
      AtomicFiles.write(WorkspacePaths.writeTarget(file), bytes);
    } catch (IOException e) {
      throw GarlicException.input("cannot write " + p.path() + ": " + e.getMessage());
    }
    FileWrite write =
        new FileWrite(
            WorkspacePaths.display(context.root(), file),
            created,
            TextFiles.lines(p.content()).size(),
            bytes.length);
    return new ToolResult(write, write.text());
  }
}
