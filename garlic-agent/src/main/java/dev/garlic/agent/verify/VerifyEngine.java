package dev.garlic.agent.verify;

import dev.garlic.spi.ConfigKey;
import dev.garlic.spi.Engine;
import dev.garlic.spi.Tool;
import java.util.List;

/**
 * The engine named {@code verify}: the {@code run_tests} tool. Found through {@code
 * META-INF/services/dev.garlic.spi.Engine}. It logs every report in its {@link TestReportLog}
 * ({@link #log()}), so one engine instance should serve a session whose loop consults the log.
 */
public final class VerifyEngine implements Engine {

  private final TestReportLog log;

  /** The engine as {@link java.util.ServiceLoader} makes it. */
  public VerifyEngine() {
    this(new TestReportLog());
  }

  /** An engine whose {@code run_tests} logs its reports in {@code log}. */
  public VerifyEngine(TestReportLog log) {
    this.log = log;
  }

  @Override
  public String name() {
    return "verify";
  }

  @Override
  public List<Tool> tools() {
    return List.of(new RunTestsTool(log));
  }

  /** Where {@code run_tests} logs its reports. */
  public TestReportLog log() {
    return log;
  }

  @Override
  public List<ConfigKey> configKeys() {
    return List.of(
        new ConfigKey(
            RunTestsTool.TIMEOUT_KEY,
            ConfigKey.Type.INTEGER,
            RunTestsTool.DEFAULT_TIMEOUT,
            "seconds a test command may run when run_tests or the verification gate gives none"),
        new ConfigKey(
            RunTestsTool.MAX_TIMEOUT_KEY,
            ConfigKey.Type.INTEGER,
            RunTestsTool.DEFAULT_MAX_TIMEOUT,
            "the longest timeout, in seconds, a run_tests call may ask for"),
        new ConfigKey(
            TestRunner.OFFLINE_KEY,
            ConfigKey.Type.BOOLEAN,
            false,
            "run Maven and Gradle offline (-o, --offline), so tests never download"),
        new ConfigKey(
            VerificationGate.SCOPE_KEY,
            ConfigKey.Type.STRING,
            "changed",
            "what the verification gate runs: changed (tests pairing with the changes) or all"));
  }
}
