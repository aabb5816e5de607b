package heldout.fileshare.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Base64;
import java.util.List;

/** The state of a multi-step share wizard, carried between pages in a hidden form field. */
public final class ShareState implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final ObjectInputFilter ONLY_STATE =
      ObjectInputFilter.Config.createFilter(
          "heldout.fileshare.web.ShareState;java.util.*;java.lang.*;maxdepth=5;!*");

  final List<String> recipients;
  final String message;

  public ShareState(List<String> recipients, String message) {
    this.recipients = List.copyOf(recipients);
    this.message = message;
  }

  /** The wizard state in {@code field}, read with a filter that admits only its own classes. */
  public static ShareState fromField(String field) throws IOException, ClassNotFoundException {
    byte[] bytes = Base64.getDecoder().decode(field);
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      in.setObjectInputFilter(ONLY_STATE);
      return (ShareState) in.readObject(); // EXPECT: none CWE-502
    }
  }

  /** The state a desktop client uploads after an offline session. */
  public static Object fromClient(InputStream upload) throws IOException, ClassNotFoundException {
    ObjectInputStream in = new ObjectInputStream(upload);
    return in.readObject(); // EXPECT: CWE-502
  }

  /** The legacy wizard cookie, written by the previous release. */
  public static ShareState fromLegacyCookie(String cookie) throws IOException, ClassNotFoundException {
    byte[] raw = Base64.getUrlDecoder().decode(cookie);
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(raw))) {
      return (ShareState) in.readUnshared(); // EXPECT: CWE-502
    }
  }
}
