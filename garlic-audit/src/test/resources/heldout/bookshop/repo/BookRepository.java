package heldout.bookshop.repo;

import heldout.bookshop.model.BookQuery;
import java.util.List;
import java.util.Map;

/** Access to the book tables. */
public interface BookRepository {
  List<Map<String, Object>> search(BookQuery query);

  List<Map<String, Object>> byIsbn(String isbn);

  int saveReview(String isbn, String reviewer, String text);

  List<Map<String, Object>> byCategory(String category);
}
