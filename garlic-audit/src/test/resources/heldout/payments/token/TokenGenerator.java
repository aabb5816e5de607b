package heldout.payments.token;

/** Makes the random identifiers the payment flows hand out. */
public interface TokenGenerator {
  String next();
}
