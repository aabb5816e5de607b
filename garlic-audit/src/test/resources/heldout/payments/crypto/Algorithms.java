package heldout.payments.crypto;

/** Algorithm names agreed with the partner banks. */
final class Algorithms {

  /** ISO 9564 PIN blocks are still exchanged under single DES with some acquirers. */
  static final String PIN_BLOCK = "DES/ECB/NoPadding";

  static final String ASYMMETRIC = "RSA/ECB/OAEPWithSHA-256AndMGF1Padding";

  static final String SIGNATURE_DIGEST = "SHA-384";

  private Algorithms() {}
}
