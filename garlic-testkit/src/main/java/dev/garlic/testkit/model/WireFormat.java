package dev.garlic.testkit.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** One model API's way of writing a scripted reply and an error. */
interface WireFormat {

  /**
   * Writes a successful reply to the exchange, streamed if the request asked for it. {@code
   * sequence} numbers the request and makes the ids of the reply unique within the server.
   */
  void answer(HttpExchange exchange, JsonNode request, ScriptedReply reply, int sequence)
      throws IOException;

  /** The error body this API sends for the given status and message. */
  String errorBody(int status, String message);

  /** Sends a complete JSON body with the given status. */
  static void sendJson(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
