package corpus.cwe79;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.text.StringEscapeUtils;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Safe HTML response: takes a Spring @CookieValue and HTML-escapes the input with commons-text. */
@RestController
public class XssCommonsTextEscaped {
  @PostMapping("/xss")
  public void handle(@CookieValue("pref") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String value = StringEscapeUtils.escapeHtml4(input);
    response.getWriter().println("<p>Hello " + value + "</p>"); // EXPECT: none
  }
}
