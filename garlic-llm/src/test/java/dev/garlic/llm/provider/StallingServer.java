package dev.garlic.llm.provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * A loopback server that answers one request with the start of a streamed answer and then goes
 * silent without closing, as a model does when it stalls; the scripted model server always finishes
 * its answers, so it cannot show that a cancelled call stops without waiting for data.
 */
final class StallingServer implements AutoCloseable {

  private final ServerSocket socket;
  private final CountDownLatch closed = new CountDownLatch(1);

  StallingServer(String contentType, String firstChunk) throws IOException {
    socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    Thread.ofVirtual().start(() -> serve(contentType, firstChunk));
  }

  URI baseUri() {
    return URI.create("http://127.0.0.1:" + socket.getLocalPort());
  }

  private void serve(String contentType, String firstChunk) {
    try (Socket client = socket.accept()) {
      skipRequestHead(client.getInputStream());
      OutputStream out = client.getOutputStream();
      String head =
          "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nConnection: close\r\n\r\n";
      out.write((head + firstChunk).getBytes(StandardCharsets.UTF_8));
      out.flush();
      closed.await();
    } catch (IOException | InterruptedException e) {
      // The test is over or the client hung up, which is what the test waits for.
    }
  }

  private static void skipRequestHead(InputStream in) throws IOException {
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < end.length) {
      int b = in.read();
      if (b < 0) {
        return;
      }
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
  }

  @Override
  public void close() throws IOException {
    closed.countDown();
    socket.close();
  }
}
