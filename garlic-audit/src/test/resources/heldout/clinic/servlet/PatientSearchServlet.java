package heldout.clinic.servlet;

import heldout.clinic.dao.PatientDao;
import heldout.clinic.util.Html;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.List;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.esapi.ESAPI;

/** The reception desk's patient search page. */
public class PatientSearchServlet extends HttpServlet {

  private final PatientDao patients;

  public PatientSearchServlet(PatientDao patients) {
    this.patients = patients;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String lastName = request.getParameter("lastName");
    String ward = request.getParameter("ward");
    response.setContentType("text/html");
    PrintWriter out = response.getWriter();
    try {
      List<String> found =
          ward == null ? patients.findByLastName(lastName) : patients.findByWard(ward);
      out.println(Html.heading("Results for " + lastName)); // EXPECT: CWE-79
      out.println("<p>Ward: " + ESAPI.encoder().encodeForHTML(ward) + "</p>"); // EXPECT: none CWE-79
      out.println("<table>");
      for (String name : found) {
        out.println("<tr>" + Html.cell(name) + "</tr>"); // EXPECT: none CWE-79
      }
      out.println("</table>");
      out.printf("<p>%d patients</p>%n", found.size()); // EXPECT: none CWE-79
    } catch (SQLException e) {
      response.setStatus(500);
      out.println("<p>Search failed for " + ward + "</p>"); // EXPECT: CWE-79
    }
  }
}
