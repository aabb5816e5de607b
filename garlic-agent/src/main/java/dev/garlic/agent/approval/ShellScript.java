package dev.garlic.agent.approval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A command line split into the simple commands it runs, each as its words, the way bash would
 * split it: quotes removed, backslash escapes applied, separated at {@code ; & && || | |&},
 * newlines, parentheses and braces; leading {@code NAME=value} assignments and wrappers such as
 * {@code sudo}, {@code env}, {@code nohup}, {@code timeout N} dropped; {@code bash -c SCRIPT} and
 * command substitutions parsed as commands of their own.
 *
 * <p>{@link #plain()} says whether the simple commands are all it does: false as soon as there is
 * anything whose effect the words do not show (a substitution, a variable, an assignment, a
 * subshell, a here-document, a redirection to a file other than {@code /dev/null}). Only plain
 * scripts can be approved by rules or known to be safe; deny rules are checked either way.
 *
 * @param commands the simple commands, in order, inner ones (substitutions, {@code bash -c}) after
 *     the command that holds them
 * @param plain whether the script does nothing besides running these commands as shown
 */
public record ShellScript(List<List<String>> commands, boolean plain) {

  private static final Set<String> SHELLS = Set.of("bash", "sh", "zsh", "dash", "ksh");
  private static final Set<String> WRAPPERS = Set.of("sudo", "command", "exec", "nohup", "time");

  public ShellScript {
    commands = commands.stream().map(List::copyOf).toList();
  }

  /** The script that {@code argv} runs: the script of {@code bash -c}, else {@code argv} itself. */
  public static ShellScript of(List<String> argv) {
    Builder builder = new Builder();
    builder.addCommand(new ArrayList<>(argv));
    return builder.build();
  }

  /** Parses the bash command line {@code text}. */
  public static ShellScript parse(String text) {
    Builder builder = new Builder();
    builder.parse(text, 0);
    return builder.build();
  }

  /**
   * {@code argv} in one line for people: the script of {@code bash -c SCRIPT}, else the words
   * joined by spaces, quoted where needed.
   */
  public static String display(List<String> argv) {
    if (argv.size() == 3
        && SHELLS.contains(program(argv))
        && argv.get(1).startsWith("-")
        && argv.get(1).endsWith("c")) {
      return argv.get(2);
    }
    StringBuilder line = new StringBuilder();
    for (String word : argv) {
      if (!line.isEmpty()) {
        line.append(' ');
      }
      line.append(
          word.matches("[A-Za-z0-9_./=:,+@%-]+") ? word : "'" + word.replace("'", "'\\''") + "'");
    }
    return line.toString();
  }

  /** The program a command runs, without its directory: {@code /usr/bin/git} is {@code git}. */
  static String program(List<String> words) {
    String first = words.getFirst();
    int slash = first.lastIndexOf('/');
    return slash < 0 ? first : first.substring(slash + 1);
  }

  /** Collects commands; one instance per parse, not thread-safe. */
  private static final class Builder {
    private static final int MAX_DEPTH = 8;
    private final List<List<String>> commands = new ArrayList<>();
    private boolean plain = true;

    ShellScript build() {
      return new ShellScript(commands, plain);
    }

    void parse(String text, int depth) {
      if (depth > MAX_DEPTH) {
        plain = false;
        return;
      }
      new Lexer(text, this, depth).run();
    }

    /** Adds a simple command after dropping assignments and wrappers; recurses into shells. */
    void addCommand(List<String> words) {
      while (!words.isEmpty() && isAssignment(words.getFirst())) {
        plain = false;
        words.removeFirst();
      }
      if (words.isEmpty()) {
        return;
      }
      String program = program(words);
      if (WRAPPERS.contains(program) || program.equals("env")) {
        // env NAME=value... COMMAND, sudo COMMAND: what runs is the command; dropping the
        // wrapper's options is enough for matching, and such a line is never plain.
        plain = false;
        words.removeFirst();
        while (!words.isEmpty()
            && (words.getFirst().startsWith("-") || isAssignment(words.getFirst()))) {
          words.removeFirst();
        }
        addCommand(words);
        return;
      }
      if ((program.equals("timeout") || program.equals("nice")) && words.size() > 1) {
        plain = false;
        words.removeFirst();
        while (!words.isEmpty() && words.getFirst().startsWith("-")) {
          words.removeFirst();
        }
        if (program.equals("timeout") && !words.isEmpty()) {
          words.removeFirst();
        }
        addCommand(words);
        return;
      }
      commands.add(List.copyOf(words));
      if (SHELLS.contains(program)) {
        for (int i = 1; i < words.size() - 1; i++) {
          String word = words.get(i);
          if (word.startsWith("-") && !word.startsWith("--") && word.contains("c")) {
            commands.removeLast();
            parse(words.get(i + 1), 1);
            return;
          }
        }
        // A shell reading a script file or stdin: what it runs is not in the words.
        plain = false;
      }
    }

    void notPlain() {
      plain = false;
    }

    private static boolean isAssignment(String word) {
      int eq = word.indexOf('=');
      return eq > 0 && word.substring(0, eq).matches("[A-Za-z_][A-Za-z0-9_]*");
    }
  }

  /** Splits text into words and separators, handing each finished simple command on. */
  private static final class Lexer {
    private final String text;
    private final Builder out;
    private final int depth;
    private final List<String> words = new ArrayList<>();
    private final StringBuilder word = new StringBuilder();
    private boolean inWord;
    private int pos;

    Lexer(String text, Builder out, int depth) {
      this.text = text;
      this.out = out;
      this.depth = depth;
    }

    void run() {
      while (pos < text.length()) {
        char c = text.charAt(pos);
        switch (c) {
          case ' ', '\t' -> {
            endWord();
            pos++;
          }
          case '\n', ';', '&', '|', '(', ')', '{', '}' -> separator(c);
          case '\'' -> singleQuoted();
          case '"' -> doubleQuoted();
          case '\\' -> escaped();
          case '$' -> dollar();
          case '`' -> backquoted();
          case '<', '>' -> redirection();
          case '#' -> {
            if (inWord) {
              append(c);
            } else {
              skipComment();
            }
          }
          default -> append(c);
        }
      }
      endCommand();
    }

    private void separator(char c) {
      if ((c == '{' || c == '}') && inWord) {
        append(c);
        return;
      }
      if (c == '&' && pos + 1 < text.length() && text.charAt(pos + 1) == '>') {
        redirection();
        return;
      }
      if (c == '(' || c == ')' || c == '{' || c == '}') {
        out.notPlain();
      }
      endCommand();
      pos++;
    }

    private void singleQuoted() {
      int end = text.indexOf('\'', pos + 1);
      if (end < 0) {
        out.notPlain();
        end = text.length();
      }
      inWord = true;
      word.append(text, pos + 1, end);
      pos = end + 1;
    }

    private void doubleQuoted() {
      inWord = true;
      pos++;
      while (pos < text.length() && text.charAt(pos) != '"') {
        char c = text.charAt(pos);
        if (c == '\\' && pos + 1 < text.length() && "\"\\$`\n".indexOf(text.charAt(pos + 1)) >= 0) {
          word.append(text.charAt(pos + 1));
          pos += 2;
        } else if (c == '$') {
          dollar();
        } else if (c == '`') {
          backquoted();
        } else {
          word.append(c);
          pos++;
        }
      }
      if (pos >= text.length()) {
        out.notPlain();
      }
      pos++;
    }

    private void escaped() {
      if (pos + 1 < text.length()) {
        char next = text.charAt(pos + 1);
        if (next != '\n') {
          inWord = true;
          word.append(next);
        }
      }
      pos += 2;
    }

    /** {@code $(...)} is parsed as commands of its own; any other expansion makes it not plain. */
    private void dollar() {
      out.notPlain();
      if (pos + 1 < text.length() && text.charAt(pos + 1) == '(') {
        int end = closing(pos + 2);
        out.parse(text.substring(pos + 2, Math.min(end, text.length())), depth + 1);
        inWord = true;
        pos = end + 1;
      } else {
        append('$');
      }
    }

    private void backquoted() {
      out.notPlain();
      int end = text.indexOf('`', pos + 1);
      if (end < 0) {
        end = text.length();
      }
      out.parse(text.substring(pos + 1, end), depth + 1);
      inWord = true;
      pos = end + 1;
    }

    /** The index of the parenthesis that closes one opened just before {@code from}. */
    private int closing(int from) {
      int open = 1;
      for (int i = from; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '(') {
          open++;
        } else if (c == ')' && --open == 0) {
          return i;
        }
      }
      return text.length();
    }

    /**
     * A redirection: reading a file, duplicating a descriptor or writing to {@code /dev/null} keeps
     * the script plain; writing a file or a here-document does not.
     */
    private void redirection() {
      // A descriptor number right before the operator (2>) belongs to it, not to the words.
      if (inWord && word.chars().allMatch(Character::isDigit)) {
        word.setLength(0);
        inWord = false;
      } else {
        endWord();
      }
      int start = pos;
      while (pos < text.length() && "<>&|".indexOf(text.charAt(pos)) >= 0) {
        pos++;
      }
      String operator = text.substring(start, pos);
      if (operator.startsWith("<<")) {
        // A here-document's body follows on the next lines and is no command; stop reading.
        out.notPlain();
        pos = text.length();
        return;
      }
      while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
        pos++;
      }
      int targetStart = pos;
      while (pos < text.length() && " \t\n;&|()<>".indexOf(text.charAt(pos)) < 0) {
        pos++;
      }
      String target = text.substring(targetStart, pos);
      boolean harmless =
          operator.equals("<")
              || target.equals("/dev/null")
              || (operator.endsWith("&") && target.matches("[0-9]+|-"));
      if (!harmless) {
        out.notPlain();
      }
    }

    private void skipComment() {
      while (pos < text.length() && text.charAt(pos) != '\n') {
        pos++;
      }
    }

    private void append(char c) {
      inWord = true;
      word.append(c);
      pos++;
    }

    private void endWord() {
      if (inWord) {
        words.add(word.toString());
        word.setLength(0);
        inWord = false;
      }
    }

    private void endCommand() {
      endWord();
      if (!words.isEmpty()) {
        out.addCommand(new ArrayList<>(words));
        words.clear();
      }
    }
  }
}
