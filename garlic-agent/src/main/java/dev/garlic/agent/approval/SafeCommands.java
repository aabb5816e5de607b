package dev.garlic.agent.approval;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Commands known to only read: what the {@code untrusted} policy runs without asking. Judged on a
 * simple command's words, conservatively: options that write files or run other programs ({@code
 * find -exec}, {@code rg --pre}, {@code sort -o}, {@code git diff --output}) make a command unsafe.
 */
final class SafeCommands {

  /** Programs that only read, whatever their arguments. */
  private static final Set<String> ALWAYS =
      Set.of(
          "ls",
          "cat",
          "head",
          "tail",
          "wc",
          "grep",
          "egrep",
          "fgrep",
          "pwd",
          "echo",
          "true",
          "false",
          "which",
          "whoami",
          "id",
          "basename",
          "dirname",
          "realpath",
          "readlink",
          "stat",
          "du",
          "df",
          "nl",
          "cut",
          "tr",
          "cd",
          "test",
          "[",
          "diff",
          "cmp",
          "comm",
          "printenv",
          "seq",
          "md5sum",
          "sha1sum",
          "sha256sum",
          "tac",
          "rev",
          "paste",
          "fold",
          "uname");

  private static final Set<String> FIND_UNSAFE =
      Set.of(
          "-exec",
          "-execdir",
          "-ok",
          "-okdir",
          "-delete",
          "-fls",
          "-fprint",
          "-fprint0",
          "-fprintf");

  private static final Set<String> RG_UNSAFE =
      Set.of("--pre", "--hostname-bin", "-z", "--search-zip");

  private static final Set<String> GIT_READS =
      Set.of(
          "status",
          "diff",
          "log",
          "show",
          "ls-files",
          "rev-parse",
          "blame",
          "shortlog",
          "describe",
          "cat-file",
          "grep",
          "ls-tree");

  private static final Pattern SED_PRINT = Pattern.compile("[0-9]+(,[0-9]+)?p");

  private SafeCommands() {}

  /** Whether the simple command {@code words} only reads. */
  static boolean isSafe(List<String> words) {
    if (words.isEmpty()) {
      return false;
    }
    String program = ShellScript.program(words);
    List<String> args = words.subList(1, words.size());
    if (ALWAYS.contains(program)) {
      return true;
    }
    return switch (program) {
      case "find" -> args.stream().noneMatch(FIND_UNSAFE::contains);
      case "rg" -> args.stream().noneMatch(a -> RG_UNSAFE.contains(a) || a.startsWith("--pre="));
      case "sort" -> args.stream().noneMatch(a -> a.equals("-o") || a.startsWith("--output"));
      case "uniq" -> args.stream().filter(a -> !a.startsWith("-")).count() <= 1;
      case "sed" ->
          args.size() == 3 && args.get(0).equals("-n") && SED_PRINT.matcher(args.get(1)).matches();
      case "git" -> isSafeGit(args);
      default -> false;
    };
  }

  private static boolean isSafeGit(List<String> args) {
    int i = 0;
    // Global options before the subcommand; -c could set a pager or an external diff program.
    while (i < args.size() && args.get(i).startsWith("-")) {
      String option = args.get(i);
      if (option.equals("-C")) {
        i += 2;
      } else if (option.equals("--no-pager")) {
        i++;
      } else {
        return false;
      }
    }
    if (i >= args.size()) {
      return false;
    }
    String subcommand = args.get(i);
    List<String> rest = args.subList(i + 1, args.size());
    boolean safeOptions =
        rest.stream()
            .noneMatch(
                a ->
                    a.startsWith("--output")
                        || a.equals("--ext-diff")
                        || a.startsWith("--exec")
                        || a.equals("-O")
                        || a.startsWith("--open-files-in-pager"));
    if (subcommand.equals("branch")) {
      return safeOptions
          && rest.stream()
              .allMatch(
                  a -> Set.of("-a", "-r", "-v", "-vv", "--list", "--show-current").contains(a));
    }
    return safeOptions && GIT_READS.contains(subcommand);
  }
}
