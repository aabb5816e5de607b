package dev.garlic.workspace.build;

import java.time.Duration;
import java.util.Optional;

/**
 * Resolves a workspace's dependency classpath by asking its build tool (see {@link Classpath}).
 * Maven runs {@code ./mvnw} or {@code mvn dependency:list}; Gradle runs {@code ./gradlew} with an
 * init script. The tool runs offline first and online once only if artifacts are missing, with
 * stdin closed and its output captured, never shown. A resolved classpath is cached under {@code
 * .garlic/cache/} keyed by the build files' contents, so later calls are instant until a build file
 * changes.
 *
 * <p>Never throws for a broken build, a missing tool or a timeout: the result is then {@link
 * Classpath.Status#UNRESOLVED} (or {@code PARTIAL}) with a one-line reason naming the fix.
 * Thread-safe, but concurrent calls for one workspace may run the build tool twice.
 */
public final class ClasspathResolver {

  /** How long the build tool may run by default. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

  private final Duration timeout;
  private final String searchPath;

  /** A resolver with the {@link #DEFAULT_TIMEOUT default timeout}. */
  public ClasspathResolver() {
    this(DEFAULT_TIMEOUT);
  }

  /** A resolver that stops the build tool after {@code timeout}. */
  public ClasspathResolver(Duration timeout) {
    this(timeout, System.getenv().getOrDefault("PATH", ""));
  }

  /** A resolver that looks for {@code mvn} in {@code searchPath} instead of {@code PATH}. */
  ClasspathResolver(Duration timeout, String searchPath) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    this.timeout = timeout;
    this.searchPath = searchPath;
  }

  /** The classpath of the workspace whose build is {@code build}, from the cache when it can. */
  public Classpath resolve(BuildInfo build) {
    if (build.system() == BuildSystem.NONE) {
      return Classpath.unresolved(
          "no pom.xml or Gradle build at the workspace root; dependencies are unknown");
    }
    ClasspathCache cache = ClasspathCache.of(build);
    Optional<Classpath> cached = cache.read();
    if (cached.isPresent()) {
      return cached.get();
    }
    Classpath classpath;
    try {
      classpath =
          build.system() == BuildSystem.MAVEN
              ? MavenClasspath.resolve(build, timeout, searchPath)
              : GradleClasspath.resolve(build.root(), timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Classpath.unresolved("classpath resolution was interrupted; run the command again");
    }
    cache.write(classpath);
    return classpath;
  }
}
