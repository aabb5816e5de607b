package heldout.forum.admin;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Network and maintenance tools of the admin console. */
public class DiagnosticsService {

  private static final Pattern HOSTNAME = Pattern.compile("[a-zA-Z0-9.-]{1,253}");
  private static final Set<String> TASKS = Set.of("reindex", "vacuum", "rotate-logs");

  private final String scriptsDir;

  public DiagnosticsService(String scriptsDir) {
    this.scriptsDir = scriptsDir;
  }

  public Process ping(String host) throws IOException {
    if (!HOSTNAME.matcher(host).matches()) {
      throw new IllegalArgumentException("not a host name");
    }
    return new ProcessBuilder("ping", "-c", "3", host).start(); // EXPECT: none CWE-78
  }

  public Process traceroute(String host) throws IOException {
    return Runtime.getRuntime().exec("traceroute " + host); // EXPECT: CWE-78
  }

  public Process lookup(String host) throws IOException {
    return new ProcessBuilder("sh", "-c", "nslookup " + host + " | head -5").start(); // EXPECT: CWE-78
  }

  public Process runTask(String task) throws IOException {
    if (!TASKS.contains(task)) {
      throw new IllegalArgumentException("unknown task " + task);
    }
    return new ProcessBuilder(List.of(scriptsDir + "/" + task + ".sh")).start(); // EXPECT: none CWE-78
  }
}
