package heldout.fileshare.storage;

import java.io.IOException;
import java.io.InputStream;

/** Where shared files live. */
public interface Storage {
  InputStream open(String owner, String name) throws IOException;

  void save(String owner, String name, InputStream content) throws IOException;
}
