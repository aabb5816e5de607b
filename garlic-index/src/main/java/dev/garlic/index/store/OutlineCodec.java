package dev.garlic.index.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.workspace.outline.Outline;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.util.BytesRef;

/**
 * Encodes outlines and definitions for stored fields in Smile (binary JSON with shared names and
 * strings), which is compact and reads back without a schema. Thread-safe.
 */
public final class OutlineCodec {

  private static final ObjectMapper SMILE =
      new ObjectMapper(new SmileFactory())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private OutlineCodec() {}

  static byte[] encode(Object value) {
    try {
      return SMILE.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Outline outline(BytesRef bytes) {
    return decode(bytes, Outline.class);
  }

  public static SymbolDef definition(BytesRef bytes) {
    return decode(bytes, SymbolDef.class);
  }

  private static <T> T decode(BytesRef bytes, Class<T> type) {
    try {
      return SMILE.readValue(bytes.bytes, bytes.offset, bytes.length, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
