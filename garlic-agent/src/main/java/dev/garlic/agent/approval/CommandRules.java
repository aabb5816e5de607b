package dev.garlic.agent.approval;

import dev.garlic.spi.ConfigKey;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Allow and deny rules by command prefix ({@code approval.allow}, {@code approval.deny}). A rule is
 * a command's first words, {@code git push} or {@code ./mvnw -q}; it matches a simple command whose
 * words start with the rule's words (the program compared without its directory unless the rule
 * names one), never a substring: {@code git push} matches {@code git push origin main}, not {@code
 * git pushy} or {@code echo git push}.
 *
 * <p>Deny wins: a script is denied when any of its simple commands, substitutions and {@code bash
 * -c} scripts included, matches a deny rule. A script is allowed when it is {@linkplain
 * ShellScript#plain() plain} and every simple command matches an allow rule. Immutable.
 *
 * @param allow the allow rules, each as its words
 * @param deny the deny rules, each as its words
 */
public record CommandRules(List<List<String>> allow, List<List<String>> deny) {

  public static final String ALLOW_KEY = "approval.allow";
  public static final String DENY_KEY = "approval.deny";

  /** No rules. */
  public static final CommandRules NONE = new CommandRules(List.of(), List.of());

  public CommandRules {
    allow = allow.stream().map(List::copyOf).toList();
    deny = deny.stream().map(List::copyOf).toList();
  }

  /** The configuration keys of the rules. */
  public static List<ConfigKey> configKeys() {
    return List.of(
        new ConfigKey(
            ALLOW_KEY,
            ConfigKey.Type.STRING_LIST,
            List.of(),
            "command prefixes that run (in the sandbox) without asking, e.g. [\"./mvnw -q\"]"),
        new ConfigKey(
            DENY_KEY,
            ConfigKey.Type.STRING_LIST,
            List.of(),
            "command prefixes that are always refused, e.g. [\"git push\", \"rm -rf\"]; deny"
                + " wins over allow"));
  }

  /**
   * Rules from their text, each a command prefix in shell syntax.
   *
   * @throws GarlicException (config) for a rule that is empty or more than one plain command
   */
  public static CommandRules of(List<String> allow, List<String> deny) {
    return new CommandRules(parse(ALLOW_KEY, allow), parse(DENY_KEY, deny));
  }

  /** The rules {@code settings} set ({@code approval.allow}, {@code approval.deny}). */
  public static CommandRules from(Settings settings) {
    return of(settings.strings(ALLOW_KEY, List.of()), settings.strings(DENY_KEY, List.of()));
  }

  /** The first deny rule a command of {@code script} matches, as text. */
  public Optional<String> denied(ShellScript script) {
    for (List<String> command : script.commands()) {
      for (List<String> rule : deny) {
        if (matches(rule, command)) {
          return Optional.of(String.join(" ", rule));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether {@code script} is plain and every command in it matches an allow rule. */
  public boolean allows(ShellScript script) {
    return script.plain()
        && !script.commands().isEmpty()
        && script.commands().stream()
            .allMatch(command -> allow.stream().anyMatch(rule -> matches(rule, command)));
  }

  /** Whether {@code command} starts with the words of {@code rule}. */
  static boolean matches(List<String> rule, List<String> command) {
    if (rule.isEmpty() || command.size() < rule.size()) {
      return false;
    }
    String first = rule.getFirst();
    boolean program =
        first.contains("/")
            ? first.equals(command.getFirst())
            : first.equals(ShellScript.program(command));
    return program && rule.subList(1, rule.size()).equals(command.subList(1, rule.size()));
  }

  private static List<List<String>> parse(String key, List<String> rules) {
    List<List<String>> parsed = new ArrayList<>();
    for (String rule : rules) {
      ShellScript script = ShellScript.parse(rule);
      if (script.commands().size() != 1 || !script.plain()) {
        throw GarlicException.config(
            key
                + ": \""
                + rule
                + "\" is not a command prefix; give the first words of one command, such as"
                + " \"git push\"");
      }
      parsed.add(script.commands().getFirst());
    }
    return parsed;
  }
}
