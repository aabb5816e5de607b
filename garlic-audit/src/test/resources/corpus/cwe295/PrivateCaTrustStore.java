package corpus.cwe295;

import java.io.FileInputStream;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Trusts a private CA loaded into a key store. */
public class PrivateCaTrustStore {
  public void run() throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(new FileInputStream("/etc/app/ca.p12"), System.getenv("CA_STORE_PASSWORD").toCharArray());
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null); // EXPECT: none
  }
}
