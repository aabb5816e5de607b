package dev.garlic.audit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.audit.Fingerprints;
import dev.garlic.protocol.finding.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeakCipherCheckTest {

  private final WeakCipherCheck check = new WeakCipherCheck();

  @Test
  void reportsWeakAlgorithmsAndEcb() {
    CheckHarness.assertMarkers(
        check,
        """
        package p;
        import javax.crypto.Cipher;
        class T {
          static final String ALG = "DESede/ECB/PKCS5Padding";
          void f() throws Exception {
            Cipher.getInstance("DES/CBC/PKCS5Padding"); // EXPECT: CWE-327
            Cipher.getInstance(ALG); // EXPECT: CWE-327
            javax.crypto.Cipher.getInstance("RC4"); // EXPECT: CWE-327
            Cipher.getInstance("Blowfish"); // EXPECT: CWE-327
            Cipher.getInstance("AES"); // EXPECT: CWE-327
            Cipher.getInstance("AES/ECB/PKCS5Padding"); // EXPECT: CWE-327
            Cipher.getInstance("RSA/ECB/NoPadding"); // EXPECT: CWE-327
            String mode = "ECB";
            Cipher.getInstance("AES/" + mode + "/PKCS5Padding"); // EXPECT: CWE-327
            javax.crypto.SecretKeyFactory.getInstance("PBEWithMD5AndDES"); // EXPECT: CWE-327
          }
          private String configured = "AES/GCM/NoPadding";
          void legacyMode() {
            configured = "DES/CBC/PKCS5Padding";
          }
          void withField() throws Exception {
            Cipher.getInstance(configured); // EXPECT: CWE-327
          }
          void onSomePath(boolean legacy) throws Exception {
            String alg = "AES/GCM/NoPadding";
            if (legacy) {
              alg = "DESede/CBC/PKCS5Padding";
            }
            Cipher.getInstance(alg); // EXPECT: CWE-327
            Cipher.getInstance(legacy ? "RC2" : "AES/GCM/NoPadding"); // EXPECT: CWE-327
          }
          private String configured = "AES/GCM/NoPadding";
          void legacyMode() {
            configured = "DES/CBC/PKCS5Padding";
          }
          void withField() throws Exception {
            Cipher.getInstance(configured); // EXPECT: CWE-327
          }
          void onSomePath(boolean legacy) throws Exception {
            String alg = "AES/GCM/NoPadding";
            if (legacy) {
              alg = "DESede/CBC/PKCS5Padding";
            }
            Cipher.getInstance(alg); // EXPECT: CWE-327
            Cipher.getInstance(legacy ? "RC2" : "AES/GCM/NoPadding"); // EXPECT: CWE-327
          }
        }
        """);
  }

  @Test
  void acceptsStrongModesAndUnknownAlgorithms() {
    CheckHarness.assertMarkers(
        check,
        """
        package p;
        import javax.crypto.Cipher;
        import javax.crypto.KeyGenerator;
        class T {
          void f(String fromCaller) throws Exception {
            Cipher.getInstance("AES/GCM/NoPadding"); // EXPECT: none
            Cipher.getInstance("AES/CBC/PKCS5Padding"); // EXPECT: none
            Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding"); // EXPECT: none
            Cipher.getInstance("ChaCha20-Poly1305"); // EXPECT: none
            KeyGenerator.getInstance("AES"); // EXPECT: none
            Cipher.getInstance(fromCaller); // EXPECT: none
            String alg = true ? "AES/GCM/NoPadding" : "DES";
            Cipher.getInstance(alg); // EXPECT: none
          }
          static final boolean LEGACY = false;
          void deadBranches() throws Exception {
            String alg = "AES/GCM/NoPadding";
            if (LEGACY) {
              alg = "DES";
              Cipher.getInstance("DES"); // EXPECT: none
            }
            Cipher.getInstance(alg); // EXPECT: none
            String overwritten = "DES";
            overwritten = "AES/CTR/NoPadding";
            Cipher.getInstance(overwritten); // EXPECT: none
          }
          static final boolean LEGACY = false;
          void deadBranches() throws Exception {
            String alg = "AES/GCM/NoPadding";
            if (LEGACY) {
              alg = "DES";
              Cipher.getInstance("DES"); // EXPECT: none
            }
            Cipher.getInstance(alg); // EXPECT: none
            String overwritten = "DES";
            overwritten = "AES/CTR/NoPadding";
            Cipher.getInstance(overwritten); // EXPECT: none
          }
        }
        """);
  }

  @Test
  void judgesAnAlgorithmFromThePropertiesFileByWhatTheFileSays() {
    String source =
        """
        package p;
        import java.util.Properties;
        class T {
          void weak() throws Exception {
            Properties props = new Properties();
            props.load(getClass().getClassLoader().getResourceAsStream("crypto.properties"));
            String alg = props.getProperty("cryptoAlg1", "AES/GCM/NoPadding");
            javax.crypto.Cipher.getInstance(alg); // EXPECT: CWE-327
          }
          void strong() throws Exception {
            Properties props = new Properties();
            props.load(getClass().getClassLoader().getResourceAsStream("crypto.properties"));
            String alg = props.getProperty("cryptoAlg2", "DES/ECB/PKCS5Padding");
            javax.crypto.Cipher.getInstance(alg); // EXPECT: none
          }
        }
        """;
    CheckHarness.assertMarkers(
        check,
        source,
        Map.of(
            "crypto.properties",
            "cryptoAlg1=DESede/ECB/PKCS5Padding\ncryptoAlg2=AES/GCM/NoPadding\n"));
  }

  @Test
  void judgesASpringValueFieldByApplicationProperties() {
    String source =
        """
        package p;
        import org.springframework.beans.factory.annotation.Value;
        class T {
          @Value("${crypto.cipher:AES/GCM/NoPadding}") private String cipher;
          @Value("${crypto.other:AES/GCM/NoPadding}") private String other;
          void f() throws Exception {
            javax.crypto.Cipher.getInstance(cipher); // EXPECT: CWE-327
            javax.crypto.Cipher.getInstance(other); // EXPECT: none
          }
        }
        """;
    CheckHarness.assertMarkers(
        check, source, Map.of("application.properties", "crypto.cipher=DES/CBC/PKCS5Padding\n"));
  }

  @Test
  void findingCarriesTheRuleRemediationAndAStableFingerprint() {
    var project =
        CheckHarness.project(
            Map.of(
                "A.java",
                "class A { void f() throws Exception { javax.crypto.Cipher.getInstance(\"DES\"); } }"),
            Map.of());
    List<Finding> first = CheckHarness.run(check, project);
    List<Finding> second = CheckHarness.run(check, project);

    assertThat(first).hasSize(1);
    Finding f = first.get(0);
    assertThat(f.ruleId()).isEqualTo("weak-cipher");
    assertThat(f.remediation()).contains("GCM");
    assertThat(f.message()).contains("DES");
    assertThat(f.fingerprint())
        .hasSize(16)
        .isEqualTo(second.get(0).fingerprint())
        .isEqualTo(
            Fingerprints.of(
                "weak-cipher", "A.java", "A.f()", "javax.crypto.Cipher.getInstance(\"DES\")"));
    assertThat(
            Fingerprints.enclosingSignature(
                project
                    .files()
                    .get(0)
                    .unit()
                    .findFirst(com.github.javaparser.ast.expr.MethodCallExpr.class)
                    .orElseThrow()))
        .isEqualTo("A.f()");
  }
}
