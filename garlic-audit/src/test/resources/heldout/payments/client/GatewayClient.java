package heldout.payments.client;

import heldout.payments.config.PaymentSettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** Talks to the acquiring bank's gateway and the settlement database. */
public class GatewayClient {

  private static final String SANDBOX_API_KEY = "sk_live_51HxQk2eZvKYlo2C8Qm0d";

  private final PaymentSettings settings;

  public GatewayClient(PaymentSettings settings) {
    this.settings = settings;
  }

  public HttpsURLConnection open(String path) throws IOException {
    HttpsURLConnection conn = (HttpsURLConnection) new URL(settings.get("gateway.url") + path).openConnection();
    String basic = Base64.getEncoder().encodeToString(("merchant-4711:" + System.getenv("GATEWAY_SECRET")).getBytes(StandardCharsets.UTF_8));
    conn.setRequestProperty("Authorization", "Basic " + basic); // EXPECT: none CWE-798
    return conn;
  }

  public HttpsURLConnection openSandbox(String path) throws IOException {
    HttpsURLConnection conn = (HttpsURLConnection) new URL("https://sandbox.bank.example/api" + path).openConnection();
    conn.setRequestProperty("Authorization", "Bearer " + SANDBOX_API_KEY); // EXPECT: CWE-798
    conn.setHostnameVerifier((host, session) -> true); // EXPECT: CWE-295
    return conn;
  }

  public Connection settlementDb() throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://db.internal:5432/settlement", "settle", "S3ttle!2021#prod"); // EXPECT: CWE-798
  }

  public Connection reportingDb() throws SQLException {
    return DriverManager.getConnection(settings.get("reporting.url"), settings.get("reporting.user"), System.getenv("REPORTING_DB_PASSWORD")); // EXPECT: none CWE-798
  }

  public KeyStore clientKeys(InputStream p12) throws IOException, GeneralSecurityException {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(p12, "merchant-keystore-9f2".toCharArray()); // EXPECT: CWE-798
    return ks;
  }

  public KeyStore trustStore(InputStream jks) throws IOException, GeneralSecurityException {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    char[] pass = System.getProperty("payments.truststore.password", "").toCharArray();
    ks.load(jks, pass); // EXPECT: none CWE-798
    return ks;
  }

  public SecretKeySpec webhookKey() {
    return new SecretKeySpec(settings.get("webhook.key").getBytes(StandardCharsets.UTF_8), "HmacSHA256"); // EXPECT: none CWE-798
  }

  public void proxyAuth() {
    Authenticator.setDefault(new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication("proxyuser", System.getenv("PROXY_PASSWORD").toCharArray()); // EXPECT: none CWE-798
      }
    });
  }

  /** TLS to the gateway, trusting only the bank's CA from the trust store. */
  public SSLContext pinnedContext(KeyStore bankCa) throws GeneralSecurityException {
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(bankCa);
    SSLContext ctx = SSLContext.getInstance("TLSv1.3");
    ctx.init(null, tmf.getTrustManagers(), null);
    return ctx;
  }

  /** TLS for the test acquirer, whose certificate is self-signed. */
  public SSLContext testAcquirerContext() throws GeneralSecurityException {
    TrustManager[] trustAll = {
      new X509TrustManager() {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {} // EXPECT: CWE-295

        @Override
        public X509Certificate[] getAcceptedIssuers() {
          return new X509Certificate[0];
        }
      }
    };
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, trustAll, new java.security.SecureRandom());
    return ctx;
  }

  /** Accepts the gateway's certificate only when its host name is on the bank's list. */
  public HostnameVerifier bankHosts() {
    return (host, session) -> host.equals("gateway.bank.example") || host.endsWith(".gateway.bank.example"); // EXPECT: none CWE-295
  }
}
