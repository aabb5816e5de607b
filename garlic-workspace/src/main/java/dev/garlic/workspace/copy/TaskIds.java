package dev.garlic.workspace.copy;

import dev.garlic.spi.GarlicException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/** Task ids, spelled as worktree tasks spell them: {@code 20261121-k3x9qa}, or the user's own. */
final class TaskIds {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
  private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private TaskIds() {}

  static boolean valid(String id) {
    return ID.matcher(id).matches();
  }

  /** {@code id} if it is well-formed; ids become file names, so nothing else is accepted. */
  static String checked(String id) {
    if (!ID.matcher(id).matches()) {
      throw GarlicException.usage(
          "'"
              + id
              + "' is not a task id; use up to 64 letters, digits, '-' or '_', starting with a"
              + " letter or digit");
    }
    return id;
  }

  static String fresh() {
    StringBuilder id = new StringBuilder(DAY.format(Instant.now())).append('-');
    for (int i = 0; i < 6; i++) {
      id.append(BASE32[RANDOM.nextInt(BASE32.length)]);
    }
    return id.toString();
  }
}
