package heldout.payments.crypto;

import heldout.payments.config.PaymentSettings;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;

/** Encrypts card numbers at rest and the settlement batch files. */
public class CardVault {

  private static final int IV_BYTES = 12;

  private final SecretKey key;
  private final PaymentSettings settings;
  private final SecureRandom random = new SecureRandom();

  public CardVault(SecretKey key, PaymentSettings settings) {
    this.key = key;
    this.settings = settings;
  }

  public byte[] sealCard(String pan) throws GeneralSecurityException {
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv); // EXPECT: none CWE-330
    Cipher cipher = Cipher.getInstance(settings.cardCipher()); // EXPECT: none CWE-327
    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
    byte[] sealed = cipher.doFinal(pan.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
  }

  public byte[] sealBatch(byte[] batch, SecretKey bankKey) throws GeneralSecurityException {
    byte[] iv = new byte[8];
    random.nextBytes(iv);
    Cipher cipher = Cipher.getInstance(settings.legacyBatchCipher()); // EXPECT: CWE-327
    cipher.init(Cipher.ENCRYPT_MODE, bankKey, new IvParameterSpec(iv));
    return cipher.doFinal(batch);
  }

  public byte[] maskToken(byte[] token, SecretKey tokenKey) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding"); // EXPECT: CWE-327
    cipher.init(Cipher.ENCRYPT_MODE, tokenKey);
    return cipher.doFinal(token);
  }

  public byte[] wrapKey(SecretKey toWrap, SecretKey kek) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AESWrap"); // EXPECT: none CWE-327
    cipher.init(Cipher.WRAP_MODE, kek);
    return cipher.wrap(toWrap);
  }

  public byte[] legacyPin(byte[] pinBlock, SecretKey zoneKey) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance(Algorithms.PIN_BLOCK); // EXPECT: CWE-327
    cipher.init(Cipher.ENCRYPT_MODE, zoneKey);
    return cipher.doFinal(pinBlock);
  }

  public byte[] exportPublic(byte[] data, java.security.PublicKey partner) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance(Algorithms.ASYMMETRIC); // EXPECT: none CWE-327
    cipher.init(Cipher.ENCRYPT_MODE, partner);
    return cipher.doFinal(data);
  }
}
