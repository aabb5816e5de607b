package heldout.bookshop.service;

import heldout.bookshop.model.BookQuery;
import heldout.bookshop.model.Review;
import heldout.bookshop.repo.BookRepository;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Catalogue use cases: search, lookup and reviews. */
public class CatalogueService {

  private static final Logger LOG = LoggerFactory.getLogger(CatalogueService.class);

  private final BookRepository books;

  public CatalogueService(BookRepository books) {
    this.books = books;
  }

  public List<Map<String, Object>> search(BookQuery query) {
    LOG.info("catalogue search page {}", query.page()); // EXPECT: none CWE-117
    return books.search(query);
  }

  public Map<String, Object> find(String isbn) {
    String normalised = isbn.replace("-", "").trim();
    LOG.info("lookup of isbn " + normalised); // EXPECT: CWE-117
    List<Map<String, Object>> rows = books.byIsbn(normalised);
    return rows.isEmpty() ? Map.of() : rows.get(0);
  }

  public String titles(String category) {
    return books.byCategory(category).stream()
        .map(row -> String.valueOf(row.get("title")))
        .collect(Collectors.joining(", "));
  }

  public void addReview(Review review) {
    String reviewer = review.getReviewer().replaceAll("[\\r\\n]", "_");
    LOG.info("review posted by {}", reviewer); // EXPECT: none CWE-117
    LOG.warn("review text {}", review.getText()); // EXPECT: CWE-117
    books.saveReview(review.getIsbn(), review.getReviewer(), review.getText());
  }
}
