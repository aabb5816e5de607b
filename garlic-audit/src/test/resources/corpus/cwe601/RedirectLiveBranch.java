package corpus.cwe601;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tainted redirect: takes a Spring @RequestParam and assigns the input in a branch that is always taken. */
@RestController
public class RedirectLiveBranch {
  @PostMapping("/redirect")
  public void handle(@RequestParam("q") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String value = "fixed";
    if (2 > 1) {
      value = input;
    }
    response.sendRedirect("https://" + value + "/welcome"); // EXPECT: CWE-601
  }
}
