package heldout.payments.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Set;
import javax.net.ssl.X509TrustManager;

/** Checks the platform's trust decision, then pins the leaf certificate to known fingerprints. */
public class PinningTrustManager implements X509TrustManager {

  private final X509TrustManager platform;
  private final Set<String> pins;

  public PinningTrustManager(X509TrustManager platform, Set<String> pins) {
    this.platform = platform;
    this.pins = Set.copyOf(pins);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
    platform.checkClientTrusted(chain, authType);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException { // EXPECT: none CWE-295
    platform.checkServerTrusted(chain, authType);
    if (!pins.contains(fingerprint(chain[0]))) {
      throw new CertificateException("certificate of " + chain[0].getSubjectX500Principal() + " is not pinned");
    }
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return platform.getAcceptedIssuers();
  }

  private static String fingerprint(X509Certificate cert) throws CertificateException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded())); // EXPECT: none CWE-328
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw new CertificateException(e);
    }
  }
}
