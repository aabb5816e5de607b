package corpus.cwe90;

import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe LDAP: takes the path info and replaces a StringBuilder holding the input with a fresh one. */
public class LdapBuilderReplaced {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getPathInfo();
    StringBuilder sb = new StringBuilder(input);
    sb = new StringBuilder("fixed");
    String value = sb.toString();
    Hashtable<String, String> env = new Hashtable<>();
    env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
    DirContext ctx = new InitialDirContext(env);
    ctx.search("ou=groups,dc=example,dc=com", "(&(objectClass=group)(cn=" + value + "))", new SearchControls()); // EXPECT: none
  }
}
