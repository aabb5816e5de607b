package heldout.bookshop.web;

import heldout.bookshop.service.CoverStore;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cover images for the catalogue pages. */
@RestController
@RequestMapping("/covers")
public class CoverController {

  private final CoverStore covers;

  public CoverController(CoverStore covers) {
    this.covers = covers;
  }

  @GetMapping("/{file}")
  public byte[] cover(@PathVariable("file") String file) throws IOException {
    return covers.read(file);
  }

  @GetMapping("/thumbs/{isbn}")
  public byte[] thumbnail(@PathVariable("isbn") String isbn, @RequestParam("size") String size)
      throws IOException {
    return covers.readThumbnail(isbn, size);
  }

  @GetMapping("/import")
  public byte[] importCover(@RequestParam("url") String url)
      throws IOException, InterruptedException {
    return covers.fetch(url);
  }

  @GetMapping("/preview")
  public byte[] preview(@RequestParam("src") String src) throws IOException {
    return covers.fetchPreview(src);
  }
}
