package heldout.bookshop.web;

import heldout.bookshop.model.BookQuery;
import heldout.bookshop.model.Review;
import heldout.bookshop.service.CatalogueService;
import java.util.List;
import java.util.Map;
import org.owasp.encoder.Encode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue's REST endpoints. */
@RestController
@RequestMapping("/api/books")
public class CatalogueController {

  private final CatalogueService catalogue;

  public CatalogueController(CatalogueService catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping
  public List<Map<String, Object>> search(
      @RequestParam("title") String title,
      @RequestParam("author") String author,
      @RequestParam("sort") String sort,
      @RequestParam("page") String page) {
    return catalogue.search(new BookQuery(title, author, sort, Integer.parseInt(page)));
  }

  @GetMapping("/{isbn}")
  public Map<String, Object> book(@PathVariable("isbn") String isbn) {
    return catalogue.find(isbn);
  }

  @GetMapping("/category")
  public String category(@RequestParam("name") String name) {
    return catalogue.titles(name);
  }

  @PostMapping("/reviews")
  public String review(@RequestBody Review review) {
    catalogue.addReview(review);
    return "<p>Thanks, " + Encode.forHtml(review.getReviewer()) + "!</p>";
  }
}
