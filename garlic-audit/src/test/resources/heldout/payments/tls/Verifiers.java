package heldout.payments.tls;

import java.util.Set;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSession;

/** Host name verifiers of the different deployment profiles. */
public final class Verifiers {

  private Verifiers() {}

  /** Staging: certificates of the test hosts name the load balancer, not the host. */
  public static final class StagingVerifier implements HostnameVerifier {
    @Override
    public boolean verify(String hostname, SSLSession session) { // EXPECT: CWE-295
      return true;
    }
  }

  /** Production: only the gateway's own names. */
  public static final class GatewayVerifier implements HostnameVerifier {
    private static final Set<String> HOSTS = Set.of("gateway.bank.example", "backup.gateway.bank.example");

    @Override
    public boolean verify(String hostname, SSLSession session) { // EXPECT: none CWE-295
      return HOSTS.contains(hostname) && session.getPeerHost().equals(hostname);
    }
  }

  public static void installForStaging() {
    HttpsURLConnection.setDefaultHostnameVerifier((h, s) -> true); // EXPECT: CWE-295
  }

  public static void installForProduction() {
    HttpsURLConnection.setDefaultHostnameVerifier(new GatewayVerifier()); // EXPECT: none CWE-295
  }
}
