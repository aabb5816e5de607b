package corpus.cwe295;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;

/** Uses the platform's default SSL context. */
public class DefaultContext {
  public void run() throws Exception {
    HttpsURLConnection.setDefaultSSLSocketFactory(SSLContext.getDefault().getSocketFactory()); // EXPECT: none
  }
}
