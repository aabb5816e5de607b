package dev.garlic.bench.audit;

import java.util.Map;
import java.util.Optional;

/**
 * Which of garlic audit's CWE categories a SpotBugs / Find Security Bugs bug type belongs to, so
 * that the peer is scored on the same corpus lines as Garlic.
 *
 * <p>The table maps to the nineteen categories of garlic audit's rule catalog, not always to the
 * CWE the peer prints itself: where the peer uses a narrower CWE for what garlic files under a
 * broader category, the category wins, and the peer's own id is noted. Built from the {@code
 * findbugs.xml} of findsecbugs-plugin 1.14.0 and spotbugs 4.9.8 (category SECURITY):
 *
 * <ul>
 *   <li>CWE-89: every SQL_INJECTION_* type (Hibernate's is CWE-564 there, a kind of 89), {@code
 *       CUSTOM_INJECTION}, and SpotBugs' own {@code SQL_NONCONSTANT_STRING_PASSED_TO_EXECUTE} and
 *       {@code SQL_PREPARED_STATEMENT_GENERATED_FROM_NONCONSTANT_STRING}.
 *   <li>CWE-22: PATH_TRAVERSAL_IN/OUT, {@code FILE_UPLOAD_FILENAME}, SpotBugs' {@code
 *       PT_ABSOLUTE_PATH_TRAVERSAL} (36) and {@code PT_RELATIVE_PATH_TRAVERSAL} (23).
 *   <li>CWE-79: XSS_* of both tools (SpotBugs' send-error variant is CWE-81), {@code JSP_JSTL_OUT}.
 *   <li>CWE-113: {@code HTTP_RESPONSE_SPLITTING} and SpotBugs' HRS_* types.
 *   <li>CWE-327: DES, 3DES (326 there), ECB, null cipher, custom digest, RSA without padding (780
 *       there), padding oracle (326 there), Blowfish key size (326 there).
 *   <li>CWE-328: MD5 and SHA-1 message digests.
 *   <li>CWE-798: hard-coded password (259 there) and key (321 there), SpotBugs' constant and empty
 *       database passwords (259).
 *   <li>CWE-614: {@code INSECURE_COOKIE} only; HttpOnly (1004) and cookie use (315) are other
 *       weaknesses.
 *   <li>The rest one to one: 78, 90, 643, 501, 117, 601, 918, 611, 502, 330, 295.
 * </ul>
 *
 * Bug types not in the table (endpoints, CSRF, ReDoS, script injection...) are counted as "other"
 * and never scored.
 */
final class FindSecBugsCwe {

