package heldout.hr.mail;

import java.util.Properties;
import javax.naming.Context;

/** SMTP settings of the HR notification mailer. */
public final class MailSettings {

  private static final String SMTP_USER = "hr-notify@hr.example";
  private static final String SMTP_PASSWORD = "Tr0ub4dor&3-hr";

  private MailSettings() {}

  public static Properties smtp() {
    Properties p = new Properties();
    p.setProperty("mail.smtp.host", "smtp.hr.example");
    p.setProperty("mail.smtp.user", SMTP_USER);
    p.setProperty("mail.smtp.password", SMTP_PASSWORD); // EXPECT: CWE-798
    return p;
  }

  public static Properties smtpFromEnv() {
    Properties p = new Properties();
    p.setProperty("mail.smtp.host", "smtp.hr.example");
    p.setProperty("mail.smtp.password", System.getenv().getOrDefault("SMTP_PASSWORD", "")); // EXPECT: none CWE-798
    return p;
  }

  public static Properties jndi(String password) {
    Properties p = new Properties();
    p.put(Context.SECURITY_PRINCIPAL, SMTP_USER);
    p.put(Context.SECURITY_CREDENTIALS, password); // EXPECT: none CWE-798
    return p;
  }
}
