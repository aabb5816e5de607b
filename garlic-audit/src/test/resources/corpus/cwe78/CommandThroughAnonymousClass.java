package corpus.cwe78;

import java.util.function.Supplier;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted OS command: takes a parameter value array and returns the input from an anonymous Supplier. */
public class CommandThroughAnonymousClass {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterValues("q")[0];
    Supplier<String> supplier =
        new Supplier<>() {
          @Override
          public String get() {
            return input;
          }
        };
    String value = supplier.get();
    ProcessBuilder pb = new ProcessBuilder();
    pb.command("cmd.exe", "/c", "dir " + value).start(); // EXPECT: CWE-78
  }
}
