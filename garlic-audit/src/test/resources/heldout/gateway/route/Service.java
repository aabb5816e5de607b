package heldout.gateway.route;

/** The services the gateway routes to. */
public enum Service {
  ORDERS("https://orders.internal.example"),
  USERS("https://users.internal.example"),
  CATALOG("https://catalog.internal.example");

  private final String base;

  Service(String base) {
    this.base = base;
  }

  public String base() {
    return base;
  }
}
