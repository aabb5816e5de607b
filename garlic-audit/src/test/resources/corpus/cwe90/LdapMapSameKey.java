package corpus.cwe90;

import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;
import javax.naming.Context;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted LDAP: takes a parameter value array and reads the input back from a map under the key it was stored with. */
public class LdapMapSameKey {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterValues("q")[0];
    Map<String, String> params = new HashMap<>();
    params.put("mode", "fixed");
    params.put("user", input);
    String value = params.get("user");
    Hashtable<String, String> env = new Hashtable<>();
    env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
    DirContext ctx = new InitialDirContext(env);
    ctx.search("ou=people,dc=example,dc=com", "(uid=" + value + ")", new SearchControls()); // EXPECT: CWE-90
  }
}
