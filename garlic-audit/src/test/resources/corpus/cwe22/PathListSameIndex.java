package corpus.cwe22;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tainted file path: takes a Spring @PathVariable and reads the input back from a list at its index. */
@RestController
public class PathListSameIndex {
  @PostMapping("/path")
  public void handle(@PathVariable("id") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    List<String> parts = new ArrayList<>();
    parts.add("fixed");
    parts.add(input);
    String value = parts.get(1);
    new File("/srv/uploads/" + value).delete(); // EXPECT: CWE-22
  }
}
