package dev.garlic.agent.session;

import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a session is, written once as the first record of its log.
 *
 * @param id the session id: up to 64 letters, digits, {@code -} or {@code _}, starting with a
 *     letter or digit; it names the log file
 * @param created when the session started
 * @param repoRoot the root of the repository (or directory) the user started the session in
 * @param worktree the worktree the session works in, when it runs as a task; null otherwise
 * @param branch the branch of that worktree; null when there is none
 * @param taskId the task the session runs; null for a session that is not a task
 * @param model the model, as {@code provider/model-id}
 * @param mode the mode it runs in ({@code deep} or {@code reflex}); null if not known
 * @param title a one-line title, usually the first line of the first input
 * @param garlicVersion the Garlic that wrote the log
 * @param formatVersion the version of the log format, {@link #FORMAT_VERSION} for new logs
 */
public record SessionMeta(
    String id,
    Instant created,
    Path repoRoot,
    @Nullable Path worktree,
    @Nullable String branch,
    @Nullable String taskId,
    String model,
    @Nullable String mode,
    String title,
    String garlicVersion,
    int formatVersion) {

  /** The log format this Garlic writes and the newest it reads. */
  public static final int FORMAT_VERSION = 1;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  public SessionMeta {
    if (!isValidId(id)) {
      throw new IllegalArgumentException("not a session id: '" + id + "'");
    }
  }

  /** Meta data of a new session in the current format, written by the running Garlic. */
  public static SessionMeta of(
      String id,
      Instant created,
      Path repoRoot,
      @Nullable Path worktree,
      @Nullable String branch,
      @Nullable String taskId,
      String model,
      @Nullable String mode,
      String title) {
    return new SessionMeta(
        id,
        created,
        repoRoot,
        worktree,
        branch,
        taskId,
        model,
        mode,
        title,
        runningVersion(),
        FORMAT_VERSION);
  }

  /** True if {@code id} may name a session (and so a file). */
  public static boolean isValidId(String id) {
    return ID.matcher(id).matches();
  }

  /** The version of the running Garlic: the jar's Implementation-Version, or {@code dev}. */
  public static String runningVersion() {
    String version = SessionMeta.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
