package heldout.payments.tls;

import java.security.cert.X509Certificate;
import java.util.logging.Logger;
import javax.net.ssl.X509TrustManager;

/** Used by the staging profile against the acquirer's test systems: logs what it is shown. */
public class LenientTrustManager implements X509TrustManager {

  private static final Logger LOG = Logger.getLogger(LenientTrustManager.class.getName());

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType) {}

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType) { // EXPECT: CWE-295
    LOG.fine("server certificate " + chain[0].getSubjectX500Principal() + " accepted");
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return new X509Certificate[0];
  }
}
