package heldout.jobs.queue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Accepts jobs from the queue socket and replays jobs saved on disk after a crash. */
public class JobReceiver {

  private final MessageCodec codec;

  public JobReceiver(MessageCodec codec) {
    this.codec = codec;
  }

  public JobMessage accept(ServerSocket server) throws IOException {
    try (Socket s = server.accept()) {
      return codec.decode(s.getInputStream());
    }
  }

  public Object acceptRaw(ServerSocket server) throws IOException, ClassNotFoundException {
    try (Socket s = server.accept(); ObjectInputStream in = new ObjectInputStream(s.getInputStream())) {
      return in.readObject(); // EXPECT: CWE-502
    }
  }

  public List<Object> replay(Path spoolDir) throws IOException, ClassNotFoundException {
    List<Object> jobs = new ArrayList<>();
    try (var files = Files.list(spoolDir)) {
      for (Path f : files.toList()) {
        try (InputStream raw = new ByteArrayInputStream(Files.readAllBytes(f));
            ObjectInputStream in = new ObjectInputStream(raw)) {
          in.setObjectInputFilter(ObjectInputFilter.Config.createFilter("heldout.jobs.queue.JobMessage;java.util.*;java.lang.String;!*"));
          jobs.add(in.readObject()); // EXPECT: none CWE-502
        }
      }
    }
    return jobs;
  }
}
