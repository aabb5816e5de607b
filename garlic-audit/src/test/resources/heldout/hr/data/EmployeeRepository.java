package heldout.hr.data;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Employees and their contracts. */
public class EmployeeRepository extends AbstractRepository {

  public EmployeeRepository(JdbcTemplate jdbc) {
    super(jdbc);
  }

  @Override
  protected String table() {
    return "employee";
  }

  public List<Map<String, Object>> byDepartment(String department) {
    return where("department = ?", department);
  }

  public List<Map<String, Object>> byCostCentre(String costCentre) {
    return where("cost_centre = '" + costCentre + "'");
  }

  public int raiseSalary(String employeeId, String percent) {
    int pct = Integer.parseInt(percent);
    long id = Long.parseLong(employeeId);
    return jdbc.update("UPDATE employee SET salary = salary * (100 + " + pct + ") / 100 WHERE id = " + id); // EXPECT: none CWE-89
  }

  public void archiveYear(String year) {
    jdbc.execute("CREATE TABLE employee_archive_" + year + " AS SELECT * FROM employee"); // EXPECT: CWE-89
  }

  public List<Map<String, Object>> sorted(String column, String direction) {
    String col =
        switch (column) {
          case "name" -> "last_name";
          case "hired" -> "hire_date";
          default -> "id";
        };
    String dir = "desc".equalsIgnoreCase(direction) ? "DESC" : "ASC";
    return jdbc.queryForList("SELECT * FROM employee ORDER BY " + col + " " + dir); // EXPECT: none CWE-89
  }
}
