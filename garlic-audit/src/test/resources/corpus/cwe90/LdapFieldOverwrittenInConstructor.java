package corpus.cwe90;

import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe LDAP: takes a parameter value array and stores a constant in the field whatever the constructor receives. */
public class LdapFieldOverwrittenInConstructor {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterValues("q")[0];
    Holder holder = new Holder(input);
    String value = holder.value();
    Hashtable<String, String> env = new Hashtable<>();
    env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
    DirContext ctx = new InitialDirContext(env);
    ctx.lookup("uid=" + value + ",ou=people,dc=example,dc=com"); // EXPECT: none
  }

  private static final class Holder {
    private final String value;

    Holder(String ignored) {
      this.value = "fixed";
    }

    String value() {
      return value;
    }
  }
}
