package heldout.jobs.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Properties;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/** Encrypts and checksums the reports the export job writes. */
public class ReportEncryptor {

  private final Properties config = new Properties();

  public ReportEncryptor() {
    try (InputStream in = ReportEncryptor.class.getResourceAsStream("/jobs-export.properties")) {
      if (in != null) {
        config.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public byte[] encrypt(byte[] report, SecretKey key) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance(config.getProperty("export.cipher", "AES/GCM/NoPadding")); // EXPECT: none CWE-327
    cipher.init(Cipher.ENCRYPT_MODE, key);
    return cipher.doFinal(report);
  }

  public byte[] archive(byte[] report, SecretKey key) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance(config.getProperty("archive.cipher", "AES/GCM/NoPadding")); // EXPECT: CWE-327
    cipher.init(Cipher.ENCRYPT_MODE, key);
    return cipher.doFinal(report);
  }

  public String checksum(byte[] report) throws GeneralSecurityException {
    MessageDigest md = MessageDigest.getInstance(config.getProperty("export.checksum", "SHA-256")); // EXPECT: CWE-328
    return HexFormat.of().formatHex(md.digest(report));
  }

  public SecretKey newKey() throws GeneralSecurityException {
    KeyGenerator gen = KeyGenerator.getInstance("AES");
    gen.init(256);
    return gen.generateKey();
  }

  public byte[] legacyRc4(byte[] report, SecretKey key) throws GeneralSecurityException {
    String algorithm = "ARCFOUR";
    Cipher cipher = Cipher.getInstance(algorithm); // EXPECT: CWE-327
    cipher.init(Cipher.ENCRYPT_MODE, key);
    return cipher.doFinal(report);
  }

  public byte[] modern(byte[] report, SecretKey key, boolean legacyPartner) throws GeneralSecurityException {
    final boolean compatibility = false;
    String transformation = compatibility ? "DES/CBC/PKCS5Padding" : "ChaCha20-Poly1305";
    Cipher cipher = Cipher.getInstance(transformation); // EXPECT: none CWE-327
    cipher.init(Cipher.ENCRYPT_MODE, key);
    return cipher.doFinal(report);
  }

  public String etag(byte[] report) throws GeneralSecurityException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512/256").digest(report)); // EXPECT: none CWE-328
  }
}
