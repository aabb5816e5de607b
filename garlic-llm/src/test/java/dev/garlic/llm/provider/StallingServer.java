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
 * A loopback server that answers one request with a fixed streamed body and then either hangs up or
 * goes silent without closing, as a model does when it stalls. It covers what the scripted model
 * server cannot script: stalls, and fields some servers add such as {@code reasoning_content}.
 */
final class StallingServer implements AutoCloseable {

  private final ServerSocket socket;
  private final boolean stall;
  private final CountDownLatch closed = new CountDownLatch(1);

  /** A server that sends {@code firstChunk} and then stays silent until closed. */
  StallingServer(String contentType, String firstChunk) throws IOException {
    this(contentType, firstChunk, true);
  }

  private StallingServer(String contentType, String body, boolean stall) throws IOException {
    this.stall = stall;
    socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    Thread.ofVirtual().start(() -> serve(contentType, body));
  }

  /** A server that sends {@code body} and hangs up. */
  static StallingServer finishing(String contentType, String body) throws IOException {
    return new StallingServer(contentType, body, false);
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
      if (stall) {
        closed.await();
      }
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
