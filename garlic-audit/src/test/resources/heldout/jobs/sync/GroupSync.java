package heldout.jobs.sync;

import heldout.jobs.queue.JobMessage;
import java.io.InputStream;
import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

/** The group-sync job: copies group memberships from LDAP into the team mapping file. */
public class GroupSync {

  private final DirContext ldap;
  private final XPath xpath = XPathFactory.newInstance().newXPath();

  public GroupSync(String ldapUrl) throws NamingException {
    Hashtable<String, String> env = new Hashtable<>();
    env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
    env.put(Context.PROVIDER_URL, ldapUrl);
    env.put(Context.SECURITY_PRINCIPAL, "cn=group-sync,ou=services,dc=corp,dc=example");
    env.put(Context.SECURITY_CREDENTIALS, "gr0up-Sync#2020"); // EXPECT: CWE-798
    this.ldap = new InitialDirContext(env);
  }

  public int members(JobMessage job) throws NamingException {
    String group = job.params().get("group");
    NamingEnumeration<SearchResult> r = ldap.search("ou=groups,dc=corp,dc=example", "(cn=" + group + ")", new SearchControls()); // EXPECT: CWE-90
    int n = 0;
    while (r.hasMore()) {
      r.next();
      n++;
    }
    return n;
  }

  public int owners(JobMessage job) throws NamingException {
    String owner = job.owner().chars().allMatch(Character::isLetterOrDigit) ? job.owner() : "";
    NamingEnumeration<SearchResult> r = ldap.search("ou=groups,dc=corp,dc=example", "(owner=uid=" + owner + ",ou=people,dc=corp,dc=example)", new SearchControls()); // EXPECT: none CWE-90
    return r.hasMore() ? 1 : 0;
  }

  public String teamOf(InputStream mapping, JobMessage job) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = f.newDocumentBuilder().parse(mapping); // EXPECT: none CWE-611
    String group = job.params().get("group");
    String team = xpath.evaluate("/teams/team[group='" + group + "']/@name", doc); // EXPECT: CWE-643
    String region = job.params().getOrDefault("region", "emea");
    String normalised = region.equals("amer") || region.equals("apac") ? region : "emea";
    return team + xpath.evaluate("/teams/region[@id='" + normalised + "']/@lead", doc); // EXPECT: none CWE-643
  }
}
