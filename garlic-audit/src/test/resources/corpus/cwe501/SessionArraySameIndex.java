package corpus.cwe501;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tainted session attribute: takes a Spring @RequestParam and reads the input back from an array at its index. */
@RestController
public class SessionArraySameIndex {
  @PostMapping("/session")
  public void handle(@RequestParam("q") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String[] slots = {"fixed", input};
    String value = slots[1];
    HttpSession session = request.getSession();
    session.setAttribute("role", value); // EXPECT: CWE-501
  }
}
