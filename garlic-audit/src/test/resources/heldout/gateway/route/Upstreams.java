package heldout.gateway.route;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/** The services behind the gateway and the hosts it may redirect browsers to. */
public final class Upstreams {

  private final Properties props = new Properties();
  private final Set<String> redirectHosts;

  public Upstreams() {
    try (InputStream in = Upstreams.class.getResourceAsStream("/gateway.properties")) {
      if (in != null) {
        props.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    redirectHosts = Set.of(props.getProperty("redirect.allowed-hosts", "").split(","));
  }

  /** The base URL of a known service, by its name. */
  public Optional<String> base(String service) {
    return Optional.ofNullable(props.getProperty("upstream." + service));
  }

  /** Whether a browser may be sent to {@code url}: https on one of our own hosts. */
  public boolean mayRedirectTo(String url) {
    try {
      URI uri = new URI(url);
      return "https".equals(uri.getScheme()) && redirectHosts.contains(uri.getHost());
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
