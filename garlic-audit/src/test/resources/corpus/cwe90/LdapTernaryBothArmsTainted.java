package corpus.cwe90;

import java.util.Hashtable;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Picks between two values derived from the input with a run-time ternary. */
public class LdapTernaryBothArmsTainted {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameter("uid");
    String filter = input.contains("*") ? "(cn=" + input + ")" : "(uid=" + input + ")";
    Hashtable<String, String> env = new Hashtable<>();
    DirContext ctx = new InitialDirContext(env);
    ctx.search("ou=people,dc=example,dc=com", filter, new SearchControls()); // EXPECT: CWE-90
  }
}
