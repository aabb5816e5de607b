package dev.garlic.audit.checks;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WeakHashCheckTest {

  private final WeakHashCheck check = new WeakHashCheck();

  @Test
  void reportsWeakDigestsInEveryApi() {
    CheckHarness.assertMarkers(
        check,
        """
        package p;
        import java.security.MessageDigest;
        import org.apache.commons.codec.digest.DigestUtils;
        import com.google.common.hash.Hashing;
        class T {
          private static final String HASH = "SHA1";
          byte[] hashPassword(byte[] password) throws Exception {
            MessageDigest md = MessageDigest.getInstance("MD5"); // EXPECT: CWE-328
            MessageDigest.getInstance(HASH); // EXPECT: CWE-328
            MessageDigest.getInstance("sha-1"); // EXPECT: CWE-328
            MessageDigest.getInstance("MD2"); // EXPECT: CWE-328
            String hex = DigestUtils.md5Hex(password); // EXPECT: CWE-328
            DigestUtils.sha1(password); // EXPECT: CWE-328
            Hashing.md5().hashBytes(password); // EXPECT: CWE-328
            java.security.Signature.getInstance("SHA1withRSA"); // EXPECT: CWE-328
            return md.digest(password);
          }
        }
        """);
  }

  @Test
  void acceptsStrongDigestsAndContentChecksums() {
    CheckHarness.assertMarkers(
        check,
        """
        package p;
        import java.security.MessageDigest;
        import org.apache.commons.codec.digest.DigestUtils;
        class T {
          void store(byte[] secret, String alg) throws Exception {
            MessageDigest.getInstance("SHA-256"); // EXPECT: none
            MessageDigest.getInstance("SHA-512"); // EXPECT: none
            MessageDigest.getInstance(alg); // EXPECT: none
            DigestUtils.sha256Hex(secret); // EXPECT: none
            java.security.Signature.getInstance("SHA256withRSA"); // EXPECT: none
          }
          String checksum(byte[] content) {
            return DigestUtils.md5Hex(content); // EXPECT: none
          }
          void cache(byte[] body) throws Exception {
            byte[] eTag = MessageDigest.getInstance("MD5").digest(body); // EXPECT: none
          }
        }
        """);
  }

  @Test
  void aChecksumClassHashesContentNotSecrets() {
    CheckHarness.assertMarkers(
        check,
        """
        package p;
        class FileChecksum {
          byte[] of(byte[] content) throws Exception {
            return java.security.MessageDigest.getInstance("MD5").digest(content); // EXPECT: none
          }
        }
        """);
  }

  @Test
  void judgesTheAlgorithmThePropertiesFileSets() {
    String source =
        """
        package p;
        import java.util.Properties;
        import java.io.FileInputStream;
        class T {
          void f(byte[] data) throws Exception {
            Properties props = new Properties();
            try (FileInputStream in = new FileInputStream("src/main/resources/hash.properties")) {
              props.load(in);
            }
            java.security.MessageDigest.getInstance(props.getProperty("hashAlg1", "SHA-512")); // EXPECT: CWE-328
            java.security.MessageDigest.getInstance(props.getProperty("hashAlg2", "MD5")); // EXPECT: none
            java.security.MessageDigest.getInstance(props.getProperty("missing", "SHA-512")); // EXPECT: none
          }
        }
        """;
    CheckHarness.assertMarkers(
        check, source, Map.of("hash.properties", "hashAlg1 = MD5\nhashAlg2 = SHA-256\n"));
  }
}
