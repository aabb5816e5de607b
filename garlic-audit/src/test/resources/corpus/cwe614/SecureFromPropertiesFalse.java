package corpus.cwe614;

import java.io.InputStream;
import java.util.Properties;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Reads the Secure flag from a properties file that says false. */
public class SecureFromPropertiesFalse {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    Cookie cookie = new Cookie("session", sessionId());
    Properties props = new Properties();
    try (InputStream in = SecureFromPropertiesFalse.class.getResourceAsStream("/cwe614-cookies-dev.properties")) {
      props.load(in);
    }
    cookie.setSecure(Boolean.parseBoolean(props.getProperty("cookie.secure", "true")));
    response.addCookie(cookie); // EXPECT: CWE-614
  }

  private static String sessionId() {
    return java.util.UUID.randomUUID().toString();
  }
}
