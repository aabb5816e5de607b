package heldout.payments.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Settings of the payment service, from payments.properties on the class path. */
public final class PaymentSettings {

  private final Properties props;

  private PaymentSettings(Properties props) {
    this.props = props;
  }

  public static PaymentSettings load() {
    Properties p = new Properties();
    try (InputStream in = PaymentSettings.class.getResourceAsStream("/payments.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read payments.properties", e);
    }
    return new PaymentSettings(p);
  }

  public String cardCipher() {
    return props.getProperty("card.cipher", "AES/GCM/NoPadding");
  }

  public String receiptDigest() {
    return props.getProperty("receipt.digest", "SHA-256");
  }

  public String legacyBatchCipher() {
    return props.getProperty("batch.cipher", "AES/GCM/NoPadding");
  }

  public String webhookDigest() {
    return props.getProperty("webhook.digest", "SHA-256");
  }

  public String get(String key) {
    return props.getProperty(key);
  }
}
