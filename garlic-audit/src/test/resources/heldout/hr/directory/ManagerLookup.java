package heldout.hr.directory;

import java.io.InputStream;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.owasp.esapi.ESAPI;
import org.w3c.dom.Document;

/** Finds an employee's manager in LDAP and their approval limits in the policy file. */
public class ManagerLookup {

  private final DirContext ldap;
  private final Document policy;

  public ManagerLookup(DirContext ldap, InputStream policyXml) throws Exception {
    this.ldap = ldap;
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    this.policy = f.newDocumentBuilder().parse(policyXml); // EXPECT: none CWE-611
  }

  public boolean hasManager(String employeeMail) throws NamingException {
    String filter = "(&(mail=" + ESAPI.encoder().encodeForLDAP(employeeMail) + ")(manager=*))";
    NamingEnumeration<SearchResult> r = ldap.search("ou=people,dc=hr,dc=example", filter, new SearchControls()); // EXPECT: none CWE-90
    return r.hasMore();
  }

  public boolean isManager(String employeeCn) throws NamingException {
    NamingEnumeration<SearchResult> r = ldap.search("ou=people,dc=hr,dc=example", "(&(cn=" + employeeCn + ")(directReports=*))", new SearchControls()); // EXPECT: CWE-90
    return r.hasMore();
  }

  public String approvalLimit(String grade) throws Exception {
    String expr = "/policy/grade[@code='" + ESAPI.encoder().encodeForXPath(grade) + "']/limit";
    return XPathFactory.newInstance().newXPath().evaluate(expr, policy); // EXPECT: none CWE-643
  }

  public String travelClass(String grade) throws Exception {
    return XPathFactory.newInstance().newXPath().compile("/policy/grade[@code='" + grade + "']/travel").evaluate(policy); // EXPECT: CWE-643
  }
}
