package javax.servlet.http;

import java.io.IOException;
import java.io.InputStream;

/** Stand-in for the Servlet API type of the same name. */
public interface Part {
  InputStream getInputStream() throws IOException;

  String getSubmittedFileName();
}
