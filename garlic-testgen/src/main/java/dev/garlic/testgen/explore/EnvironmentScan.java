package dev.garlic.testgen.explore;

import dev.garlic.testgen.api.ProjectBytecode;
import dev.garlic.testgen.model.DropReason;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the project methods that reach the clock, randomness, the environment, the file system or
 * the network, directly or through other project methods, by scanning bytecode (never running it).
 * A test of such a method is only kept when it asserts an exception thrown before that.
 */
final class EnvironmentScan {

  /** A call the outcome of a test must not depend on. */
  record Touch(DropReason reason, String api) {}

  private static final List<String[]> NONDETERMINISTIC =
      List.of(
          new String[] {"java/util/Random.<init>", "new Random()"},
          new String[] {"java/security/SecureRandom.<init>", "new SecureRandom()"},
          new String[] {"java/lang/Math.random", "Math.random()"},
          new String[] {"java/lang/StrictMath.random", "StrictMath.random()"},
          new String[] {"java/util/concurrent/ThreadLocalRandom.", "ThreadLocalRandom"},
          new String[] {"java/util/UUID.randomUUID", "UUID.randomUUID()"},
          new String[] {"java/lang/System.currentTimeMillis", "System.currentTimeMillis()"},
          new String[] {"java/lang/System.nanoTime", "System.nanoTime()"},
          new String[] {"java/lang/System.identityHashCode", "System.identityHashCode()"},
          new String[] {"java/util/Date.<init>()V", "new Date()"},
          new String[] {"java/time/Instant.now", "Instant.now()"},
          new String[] {"java/time/LocalDate.now", "LocalDate.now()"},
          new String[] {"java/time/LocalDateTime.now", "LocalDateTime.now()"},
          new String[] {"java/time/LocalTime.now", "LocalTime.now()"},
          new String[] {"java/time/ZonedDateTime.now", "ZonedDateTime.now()"},
          new String[] {"java/time/OffsetDateTime.now", "OffsetDateTime.now()"},
          new String[] {"java/time/Clock.system", "the system clock"});

  private static final List<String[]> ENVIRONMENT =
      List.of(
          new String[] {"java/lang/System.getenv", "System.getenv()"},
          new String[] {"java/lang/System.getProperty", "System.getProperty()"},
          new String[] {"java/lang/System.getProperties", "System.getProperties()"},
          new String[] {"java/io/File", "java.io files"},
          new String[] {"java/nio/file/Files.", "java.nio.file.Files"},
          new String[] {"java/nio/file/Paths.", "Paths"},
          new String[] {"java/nio/file/Path.of", "Path.of()"},
          new String[] {"java/net/", "the network"},
          new String[] {"java/lang/ProcessBuilder", "a process"},
          new String[] {"java/lang/Runtime.exec", "a process"});

  private final ProjectBytecode bytecode;
  private final Map<String, Optional<Touch>> memo = new HashMap<>();

  EnvironmentScan(ProjectBytecode bytecode) {
    this.bytecode = bytecode;
  }

  /**
   * What a method touches, if anything.
   *
   * @param className the declaring class (binary name)
   * @param key the child's method key, e.g. {@code roll(int)} or {@code <init>()}
   */
  Optional<Touch> touches(String className, String key) {
    String name = key.substring(0, key.indexOf('('));
    String prefix =
        name + "(" + descriptors(key.substring(key.indexOf('(') + 1, key.length() - 1)) + ")";
    for (String method : bytecode.methods(className)) {
      if (method.startsWith(prefix)) {
        return scan(className.replace('.', '/'), method, new HashSet<>());
      }
    }
    return Optional.empty();
  }

  private Optional<Touch> scan(String owner, String method, Set<String> visiting) {
    String id = owner + "." + method;
    Optional<Touch> known = memo.get(id);
    if (known != null) {
      return known;
    }
    if (!visiting.add(id)) {
      return Optional.empty();
    }
    Optional<Touch> found = Optional.empty();
    for (String call : bytecode.calls(owner.replace('/', '.'), method)) {
      found = direct(call);
      if (found.isEmpty()) {
        int dot = call.indexOf('.');
        String callee = resolve(call.substring(0, dot), call.substring(dot + 1));
        if (callee != null) {
          found = scan(callee, call.substring(dot + 1), visiting);
        }
      }
      if (found.isPresent()) {
        break;
      }
    }
    memo.put(id, found);
    return found;
  }

  /** The project class (internal name) that declares a method called on {@code owner}, or null. */
  private String resolve(String owner, String method) {
    String current = owner.replace('/', '.');
    for (int depth = 0; current != null && depth < 20; depth++) {
      if (bytecode.methods(current).contains(method)) {
        return current.replace('.', '/');
      }
      current = bytecode.superclass(current);
    }
    return null;
  }

  private static Optional<Touch> direct(String call) {
    for (String[] api : NONDETERMINISTIC) {
      if (call.startsWith(api[0])) {
        return Optional.of(new Touch(DropReason.NONDETERMINISTIC, api[1]));
      }
    }
    for (String[] api : ENVIRONMENT) {
      if (call.startsWith(api[0])) {
        return Optional.of(new Touch(DropReason.ENVIRONMENT, api[1]));
      }
    }
    return Optional.empty();
  }

  /**
   * JVM descriptors for {@link Class#getName()} names: {@code int,java.lang.String} to {@code
   * ILjava/lang/String;}.
   */
  static String descriptors(String names) {
    if (names.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String name : names.split(",")) {
      out.append(descriptor(name));
    }
    return out.toString();
  }

  private static String descriptor(String name) {
    if (name.startsWith("[")) {
      return name.replace('.', '/');
    }
    return switch (name) {
      case "int" -> "I";
      case "long" -> "J";
      case "short" -> "S";
      case "byte" -> "B";
      case "char" -> "C";
      case "boolean" -> "Z";
      case "float" -> "F";
      case "double" -> "D";
      case "void" -> "V";
      default -> "L" + name.replace('.', '/') + ";";
    };
  }
}
