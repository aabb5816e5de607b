package corpus.cwe79;

import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Safe HTML response: takes a Spring @RequestBody and reads a constant element of a list that also holds the input. */
@RestController
public class XssListOtherIndex {
  @PostMapping("/xss")
  public void handle(@RequestBody String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    List<String> parts = new ArrayList<>();
    parts.add("fixed");
    parts.add(input);
    String value = parts.get(0);
    response.getWriter().printf("<div>%s</div>", value); // EXPECT: none
  }
}
