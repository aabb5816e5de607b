package corpus.cwe89;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Tainted SQL: takes a Spring @RequestHeader and picks one of two implementations at run time, one of which keeps the input. */
@RestController
public class SqlThroughEitherImplementation {
  private final JdbcTemplate jdbc = new JdbcTemplate();

  @PostMapping("/sql")
  public void handle(@RequestHeader("X-Query") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    Transformer transformer = input.length() > 8 ? new Fixed() : new Trimming();
    String value = transformer.apply(input);
    jdbc.queryForList("SELECT * FROM items WHERE tag = '" + value + "'"); // EXPECT: CWE-89
  }

  interface Transformer {
    String apply(String s);
  }

  static final class Trimming implements Transformer {
    @Override
    public String apply(String s) {
      return s.trim();
    }
  }

  static final class Fixed implements Transformer {
    @Override
    public String apply(String s) {
      return "fixed";
    }
  }
}
