package corpus.cwe90;

import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted LDAP: takes a cookie value and passes the input through two helpers of a nested utility class. */
public class LdapThroughNestedHelpers {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getCookies()[0].getValue();
    String value = Texts.quote(Texts.upper(input));
    Hashtable<String, String> env = new Hashtable<>();
    env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
    DirContext ctx = new InitialDirContext(env);
    ctx.search("ou=groups,dc=example,dc=com", "(&(objectClass=group)(cn=" + value + "))", new SearchControls()); // EXPECT: CWE-90
  }

  static final class Texts {
    private Texts() {}

    static String upper(String s) {
      return s.toUpperCase(java.util.Locale.ROOT);
    }

    static String quote(String s) {
      return "'" + s + "'";
    }
  }
}
