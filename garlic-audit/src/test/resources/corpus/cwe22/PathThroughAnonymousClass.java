package corpus.cwe22;

import java.io.RandomAccessFile;
import java.util.function.Supplier;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted file path: takes the path info and returns the input from an anonymous Supplier. */
public class PathThroughAnonymousClass {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getPathInfo();
    Supplier<String> supplier =
        new Supplier<>() {
          @Override
          public String get() {
            return input;
          }
        };
    String value = supplier.get();
    new RandomAccessFile("/srv/db/" + value, "r").close(); // EXPECT: CWE-22
  }
}
