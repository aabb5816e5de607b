package heldout.hr.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Random;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/** The employee self-service profile: photo, badge, backup import. */
public class ProfileServlet extends HttpServlet {

  private final HttpClient http = HttpClient.newHttpClient();
  private final Random badgeRandom = new Random();
  private final Random tokenRandom = new SecureRandom();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
    HttpSession session = request.getSession();
    String employee = (String) session.getAttribute("employee");
    String photoUrl = request.getParameter("photoUrl");
    try {
      HttpRequest external = HttpRequest.newBuilder(URI.create(photoUrl)).build();
      byte[] photo = http.send(external, HttpResponse.BodyHandlers.ofByteArray()).body(); // EXPECT: CWE-918
      String name = URLEncoder.encode(request.getParameter("name"), StandardCharsets.UTF_8);
      HttpRequest internal = HttpRequest.newBuilder(URI.create("https://photos.hr.example/v1/lookup?name=" + name)).build();
      byte[] stock = http.send(internal, HttpResponse.BodyHandlers.ofByteArray()).body(); // EXPECT: none CWE-918
      response.getOutputStream().write(photo.length > 0 ? photo : stock);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServletException("photo fetch interrupted");
    }
    session.setAttribute("photoSource", photoUrl); // EXPECT: CWE-501
    session.setAttribute("employeeKey", employee); // EXPECT: none CWE-501
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
    String badgePin = String.format("%04d", badgeRandom.nextInt(10000)); // EXPECT: CWE-330
    byte[] resetToken = new byte[24];
    tokenRandom.nextBytes(resetToken); // EXPECT: none CWE-330
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256"); // EXPECT: none CWE-328
      String stored = HexFormat.of().formatHex(sha.digest(resetToken));
      MessageDigest legacy = MessageDigest.getInstance("MD5"); // EXPECT: CWE-328
      String legacyPin = HexFormat.of().formatHex(legacy.digest(badgePin.getBytes(StandardCharsets.UTF_8)));
      HttpSession session = request.getSession();
      session.setAttribute("resetTokenHash", stored); // EXPECT: none CWE-501
      session.setAttribute("badgePinHash", legacyPin); // EXPECT: none CWE-501
    } catch (GeneralSecurityException e) {
      throw new ServletException("no digest");
    }
    InputStream backup = request.getPart("backup").getInputStream();
    try (ObjectInputStream in = new ObjectInputStream(backup)) {
      Object profile = in.readObject(); // EXPECT: CWE-502
      response.getWriter().write(profile.getClass().getSimpleName().length());
    } catch (ClassNotFoundException e) {
      response.setStatus(400);
    }
  }
}
