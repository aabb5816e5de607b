package heldout.clinic.util;

import java.net.URI;
import java.util.Set;

/** Where the clinic portal may send a user after login. */
public final class RedirectPolicy {

  private static final Set<String> PAGES = Set.of("/home", "/appointments", "/messages", "/profile");

  private RedirectPolicy() {}

  /** The page itself when it is one of the portal's pages, else the home page. */
  public static String safePage(String requested) {
    return requested != null && PAGES.contains(requested) ? requested : "/home";
  }

  /** Whether {@code target} is a relative path on this site (not {@code //host} or a scheme). */
  public static boolean isLocal(String target) {
    URI uri = URI.create(target);
    return uri.getScheme() == null && uri.getHost() == null && target.startsWith("/");
  }
}
