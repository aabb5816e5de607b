package corpus.cwe614;

import java.util.List;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Marks every cookie of a list Secure before adding them. */
public class SecureSetInLoop {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    Cookie first = new Cookie("a", "1");
    Cookie second = new Cookie("b", "2");
    for (Cookie k : List.of(first, second)) {
      k.setSecure(true);
    }
    response.addCookie(first); // EXPECT: none
    response.addCookie(second); // EXPECT: none
  }
}
