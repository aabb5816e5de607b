package heldout.jobs.queue;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;

/** Java serialisation limited to the job record and the JDK types it holds. */
public class FilteredSerializationCodec implements MessageCodec {

  private static final ObjectInputFilter FILTER =
      info -> {
        Class<?> c = info.serialClass();
        if (c == null) {
          return info.depth() > 10 ? ObjectInputFilter.Status.REJECTED : ObjectInputFilter.Status.UNDECIDED;
        }
        return c == JobMessage.class || c.getName().startsWith("java.util.") || c == String.class
            ? ObjectInputFilter.Status.ALLOWED
            : ObjectInputFilter.Status.REJECTED;
      };

  @Override
  public JobMessage decode(InputStream payload) throws IOException {
    try (ObjectInputStream in = new ObjectInputStream(payload)) {
      in.setObjectInputFilter(FILTER);
      return (JobMessage) in.readObject(); // EXPECT: none CWE-502
    } catch (ClassNotFoundException e) {
      throw new IOException("unknown job class", e);
    }
  }
}
