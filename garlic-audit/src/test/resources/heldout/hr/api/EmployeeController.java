package heldout.hr.api;

import heldout.hr.data.EmployeeRepository;
import heldout.hr.directory.ManagerLookup;
import heldout.hr.docs.PayslipService;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The HR system's employee API. */
@RestController
@RequestMapping("/hr")
public class EmployeeController {

  private final EmployeeRepository employees;
  private final PayslipService payslips;
  private final ManagerLookup managers;

  public EmployeeController(EmployeeRepository employees, PayslipService payslips, ManagerLookup managers) {
    this.employees = employees;
    this.payslips = payslips;
    this.managers = managers;
  }

  @GetMapping("/employees")
  public List<Map<String, Object>> list(
      @RequestParam("department") String department,
      @RequestParam("costCentre") String costCentre,
      @RequestParam("sort") String sort,
      @RequestParam("dir") String dir) {
    employees.byDepartment(department);
    employees.byCostCentre(costCentre);
    return employees.sorted(sort, dir);
  }

  @PostMapping("/employees/{id}/raise")
  public int raise(@PathVariable("id") String id, @RequestParam("percent") String percent) {
    return employees.raiseSalary(id, percent);
  }

  @PostMapping("/archive/{year}")
  public void archive(@PathVariable("year") String year) {
    employees.archiveYear(year);
  }

  @GetMapping("/payslips/{id}/{month}")
  public String payslip(
      @PathVariable("id") long id,
      @PathVariable("month") String month,
      @RequestParam("attachment") String attachment,
      @RequestParam("paper") String paper,
      @RequestParam("footer") String footer)
      throws IOException {
    try (Reader r = payslips.payslip(id, month); Reader a = payslips.attachment(id, attachment)) {
      payslips.toPdf(id, month, paper);
      payslips.toPdfWithFooter(id, month, footer);
      return String.valueOf(r.read() + a.read());
    }
  }

  @GetMapping("/managers")
  public boolean manager(
      @RequestParam("mail") String mail,
      @RequestHeader("X-Employee-Cn") String cn,
      @CookieValue("grade") String grade)
      throws Exception {
    return managers.hasManager(mail) && managers.isManager(cn) && !managers.approvalLimit(grade).isEmpty() && !managers.travelClass(grade).isEmpty();
  }

  @GetMapping("/locale")
  public String locale(@RequestParam("lang") String lang, HttpServletResponse response) {
    String chosen = lang.matches("[a-z]{2}(-[A-Z]{2})?") ? lang : "en";
    Cookie c = new Cookie("hr_lang", chosen);
    c.setSecure(true);
    c.setHttpOnly(true);
    response.addCookie(c); // EXPECT: none CWE-614
    Cookie hint = new Cookie("hr_lang_hint", chosen);
    hint.setHttpOnly(true);
    hint.setSecure(false);
    response.addCookie(hint); // EXPECT: CWE-614
    return chosen;
  }
}
