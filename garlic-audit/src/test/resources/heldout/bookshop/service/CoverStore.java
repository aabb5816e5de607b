package heldout.bookshop.service;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;

/** Book cover images: kept on disk, fetched from publishers' sites on demand. */
public class CoverStore {

  private static final Set<String> PUBLISHER_HOSTS =
      Set.of("covers.penguin.example", "img.harpercollins.example", "media.tor.example");

  private final Path coverDir;
  private final HttpClient http = HttpClient.newHttpClient();

  public CoverStore(String coverDir) {
    this.coverDir = Paths.get(coverDir).toAbsolutePath().normalize();
  }

  public byte[] read(String fileName) throws IOException {
    Path file = coverDir.resolve(fileName).normalize();
    if (!file.startsWith(coverDir)) {
      throw new IOException("cover outside the cover directory: " + fileName);
    }
    return Files.readAllBytes(file); // EXPECT: none CWE-22
  }

  public byte[] readThumbnail(String isbn, String size) throws IOException {
    Path file = Paths.get(coverDir.toString(), "thumbs", size, isbn + ".jpg");
    return Files.readAllBytes(file); // EXPECT: CWE-22
  }

  public byte[] fetch(String imageUrl) throws IOException, InterruptedException {
    URI uri = URI.create(imageUrl);
    if (!"https".equals(uri.getScheme()) || !PUBLISHER_HOSTS.contains(uri.getHost())) {
      throw new IOException("not a publisher image: " + imageUrl);
    }
    HttpRequest request = HttpRequest.newBuilder(uri).GET().build();
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body(); // EXPECT: none CWE-918
  }

  public byte[] fetchPreview(String previewUrl) throws IOException {
    try (InputStream in = new URL(previewUrl).openStream()) { // EXPECT: CWE-918
      return in.readAllBytes();
    }
  }
}
