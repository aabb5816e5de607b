package dev.garlic.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tools users reach for without an index, run on the same tree for the same queries: ripgrep
 * and GNU grep, each searching whole words literally across every file.
 */
final class GrepPeers {

  private GrepPeers() {}

  /** A peer: its name and the command line for a query, or empty when it is not installed. */
  record Peer(String name, List<String> command) {
    List<String> forQuery(String query, Path root) {
      List<String> c = new ArrayList<>(command);
      c.add(query);
      c.add(root.toString());
      return c;
    }
  }

  static List<Peer> available() {
    List<Peer> peers = new ArrayList<>();
    which("rg")
        .ifPresent(
            rg ->
                peers.add(
                    new Peer(
                        "ripgrep", List.of(rg, "-n", "-w", "-F", "--glob", "!.garlic", "-e"))));
    which("grep")
        .ifPresent(
            grep ->
                peers.add(
                    new Peer(
                        "grep -r",
                        List.of(grep, "-r", "-n", "-w", "-F", "--exclude-dir=.garlic", "-e"))));
    return peers;
  }

  /** Wall time of one run in milliseconds; the output is discarded. */
  static double time(Peer peer, String query, Path root) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(peer.forQuery(query, root))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    p.waitFor();
    return (System.nanoTime() - start) / 1e6;
  }

  private static Optional<String> which(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path p = Path.of(dir, tool);
      if (p.toFile().canExecute()) {
        return Optional.of(p.toString());
      }
    }
    return Optional.empty();
  }
}
