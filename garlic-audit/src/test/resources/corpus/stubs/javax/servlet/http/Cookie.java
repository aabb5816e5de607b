package javax.servlet.http;

/** Stand-in for the Servlet API type of the same name. */
public class Cookie {
  private final String name;
  private String value;
  private boolean secure;
  private boolean httpOnly;
  private int maxAge = -1;

  public Cookie(String name, String value) {
    this.name = name;
    this.value = value;
  }

  public String getName() {
    return name;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  public void setSecure(boolean secure) {
    this.secure = secure;
  }

  public boolean getSecure() {
    return secure;
  }

  public void setHttpOnly(boolean httpOnly) {
    this.httpOnly = httpOnly;
  }

  public boolean isHttpOnly() {
    return httpOnly;
  }

  public void setMaxAge(int maxAge) {
    this.maxAge = maxAge;
  }

  public int getMaxAge() {
    return maxAge;
  }

  public void setPath(String path) {}
}
