package heldout.jobs.queue;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;

/** The codec of the first release: plain Java serialisation. */
public class JavaSerializationCodec implements MessageCodec {

  @Override
  public JobMessage decode(InputStream payload) throws IOException {
    try (ObjectInputStream in = new ObjectInputStream(payload)) {
      return (JobMessage) in.readObject(); // EXPECT: CWE-502
    } catch (ClassNotFoundException e) {
      throw new IOException("unknown job class", e);
    }
  }
}
