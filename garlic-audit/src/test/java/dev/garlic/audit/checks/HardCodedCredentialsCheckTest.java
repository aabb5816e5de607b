package dev.garlic.audit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HardCodedCredentialsCheckTest {

  private final HardCodedCredentialsCheck check = new HardCodedCredentialsCheck();

  @Test
  void reportsLiteralSecrets() {
    CheckHarness.assertMarkers(
        check,
        """
        package p;
        import java.sql.DriverManager;
        import javax.crypto.spec.SecretKeySpec;
        class T {
          private static final String DB_PASSWORD = "s3cr3t!"; // EXPECT: CWE-798
          private String apiKey = "AKIA0123456789ABCDEF"; // EXPECT: CWE-798
          void f(DataSource ds) throws Exception {
            DriverManager.getConnection("jdbc:h2:mem:x", "sa", "hunter22"); // EXPECT: CWE-798
            ds.setPassword("Pa55word"); // EXPECT: CWE-798
            char[] pwd = "letmein1".toCharArray(); // EXPECT: CWE-798
            new SecretKeySpec("0123456789abcdef".getBytes(), "AES"); // EXPECT: CWE-798
            new SecretKeySpec(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, "DES"); // EXPECT: CWE-798
            String token;
            token = "ghp_abcdefghijklmnop"; // EXPECT: CWE-798
            connect("admin", "adm1n!"); // EXPECT: CWE-798
          }
          void headers(java.net.http.HttpRequest.Builder request, java.util.Properties props) {
            request.header("X-API-Key", "f3a9c2e1b7d4"); // EXPECT: CWE-798
            System.setProperty("javax.net.ssl.keyStorePassword", "k3yst0re!"); // EXPECT: CWE-798
            request.header("Accept", "application/json"); // EXPECT: none
          }
          boolean check(String password) {
            return password.equals("Sup3rS3cret"); // EXPECT: CWE-798
          }
          void connect(String user, String password) {}
          interface DataSource { void setPassword(String p); }
        }
        """);
  }

  @Test
  void ignoresNamesPlaceholdersAndConfiguredValues() {
    CheckHarness.assertMarkers(
        check,
        """
        package p;
        class T {
          static final String PASSWORD_FIELD = "password"; // EXPECT: none
          static final String TOKEN_HEADER = "X-Auth-Token"; // EXPECT: none
          static final String PASSWORD_KEY = "db.password"; // EXPECT: none
          static final int MIN_PASSWORD_LENGTH = 12; // EXPECT: none
          private String password = ""; // EXPECT: none
          private String secret = "changeme"; // EXPECT: none
          private String dbPassword = "${DB_PASSWORD}"; // EXPECT: none
          private String passwordPrompt = "Enter your password:"; // EXPECT: none
          private String monkey = "banana42"; // EXPECT: none
          private static final String AUTH_TOKEN_TYPE = "Bearer"; // EXPECT: none
          private static final String TOKEN = "Bearer"; // EXPECT: none
          private static final String API_KEY = "sk-test-do-not-print"; // EXPECT: none
          void f(java.util.Properties props, javax.servlet.http.HttpServletRequest request) {
            String password = props.getProperty("db.password"); // EXPECT: none
            String token = request.getHeader("Authorization"); // EXPECT: none
            String clientSecret = System.getenv("CLIENT_SECRET"); // EXPECT: none
            String key = "user:42"; // EXPECT: none
          }
        }
        """);
  }

  @Test
  void aSecretPropertyValueFromAConfigurationFileIsNotHardCoded() {
    var project =
        CheckHarness.project(
            Map.of(
                "A.java",
                """
                class A {
                  void f() throws Exception {
                    java.util.Properties p = new java.util.Properties();
                    p.load(A.class.getResourceAsStream("/db.properties"));
                    String password = p.getProperty("password");
                  }
                }
                """),
            Map.of("db.properties", "password=s3cr3t!\n"));

    assertThat(CheckHarness.run(check, project)).isEmpty();
  }

  @Test
  void wordsSplitCamelCaseAndSnakeCase() {
    assertThat(Words.of("rememberMeKey")).containsExactly("remember", "me", "key");
    assertThat(Words.of("DB_PASSWORD")).containsExactly("db", "password");
    assertThat(Words.of("XMLHttpToken")).containsExactly("xml", "http", "token");
    assertThat(HardCodedCredentialsCheck.isCredentialName("privateKey")).isTrue();
    assertThat(HardCodedCredentialsCheck.isCredentialName("cacheKey")).isFalse();
  }
}
