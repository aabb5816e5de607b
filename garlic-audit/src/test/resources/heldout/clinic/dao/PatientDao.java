package heldout.clinic.dao;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Patients and their appointments, in plain JDBC. */
public class PatientDao {

  private final DataSource dataSource;

  public PatientDao(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public List<String> findByLastName(String lastName) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT name FROM patient WHERE last_name = ?")) { // EXPECT: none CWE-89
      ps.setString(1, lastName);
      return names(ps.executeQuery());
    }
  }

  public List<String> findByWard(String ward) throws SQLException {
    String sql = "SELECT name FROM patient WHERE ward = '" + ward + "' ORDER BY name";
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      return names(st.executeQuery(sql)); // EXPECT: CWE-89
    }
  }

  public List<String> appointments(long patientId, String fromDate) throws SQLException {
    String sql = "SELECT slot FROM appointment WHERE patient_id = " + patientId + " AND day >= '" + fromDate + "'";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) { // EXPECT: CWE-89
      return names(ps.executeQuery());
    }
  }

  public int cancel(String appointmentId) throws SQLException {
    long id = Long.parseLong(appointmentId);
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      return st.executeUpdate("DELETE FROM appointment WHERE id = " + id); // EXPECT: none CWE-89
    }
  }

  private static List<String> names(ResultSet rs) throws SQLException {
    List<String> out = new ArrayList<>();
    while (rs.next()) {
      out.add(rs.getString(1));
    }
    return out;
  }
}
