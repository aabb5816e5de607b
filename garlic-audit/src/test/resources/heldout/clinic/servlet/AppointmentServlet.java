package heldout.clinic.servlet;

import heldout.clinic.dao.PatientDao;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import javax.servlet.ServletException;
import javax.servlet.ServletOutputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import org.apache.commons.text.StringEscapeUtils;

/** Lists and cancels appointments of the patient in the session. */
public class AppointmentServlet extends HttpServlet {

  private final PatientDao patients;

  public AppointmentServlet(PatientDao patients) {
    this.patients = patients;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    HttpSession session = request.getSession();
    long patientId = (Long) session.getAttribute("patientId");
    String from = request.getParameter("from");
    ServletOutputStream out = response.getOutputStream();
    try {
      List<String> slots = patients.appointments(patientId, from);
      out.println("<h1>Appointments since " + from + "</h1>"); // EXPECT: CWE-79
      for (String slot : slots) {
        out.println("<li>" + StringEscapeUtils.escapeHtml4(slot) + "</li>"); // EXPECT: none CWE-79
      }
    } catch (SQLException e) {
      throw new ServletException("cannot list appointments");
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    try {
      int n = patients.cancel(request.getParameter("id"));
      response.getWriter().write("<p>" + n + " appointment(s) cancelled</p>"); // EXPECT: none CWE-79
    } catch (SQLException | NumberFormatException e) {
      response.setStatus(400);
    }
  }
}
