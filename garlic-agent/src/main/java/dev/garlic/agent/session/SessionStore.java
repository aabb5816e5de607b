package dev.garlic.agent.session;

import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Reporter;
import dev.garlic.workspace.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The sessions of a user: one log {@code <id>.jsonl} per session in one directory ({@code
 * $GARLIC_HOME/sessions}, default {@code ~/.garlic/sessions}). Lists them newest first and finds
 * one by id, id prefix or recency. Logs that cannot be read are skipped with a warning to the
 * reporter. Reads only; {@link SessionLog} writes. Thread-safe.
 */
public final class SessionStore {

  static final String SUFFIX = ".jsonl";
  private static final String NAME = "sessions";
  private static final int MAX_CANDIDATES_SHOWN = 5;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
  private static final char[] BASE32 = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path dir;
  private final Reporter reporter;

  /**
   * @param dir the directory of the logs; it need not exist (then there are no sessions)
   * @param reporter receives a warning for every log skipped because it cannot be read
   */
  public SessionStore(Path dir, Reporter reporter) {
    this.dir = dir;
    this.reporter = reporter;
  }

  /** The sessions directory of the user: {@code $GARLIC_HOME/sessions}, else under home. */
  public static Path userDir(Map<String, String> env, Path userHome) {
    return ConfigLoader.userDir(env, userHome).resolve(NAME);
  }

  /** A fresh session id such as {@code 20261121-k3x9qa}: the UTC day, then six random letters. */
  public static String newId(Instant now) {
    StringBuilder id = new StringBuilder(DAY.format(now)).append('-');
    for (int i = 0; i < 6; i++) {
      id.append(BASE32[RANDOM.nextInt(BASE32.length)]);
    }
    return id.toString();
  }

  public Path dir() {
    return dir;
  }

  /** Every session, most recently written first. */
  public List<SessionSummary> list() {
    return list(null, Integer.MAX_VALUE);
  }

  /**
   * The sessions started in {@code repo} (or in a worktree containing it), most recently written
   * first, at most {@code limit}; every session if {@code repo} is null. Only the logs listed are
   * read whole.
   */
  public List<SessionSummary> list(@Nullable Path repo, int limit) {
    List<SessionSummary> result = new ArrayList<>();
    for (Path file : newestFirst()) {
      if (result.size() >= limit) {
        break;
      }
      try {
        if (repo != null && !startedIn(SessionReader.readMeta(file), repo)) {
          continue;
        }
        RestoredSession session = SessionReplay.restore(file);
        result.add(SessionSummary.of(session, modified(file), SessionLog.isOpen(file)));
      } catch (GarlicException e) {
        reporter.warn("skipped a session: " + e.getMessage());
      }
    }
    return result;
  }

  /**
   * The log of the session whose id is {@code idOrPrefix}, or starts with it.
   *
   * @throws GarlicException (input) if there is no such session; (usage) if the prefix names
   *     several, listing them
   */
  public Path find(String idOrPrefix) {
    String wanted = idOrPrefix.strip();
    if (wanted.isEmpty() || !SessionMeta.isValidId(wanted)) {
      throw GarlicException.usage(
          "'" + idOrPrefix + "' is not a session id; run garlic sessions to list them");
    }
    Path exact = fileOf(dir, wanted);
    if (Files.isRegularFile(exact)) {
      return exact;
    }
    List<Path> matches =
        newestFirst().stream().filter(file -> idOf(file).startsWith(wanted)).toList();
    if (matches.isEmpty()) {
      throw GarlicException.input(
          "no session '" + wanted + "' in " + dir + "; run garlic sessions --all to list them");
    }
    if (matches.size() > 1) {
      List<String> ids = matches.stream().map(SessionStore::idOf).toList();
      String shown = String.join(", ", ids.subList(0, Math.min(ids.size(), MAX_CANDIDATES_SHOWN)));
      String more =
          ids.size() > MAX_CANDIDATES_SHOWN
              ? " and " + (ids.size() - MAX_CANDIDATES_SHOWN) + " more"
              : "";
      throw GarlicException.usage(
          "'"
              + wanted
              + "' names "
              + ids.size()
              + " sessions ("
              + shown
              + more
              + "); give more of the id");
    }
    return matches.getFirst();
  }

  /** The log of the session written most recently; empty if there is none. */
  public Optional<Path> last() {
    return newestFirst().stream().findFirst();
  }

  /** The log of the session started in {@code repo} written most recently; empty if none. */
  public Optional<Path> last(Path repo) {
    for (Path file : newestFirst()) {
      try {
        if (startedIn(SessionReader.readMeta(file), repo)) {
          return Optional.of(file);
        }
      } catch (GarlicException e) {
        reporter.warn("skipped a session: " + e.getMessage());
      }
    }
    return Optional.empty();
  }

  /** True if the session was started in {@code dir}, or in a directory that contains it. */
  static boolean startedIn(SessionMeta meta, Path dir) {
    Path where = canonical(dir);
    return where.startsWith(canonical(meta.repoRoot()))
        || (meta.worktree() != null && where.startsWith(canonical(meta.worktree())));
  }

  private List<Path> newestFirst() {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
      for (Path file : stream) {
        if (Files.isRegularFile(file) && SessionMeta.isValidId(idOf(file))) {
          files.add(file);
        }
      }
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw GarlicException.input(
          "cannot list the sessions in "
              + dir
              + " ("
              + e.getClass().getSimpleName()
              + "); check its permissions");
    }
    Map<Path, Instant> modified = new HashMap<>();
    files.forEach(file -> modified.put(file, modified(file)));
    files.sort(
        Comparator.comparing((Path file) -> modified.get(file))
            .reversed()
            .thenComparing(SessionStore::idOf, Comparator.reverseOrder()));
    return files;
  }

  private static Instant modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      return FileTime.fromMillis(0).toInstant();
    }
  }

  private static Path canonical(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    try {
      return absolute.toRealPath();
    } catch (IOException e) {
      return absolute;
    }
  }

  static String idOf(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - SUFFIX.length());
  }

  static Path fileOf(Path dir, String id) {
    return dir.resolve(id + SUFFIX);
  }

  /** Creates {@code dir} and its parents, the directory itself readable by its owner only. */
  static void createDirectory(Path dir) {
    try {
      if (!Files.isDirectory(dir)) {
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.createDirectories(dir, ownerOnly(dir, "rwx------"));
      }
    } catch (IOException e) {
      throw GarlicException.environment(
          "cannot create the sessions directory "
              + dir
              + " ("
              + e.getClass().getSimpleName()
              + "); set GARLIC_HOME to a writable directory");
    }
  }

  /**
   * {@code permissions} (such as {@code rw-------}) as a file attribute for files created at {@code
   * path}, or none where its file system has no POSIX permissions.
   */
  static FileAttribute<?>[] ownerOnly(Path path, String permissions) {
    boolean posix = path.getFileSystem().supportedFileAttributeViews().contains("posix");
    return posix
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        }
        : new FileAttribute<?>[0];
  }
}
