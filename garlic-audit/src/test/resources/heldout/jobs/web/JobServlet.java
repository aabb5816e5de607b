package heldout.jobs.web;

import heldout.jobs.queue.JavaSerializationCodec;
import heldout.jobs.queue.JobMessage;
import heldout.jobs.queue.MessageCodec;
import heldout.jobs.sync.GroupSync;
import java.io.IOException;
import java.io.InputStream;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

/** Submits background jobs and reports on them. */
public class JobServlet extends HttpServlet {

  private final MessageCodec codec = new JavaSerializationCodec();
  private final GroupSync sync;
  private final DataSource db;
  private final InputStream teamMapping;

  public JobServlet(GroupSync sync, DataSource db, InputStream teamMapping) {
    this.sync = sync;
    this.db = db;
    this.teamMapping = teamMapping;
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
    JobMessage job;
    if ("application/x-java-serialized-object".equals(request.getHeader("Content-Type"))) {
      job = codec.decode(request.getInputStream());
    } else {
      Map<String, String> params = new HashMap<>();
      request.getParameterMap().forEach((k, v) -> params.put(k, v[0]));
      job = new JobMessage(request.getParameter("type"), request.getParameter("owner"), params);
    }
    try {
      int members = sync.members(job);
      int owners = sync.owners(job);
      String team = sync.teamOf(teamMapping, job);
      Cookie last = new Cookie("lastJob", job.type());
      last.setHttpOnly(true);
      response.addCookie(last); // EXPECT: CWE-614
      response.getWriter().write(members + owners + team.length());
      response.sendRedirect(request.getParameter("done")); // EXPECT: CWE-601
    } catch (Exception e) {
      throw new ServletException("job failed");
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
    String owner = request.getParameter("owner");
    String status = request.getParameter("status");
    try (Connection c = db.getConnection()) {
      try (CallableStatement call = c.prepareCall("{call jobs_by_owner(?, ?)}")) { // EXPECT: none CWE-89
        call.setString(1, owner);
        call.setString(2, status);
        call.execute();
      }
      try (CallableStatement call = c.prepareCall("{call jobs_report('" + owner + "')}")) { // EXPECT: CWE-89
        call.execute();
      }
    } catch (SQLException e) {
      response.setStatus(500);
    }
  }
}
