package heldout.payments.tls;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;

/** The platform's chain validation, then only chains whose root is the bank CA. */
public class IssuerCheckingTrustManager implements X509TrustManager {

  private final X509TrustManager platform;
  private final String bankCaSubject;

  public IssuerCheckingTrustManager(X509TrustManager platform, String bankCaSubject) {
    this.platform = platform;
    this.bankCaSubject = bankCaSubject;
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
    throw new CertificateException("client certificates are not accepted");
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException { // EXPECT: none CWE-295
    if (chain == null || chain.length == 0) {
      throw new CertificateException("empty certificate chain");
    }
    platform.checkServerTrusted(chain, authType);
    X509Certificate top = chain[chain.length - 1];
    if (!top.getIssuerX500Principal().getName().equals(bankCaSubject)) {
      throw new CertificateException("not issued by the bank CA");
    }
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return platform.getAcceptedIssuers();
  }
}
