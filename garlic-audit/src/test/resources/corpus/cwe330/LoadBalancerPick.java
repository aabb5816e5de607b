package corpus.cwe330;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Picks a backend server with ThreadLocalRandom. */
public class LoadBalancerPick {
  public void run() throws Exception {
    List<String> servers = List.of("a.internal", "b.internal");
    String server = servers.get(ThreadLocalRandom.current().nextInt(servers.size())); // EXPECT: none
  }
}
