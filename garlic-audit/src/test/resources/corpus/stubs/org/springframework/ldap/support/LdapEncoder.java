package org.springframework.ldap.support;

/** Stand-in for the Spring LDAP type of the same name. */
public final class LdapEncoder {
  private LdapEncoder() {}

  public static String filterEncode(String value) {
    throw new UnsupportedOperationException("stub");
  }
}
