package javax.servlet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Stand-in for the Servlet API type of the same name. */
public abstract class ServletOutputStream extends OutputStream {
  public void print(String s) throws IOException {
    write(s.getBytes(StandardCharsets.UTF_8));
  }

  public void println(String s) throws IOException {
    print(s + "\n");
  }
}
