package heldout.directory.ldap;

import java.util.ArrayList;
import java.util.List;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import org.owasp.esapi.ESAPI;
import org.springframework.ldap.support.LdapEncoder;

/** Looks people up in the corporate LDAP directory. */
public class PeopleDirectory {

  private static final String BASE = "ou=people,dc=corp,dc=example";

  private final DirContext ctx;

  public PeopleDirectory() throws NamingException {
    this.ctx = new InitialDirContext(LdapConfig.fromEnvironment());
  }

  public List<String> byUid(String uid) throws NamingException {
    String filter = "(&(objectClass=person)(uid=" + uid + "))";
    return names(ctx.search(BASE, filter, controls())); // EXPECT: CWE-90
  }

  public List<String> byMail(String mail) throws NamingException {
    String filter = "(mail=" + LdapEncoder.filterEncode(mail) + ")";
    return names(ctx.search(BASE, filter, controls())); // EXPECT: none CWE-90
  }

  public List<String> byDepartment(String department) throws NamingException {
    return names(ctx.search(BASE, "(&(objectClass=person)(departmentNumber={0}))", new Object[] {department}, controls())); // EXPECT: none CWE-90
  }

  public List<String> byName(String given, String surname) throws NamingException {
    StringBuilder filter = new StringBuilder("(&(givenName=").append(given).append(")");
    filter.append("(sn=").append(ESAPI.encoder().encodeForLDAP(surname)).append("))");
    return names(ctx.search(BASE, filter.toString(), controls())); // EXPECT: CWE-90
  }

  public List<String> byManager(String managerUid) throws NamingException {
    String safe = managerUid.matches("[a-z][a-z0-9]{1,15}") ? managerUid : "nobody";
    return names(ctx.search(BASE, "(manager=uid=" + safe + "," + BASE + ")", controls())); // EXPECT: none CWE-90
  }

  public List<String> byPhone(String phone) throws NamingException {
    String digits = phone.replaceAll("[^0-9+]", "");
    return names(ctx.search(BASE, "(telephoneNumber=" + phone + ")", controls())); // EXPECT: CWE-90
  }

  private static SearchControls controls() {
    SearchControls c = new SearchControls();
    c.setSearchScope(SearchControls.SUBTREE_SCOPE);
    c.setReturningAttributes(new String[] {"cn"});
    return c;
  }

  private static List<String> names(NamingEnumeration<SearchResult> results) throws NamingException {
    List<String> out = new ArrayList<>();
    while (results.hasMore()) {
      out.add(results.next().getNameInNamespace());
    }
    return out;
  }
}
