package heldout.directory.ldap;

import java.util.Hashtable;
import javax.naming.Context;

/** Connection settings of the corporate directory. */
public final class LdapConfig {

  static final String URL = "ldaps://ldap.corp.example:636";
  static final String BIND_DN = "cn=directory-app,ou=services,dc=corp,dc=example";
  private static final String BIND_PASSWORD = "Wint3r!sComing-2019";

  private LdapConfig() {}

  /** Settings for the service account, with its password from the environment. */
  public static Hashtable<String, String> fromEnvironment() {
    Hashtable<String, String> env = base();
    env.put(Context.SECURITY_CREDENTIALS, System.getenv("DIRECTORY_BIND_PASSWORD")); // EXPECT: none CWE-798
    return env;
  }

  /** Settings used by the nightly sync job (predates the vault). */
  public static Hashtable<String, String> forSync() {
    Hashtable<String, String> env = base();
    env.put(Context.SECURITY_CREDENTIALS, BIND_PASSWORD); // EXPECT: CWE-798
    return env;
  }

  private static Hashtable<String, String> base() {
    Hashtable<String, String> env = new Hashtable<>();
    env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
    env.put(Context.PROVIDER_URL, URL);
    env.put(Context.SECURITY_AUTHENTICATION, "simple");
    env.put(Context.SECURITY_PRINCIPAL, BIND_DN);
    return env;
  }
}
