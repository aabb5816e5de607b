package corpus.cwe798;

import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.directory.InitialDirContext;

/** Puts a literal password into the JNDI environment. */
public class JndiCredentialsLiteral {
  public void run() throws Exception {
    Hashtable<String, String> env = new Hashtable<>();
    env.put(Context.SECURITY_PRINCIPAL, "cn=admin");
    env.put(Context.SECURITY_CREDENTIALS, "ldap-Pa55"); // EXPECT: CWE-798
    new InitialDirContext(env).close();
  }
}
