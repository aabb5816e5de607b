package corpus.cwe90;

import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tainted LDAP: takes a Spring @RequestParam and accumulates the input in an inner class. */
@RestController
public class LdapThroughInnerClass {
  @PostMapping("/ldap")
  public void handle(@RequestParam("q") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    Accumulator accumulator = new Accumulator();
    accumulator.add(input);
    String value = accumulator.text();
    Hashtable<String, String> env = new Hashtable<>();
    env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
    DirContext ctx = new InitialDirContext(env);
    ctx.lookup("uid=" + value + ",ou=people,dc=example,dc=com"); // EXPECT: CWE-90
  }

  private final class Accumulator {
    private final StringBuilder text = new StringBuilder();

    void add(String part) {
      text.append(part);
    }

    String text() {
      return text.toString();
    }
  }
}
