package dev.garlic.agent.tools;

import dev.garlic.spi.EngineContext;
import dev.garlic.spi.Param;
import dev.garlic.spi.RecordTool;
import dev.garlic.spi.ToolInfo;
import dev.garlic.spi.ToolResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code apply_patch} tool: adds, deletes, updates and moves files with one envelope of
 * context-anchored hunks (format in {@code docs/apply-patch.md}). All or nothing: every hunk of
 * every file is matched, and every new file content passed by the {@link WriteGuard}, before the
 * first file is written.
 */
@ToolInfo(
    name = "apply_patch",
    description =
        "Edit files with a patch. Format: '*** Begin Patch', then per file '*** Add File: PATH'"
            + " (every line prefixed '+'), '*** Delete File: PATH', or '*** Update File: PATH'"
            + " (optionally '*** Move to: NEWPATH') followed by hunks: a line '@@' or '@@ LINE'"
            + " (LINE: an existing line such as a method signature that comes before the change),"
            + " then context lines prefixed ' ', removed lines '-', added lines '+'; give about 3"
            + " context lines around each change; end with '*** End Patch'. Paths are relative to"
            + " the workspace root. If any hunk does not apply, nothing is changed.",
    mutating = true)
final class ApplyPatchTool extends RecordTool<ApplyPatchTool.Params> {

  record Params(
      @Param(
              description = "The whole patch, from '*** Begin Patch' to '*** End Patch'",
              example = "*** Begin Patch\n*** Update File: a.txt\n@@\n-old\n+new\n*** End Patch")
          String patch) {}

  private final WriteGuard guard;

  ApplyPatchTool() {
    this(WriteGuard.NONE);
  }

  ApplyPatchTool(WriteGuard guard) {
    this.guard = guard;
  }

  @Override
  public ToolResult run(Params p, EngineContext context) {
    PatchApplier.Plan plan = PatchApplier.plan(context.root(), PatchParser.parse(p.patch()));
    guard.check("apply_patch", context.root(), newContents(plan.writes()), deleted(plan.writes()));
    PatchWriter.write(plan.writes());
    return new ToolResult(plan.result(), plan.result().text());
  }

  /** The new content of each file the patch writes, as text. */
  private static Map<Path, String> newContents(Map<Path, byte @Nullable []> writes) {
    Map<Path, String> contents = new LinkedHashMap<>();
    writes.forEach(
        (file, bytes) -> {
          if (bytes != null) {
            contents.put(file, new String(bytes, StandardCharsets.UTF_8));
          }
        });
    return contents;
  }

  /** The files the patch deletes (moved files included). */
  private static List<Path> deleted(Map<Path, byte @Nullable []> writes) {
    return writes.entrySet().stream()
        .filter(e -> e.getValue() == null)
        .map(Map.Entry::getKey)
        .toList();
  }
}