  private static final Map<String, Integer> TABLE =
      Map.ofEntries(
          Map.entry("SQL_INJECTION", 89),
          Map.entry("SQL_INJECTION_JDBC", 89),
          Map.entry("SQL_INJECTION_JPA", 89),
          Map.entry("SQL_INJECTION_HIBERNATE", 89),
          Map.entry("SQL_INJECTION_JDO", 89),
          Map.entry("SQL_INJECTION_SPRING_JDBC", 89),
          Map.entry("SQL_INJECTION_TURBINE", 89),
          Map.entry("SQL_INJECTION_ANDROID", 89),
          Map.entry("SQL_INJECTION_VERTX", 89),
          Map.entry("SCALA_SQL_INJECTION_SLICK", 89),
          Map.entry("SCALA_SQL_INJECTION_ANORM", 89),
          Map.entry("CUSTOM_INJECTION", 89),
          Map.entry("SQL_NONCONSTANT_STRING_PASSED_TO_EXECUTE", 89),
          Map.entry("SQL_PREPARED_STATEMENT_GENERATED_FROM_NONCONSTANT_STRING", 89),
          Map.entry("COMMAND_INJECTION", 78),
          Map.entry("SCALA_COMMAND_INJECTION", 78),
          Map.entry("PATH_TRAVERSAL_IN", 22),
          Map.entry("PATH_TRAVERSAL_OUT", 22),
          Map.entry("SCALA_PATH_TRAVERSAL_IN", 22),
          Map.entry("FILE_UPLOAD_FILENAME", 22),
          Map.entry("PT_ABSOLUTE_PATH_TRAVERSAL", 22),
          Map.entry("PT_RELATIVE_PATH_TRAVERSAL", 22),
          Map.entry("LDAP_INJECTION", 90),
          Map.entry("LDAP_ENTRY_POISONING", 90),
          Map.entry("XPATH_INJECTION", 643),
          Map.entry("XSS_SERVLET", 79),
          Map.entry("XSS_JSP_PRINT", 79),
          Map.entry("XSS_REQUEST_WRAPPER", 79),
          Map.entry("JSP_JSTL_OUT", 79),
          Map.entry("WICKET_XSS1", 79),
          Map.entry("SCALA_XSS_TWIRL", 79),
          Map.entry("SCALA_XSS_MVC_API", 79),
          Map.entry("XSS_REQUEST_PARAMETER_TO_SERVLET_WRITER", 79),
          Map.entry("XSS_REQUEST_PARAMETER_TO_SEND_ERROR", 79),
          Map.entry("XSS_REQUEST_PARAMETER_TO_JSP_WRITER", 79),
          Map.entry("TRUST_BOUNDARY_VIOLATION", 501),
          Map.entry("CRLF_INJECTION_LOGS", 117),
          Map.entry("UNVALIDATED_REDIRECT", 601),
          Map.entry("SPRING_UNVALIDATED_REDIRECT", 601),
          Map.entry("PLAY_UNVALIDATED_REDIRECT", 601),
          Map.entry("HTTP_RESPONSE_SPLITTING", 113),
          Map.entry("HRS_REQUEST_PARAMETER_TO_HTTP_HEADER", 113),
          Map.entry("HRS_REQUEST_PARAMETER_TO_COOKIE", 113),
          Map.entry("URLCONNECTION_SSRF_FD", 918),
          Map.entry("SCALA_PLAY_SSRF", 918),
          Map.entry("XXE_SAXPARSER", 611),
          Map.entry("XXE_XMLREADER", 611),
          Map.entry("XXE_DOCUMENT", 611),
          Map.entry("XXE_DTD_TRANSFORM_FACTORY", 611),
          Map.entry("XXE_SCHEMA_FACTORY", 611),
          Map.entry("XXE_XSLT_TRANSFORM_FACTORY", 611),
          Map.entry("XXE_XMLSTREAMREADER", 611),
          Map.entry("XXE_XPATH", 611),
          Map.entry("XXE_VALIDATOR", 611),
          Map.entry("OBJECT_DESERIALIZATION", 502),
          Map.entry("JACKSON_UNSAFE_DESERIALIZATION", 502),
          Map.entry("DESERIALIZATION_GADGET", 502),
          Map.entry("XML_DECODER", 502),
          Map.entry("DES_USAGE", 327),
          Map.entry("TDES_USAGE", 327),
          Map.entry("ECB_MODE", 327),
          Map.entry("NULL_CIPHER", 327),
          Map.entry("CUSTOM_MESSAGE_DIGEST", 327),
          Map.entry("RSA_NO_PADDING", 327),
          Map.entry("PADDING_ORACLE", 327),
          Map.entry("BLOWFISH_KEY_SIZE", 327),
          Map.entry("WEAK_MESSAGE_DIGEST_MD5", 328),
          Map.entry("WEAK_MESSAGE_DIGEST_SHA1", 328),
          Map.entry("PREDICTABLE_RANDOM", 330),
          Map.entry("PREDICTABLE_RANDOM_SCALA", 330),
          Map.entry("INSECURE_COOKIE", 614),
          Map.entry("HARD_CODE_PASSWORD", 798),
          Map.entry("HARD_CODE_KEY", 798),
          Map.entry("DMI_CONSTANT_DB_PASSWORD", 798),
          Map.entry("DMI_EMPTY_DB_PASSWORD", 798),
          Map.entry("WEAK_TRUST_MANAGER", 295),
          Map.entry("WEAK_HOSTNAME_VERIFIER", 295));

  private FindSecBugsCwe() {}

  /** The garlic audit CWE category of {@code bugType}, empty if the table has none. */
  static Optional<Integer> of(String bugType) {
    return Optional.ofNullable(TABLE.get(bugType));
  }
}
