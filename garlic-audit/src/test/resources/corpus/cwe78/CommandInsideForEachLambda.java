package corpus.cwe78;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Runs a command inside a forEach lambda over the input and over constants. */
public class CommandInsideForEachLambda {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameter("host");
    List.of(input).forEach(CommandInsideForEachLambda::ping);
    List.of("localhost", "gateway").forEach(CommandInsideForEachLambda::traceroute);
  }

  private static void ping(String host) {
    try {
      Runtime.getRuntime().exec("ping -c 1 " + host); // EXPECT: CWE-78
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void traceroute(String host) {
    try {
      Runtime.getRuntime().exec("traceroute " + host); // EXPECT: none
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
