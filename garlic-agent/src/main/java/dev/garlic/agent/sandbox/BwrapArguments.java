package dev.garlic.agent.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bubblewrap command line for one sandboxed command. Mount order matters, since a later mount
 * covers an earlier one: the read-only root, private {@code /dev}, {@code /proc}, {@code /tmp} and
 * {@code /run}, a tmpfs over the home directory with the build caches bound back read-only, the
 * worktree (writable unless read-only), and last the git metadata and {@code .garlic} of the
 * worktree, read-only, so that nothing under them can be made writable by an earlier mount.
 */
final class BwrapArguments {

  private BwrapArguments() {}

  /** The mounts every sandbox starts from, the probe's included. */
  static List<String> baseMounts(boolean network) {
    List<String> args = new ArrayList<>();
    args.addAll(List.of("--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc"));
    args.addAll(List.of("--tmpfs", "/tmp"));
    // Host sockets (docker, D-Bus, ssh agents) live under /run; network namespaces do not stop
    // Unix sockets, hiding them does. DNS configuration is bound back when the network is shared.
    args.addAll(List.of("--tmpfs", "/run"));
    if (network) {
      args.addAll(List.of("--ro-bind-try", "/run/systemd/resolve", "/run/systemd/resolve"));
    }
    return args;
  }

  /** The namespaces and process flags every sandbox gets, the probe's included. */
  static List<String> namespaces(boolean network) {
    List<String> args = new ArrayList<>();
    if (!network) {
      args.add("--unshare-net");
    }
    args.addAll(List.of("--unshare-pid", "--unshare-ipc", "--unshare-uts"));
    args.addAll(List.of("--die-with-parent", "--new-session", "--cap-drop", "ALL"));
    return args;
  }

  /**
   * The full command line: {@code bwrap}, its options, {@code --}, then {@code command}.
   *
   * @param root the worktree, as a real path (no symlinks)
   * @param directory where the command starts
   */
  static List<String> build(
      Sandbox sandbox, String executable, Path root, Path directory, List<String> command) {
    List<String> args = new ArrayList<>();
    args.add(executable);
    args.addAll(baseMounts(sandbox.network()));
    hideHome(sandbox, args);
    String bind = sandbox.mode() == SandboxMode.READ_ONLY ? "--ro-bind" : "--bind";
    args.addAll(List.of(bind, root.toString(), root.toString()));
    for (Path protectedPath : protectedPaths(root)) {
      args.addAll(List.of("--ro-bind", protectedPath.toString(), protectedPath.toString()));
    }
    args.addAll(namespaces(sandbox.network()));
    args.addAll(List.of("--chdir", directory.toString(), "--"));
    args.addAll(command);
    return args;
  }

  /**
   * A tmpfs over the home directory, then the configured build caches bound back read-only. Paths
   * that resolve into a credential directory (through a symlink, say) are left hidden.
   */
  private static void hideHome(Sandbox sandbox, List<String> args) {
    Path home = realOrSelf(sandbox.home());
    if (home.getNameCount() == 0 || !Files.isDirectory(home)) {
      return;
    }
    args.addAll(List.of("--tmpfs", home.toString()));
    List<Path> secrets =
        Sandbox.NEVER_BOUND.stream().map(p -> realOrSelf(home.resolve(p))).toList();
    for (String relative : sandbox.homePaths()) {
      Path path = home.resolve(relative).normalize();
      if (!Files.exists(path) || !path.startsWith(home)) {
        continue;
      }
      Path real = realOrSelf(path);
      boolean secret =
          secrets.stream().anyMatch(s -> real.startsWith(s) || s.startsWith(real))
              || real.equals(home);
      if (!secret) {
        args.addAll(List.of("--ro-bind", real.toString(), path.toString()));
      }
    }
  }

  /**
   * The worktree's {@code .git} (a directory, or the file of a linked worktree together with the
   * git directory it names and the repository's common directory) and {@code .garlic}: existing
   * real paths, each bound read-only.
   */
  static List<Path> protectedPaths(Path root) {
    List<Path> paths = new ArrayList<>();
    Path git = root.resolve(".git");
    if (Files.isDirectory(git, LinkOption.NOFOLLOW_LINKS)) {
      paths.add(git);
    } else if (Files.isRegularFile(git, LinkOption.NOFOLLOW_LINKS)) {
      paths.add(git);
      gitDir(git)
          .ifPresent(
              dir -> {
                paths.add(dir);
                commonDir(dir).ifPresent(paths::add);
              });
    } else if (Files.exists(git)) {
      // A symlink: protect where it points.
      paths.add(realOrSelf(git));
    }
    Path garlic = root.resolve(".garlic");
    if (Files.exists(garlic)) {
      paths.add(garlic);
    }
    return paths;
  }

  /** The directory a {@code .git} file names with {@code gitdir: <path>}. */
  private static Optional<Path> gitDir(Path gitFile) {
    String text = read(gitFile);
    for (String line : text.lines().toList()) {
      if (line.startsWith("gitdir:")) {
        Path dir = gitFile.getParent().resolve(line.substring("gitdir:".length()).strip());
        return Files.isDirectory(dir) ? Optional.of(realOrSelf(dir)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The repository's shared git directory that a linked worktree's git directory names. */
  private static Optional<Path> commonDir(Path gitDir) {
    Path file = gitDir.resolve("commondir");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Path common = gitDir.resolve(read(file).strip());
    return Files.isDirectory(common) ? Optional.of(realOrSelf(common)) : Optional.empty();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      // Unreadable git metadata cannot be bound; the rest of the sandbox still holds.
      return "";
    }
  }

  static Path realOrSelf(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }
}
