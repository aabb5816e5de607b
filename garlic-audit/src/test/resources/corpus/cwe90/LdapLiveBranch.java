package corpus.cwe90;

import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted LDAP: takes a header enumeration and assigns the input in a branch that is always taken. */
public class LdapLiveBranch {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeaders("X-Query").nextElement();
    String value = "fixed";
    if (2 > 1) {
      value = input;
    }
    Hashtable<String, String> env = new Hashtable<>();
    env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
    DirContext ctx = new InitialDirContext(env);
    ctx.search("ou=people,dc=example,dc=com", "(uid=" + value + ")", new SearchControls()); // EXPECT: CWE-90
  }
}
