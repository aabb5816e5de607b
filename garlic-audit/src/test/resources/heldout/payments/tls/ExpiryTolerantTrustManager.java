package heldout.payments.tls;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;

/** Rejects empty chains and anything not issued by the bank CA's subject. */
public class ExpiryTolerantTrustManager implements X509TrustManager {

  private final String bankCaSubject;

  public ExpiryTolerantTrustManager(String bankCaSubject) {
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
    X509Certificate top = chain[chain.length - 1];
    if (!top.getIssuerX500Principal().getName().equals(bankCaSubject)) {
      throw new CertificateException("not issued by the bank CA");
    }
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return new X509Certificate[0];
  }
}
