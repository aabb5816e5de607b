package heldout.jobs.queue;

import java.io.IOException;
import java.io.InputStream;

/** Turns queue payloads back into jobs. */
public interface MessageCodec {
  JobMessage decode(InputStream payload) throws IOException;
}
