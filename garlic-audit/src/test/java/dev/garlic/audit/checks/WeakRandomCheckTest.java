package dev.garlic.audit.checks;

import org.junit.jupiter.api.Test;

class WeakRandomCheckTest {

  private final WeakRandomCheck check = new WeakRandomCheck();

  @Test
  void reportsPredictableValuesForSecrets() {
    CheckHarness.assertMarkers(
        check,
        """
        package p;
        import java.util.Random;
        import java.util.concurrent.ThreadLocalRandom;
        class T {
          private static final Random RANDOM = new Random();
          String generateToken() {
            return Long.toHexString(RANDOM.nextLong()); // EXPECT: CWE-330
          }
          void remember(javax.servlet.http.HttpServletResponse response) {
            double value = new java.util.Random().nextDouble(); // EXPECT: CWE-330
            String rememberMeKey = Double.toString(value).substring(2);
            response.addCookie(new javax.servlet.http.Cookie("rememberMe", rememberMeKey));
          }
          void salt() {
            byte[] salt = new byte[16];
            new Random().nextBytes(salt); // EXPECT: CWE-330
          }
          void session(javax.servlet.http.HttpSession session) {
            session.setAttribute("csrf", String.valueOf(Math.random())); // EXPECT: CWE-330
            int pin = ThreadLocalRandom.current().nextInt(10000); // EXPECT: CWE-330
          }
        }
        """);
  }

  @Test
  void aSecurityClassMakesEveryWeakValueInItSuspect() {
    CheckHarness.assertMarkers(
        check,
        """
        package p;
        class PasswordGenerator {
          private final java.util.Random random = new java.util.Random();
          char next(String alphabet) {
            return alphabet.charAt(random.nextInt(alphabet.length())); // EXPECT: CWE-330
          }
        }
        class Encryptor {
          byte[] freshIv() {
            byte[] iv = new byte[12];
            new java.util.Random().nextBytes(iv); // EXPECT: CWE-330
            return iv;
          }
          byte[] padding() {
            byte[] filler = new byte[12];
            new java.util.Random().nextBytes(filler); // EXPECT: none
            return filler;
          }
        }
        """);
  }

  @Test
  void ignoresRandomnessForGamesSamplingAndSecureRandom() {
    CheckHarness.assertMarkers(
        check,
        """
        package p;
        import java.security.SecureRandom;
        import java.util.Random;
        class T {
          private final Random random = new Random(42);
          int rollDice() {
            return random.nextInt(6) + 1; // EXPECT: none
          }
          long backoff(int attempt) {
            double jitter = Math.random() * 100; // EXPECT: none
            return (long) (attempt * 1000 + jitter);
          }
          String token() {
            SecureRandom secure = new SecureRandom();
            return Long.toHexString(secure.nextLong()); // EXPECT: none
          }
          static class SessionWriter {
            String turn(Random r) {
              return "x".repeat(r.nextInt(64)); // EXPECT: none
            }
          }
          void shuffle(java.util.List<String> items) {
            int i = random.nextInt(items.size()); // EXPECT: none
            items.remove(i);
          }
        }
        """);
  }
}
