package corpus.cwe295;

import javax.net.ssl.HttpsURLConnection;

/** Would accept every host only when a static final false flag is set. */
public class AcceptAllOnlyInDeadBranch {
  private static final boolean INSECURE = false;

  public void run() throws Exception {
    if (INSECURE) {
      HttpsURLConnection.setDefaultHostnameVerifier((host, session) -> true); // EXPECT: none
    }
  }
}
