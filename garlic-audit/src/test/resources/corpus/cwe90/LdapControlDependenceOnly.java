package corpus.cwe90;

import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Safe LDAP: takes a Spring @RequestHeader and chooses between constants by testing the input. */
@RestController
public class LdapControlDependenceOnly {
  @PostMapping("/ldap")
  public void handle(@RequestHeader("X-Query") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String value = input.isEmpty() ? "empty" : "given";
    Hashtable<String, String> env = new Hashtable<>();
    env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
    DirContext ctx = new InitialDirContext(env);
    ctx.lookup("uid=" + value + ",ou=people,dc=example,dc=com"); // EXPECT: none
  }
}
