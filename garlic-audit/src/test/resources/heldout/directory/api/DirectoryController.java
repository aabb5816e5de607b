package heldout.directory.api;

import heldout.directory.ldap.PeopleDirectory;
import heldout.directory.xml.OrgChart;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.naming.NamingException;
import javax.xml.xpath.XPathExpressionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The staff directory's REST API. */
@RestController
@RequestMapping("/directory")
public class DirectoryController {

  private static final Logger AUDIT = LoggerFactory.getLogger(DirectoryController.class);

  private final PeopleDirectory people;
  private final OrgChart chart;

  public DirectoryController(PeopleDirectory people, OrgChart chart) {
    this.people = people;
    this.chart = chart;
  }

  @GetMapping("/people/{uid}")
  public List<String> person(@PathVariable("uid") String uid, @RequestHeader("X-Requested-By") String caller) throws NamingException {
    AUDIT.info("directory lookup by " + caller); // EXPECT: CWE-117
    return people.byUid(uid);
  }

  @GetMapping("/people")
  public List<String> search(
      @RequestParam("mail") String mail,
      @RequestParam("dept") String dept,
      @RequestParam("given") String given,
      @RequestParam("sn") String sn,
      @RequestParam("manager") String manager,
      @RequestParam("phone") String phone)
      throws NamingException {
    AUDIT.info("directory search, {} criteria", 6); // EXPECT: none CWE-117
    people.byMail(mail);
    people.byDepartment(dept);
    people.byName(given, sn);
    people.byManager(manager);
    return people.byPhone(phone);
  }

  @GetMapping("/chart")
  public String chart(
      @RequestParam("employee") String employee,
      @RequestParam("dept") String dept,
      @RequestParam("office") String office,
      @RequestParam("name") String name,
      @RequestParam("level") String level)
      throws XPathExpressionException {
    Map<String, String> query = new HashMap<>();
    query.put("name", name);
    query.put("office", "London");
    AUDIT.info("chart query for employee {}", employee.replace('\n', ' ').replace('\r', ' ')); // EXPECT: none CWE-117
    return chart.managerOf(employee) + chart.team(dept).getLength() + chart.title(employee) + chart.byLocation(office).getLength() + chart.phoneOf(query) + chart.countIn(level);
  }
}
