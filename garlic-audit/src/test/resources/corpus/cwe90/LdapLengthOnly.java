package corpus.cwe90;

import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe LDAP: takes a request header and uses only the length of the input. */
public class LdapLengthOnly {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeader("X-Query");
    String value = String.valueOf(input.length());
    Hashtable<String, String> env = new Hashtable<>();
    env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
    DirContext ctx = new InitialDirContext(env);
    ctx.search("ou=groups,dc=example,dc=com", "(&(objectClass=group)(cn=" + value + "))", new SearchControls()); // EXPECT: none
  }
}
