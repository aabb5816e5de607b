package corpus.cwe798;

import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.directory.InitialDirContext;

/** Puts the password from the environment into the JNDI environment. */
public class JndiCredentialsFromEnvironment {
  public void run() throws Exception {
    Hashtable<String, String> env = new Hashtable<>();
    env.put(Context.SECURITY_CREDENTIALS, System.getenv("LDAP_PASSWORD")); // EXPECT: none
    new InitialDirContext(env).close();
  }
}
