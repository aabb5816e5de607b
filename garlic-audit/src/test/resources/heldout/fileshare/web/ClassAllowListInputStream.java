package heldout.fileshare.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.util.Set;

/** An object stream that resolves only the classes of an allow-list (look-ahead deserialisation). */
public class ClassAllowListInputStream extends ObjectInputStream {

  private final Set<String> allowed;

  public ClassAllowListInputStream(InputStream in, Set<String> allowed) throws IOException {
    super(in);
    this.allowed = Set.copyOf(allowed);
  }

  @Override
  protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
    if (!allowed.contains(desc.getName())) {
      throw new InvalidClassException(desc.getName(), "class not allowed");
    }
    return super.resolveClass(desc);
  }
}
