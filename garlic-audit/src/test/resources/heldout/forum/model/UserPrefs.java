package heldout.forum.model;

/** Display preferences of a forum user, built from the settings form. */
public final class UserPrefs {
  private final String theme;
  private final String signature;
  private final int pageSize;

  private UserPrefs(Builder b) {
    this.theme = b.theme;
    this.signature = b.signature;
    this.pageSize = b.pageSize;
  }

  public String theme() {
    return theme;
  }

  public String signature() {
    return signature;
  }

  public int pageSize() {
    return pageSize;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds preferences field by field. */
  public static final class Builder {
    private String theme = "light";
    private String signature = "";
    private int pageSize = 25;

    public Builder theme(String theme) {
      this.theme = theme;
      return this;
    }

    public Builder signature(String signature) {
      this.signature = signature;
      return this;
    }

    public Builder pageSize(int pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    public UserPrefs build() {
      return new UserPrefs(this);
    }
  }
}
