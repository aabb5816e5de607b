package heldout.bookshop.repo;

import heldout.bookshop.model.BookQuery;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/** The book tables through Spring's JdbcTemplate. */
public class JdbcBookRepository implements BookRepository {

  private static final Set<String> SORTABLE = Set.of("title", "author", "published", "price");
  private static final int PAGE_SIZE = 20;

  private final JdbcTemplate jdbc;
  private final String schema;

  public JdbcBookRepository(JdbcTemplate jdbc, String schema) {
    this.jdbc = jdbc;
    this.schema = schema;
  }

  @Override
  public List<Map<String, Object>> search(BookQuery query) {
    String order = SORTABLE.contains(query.sortColumn()) ? query.sortColumn() : "title";
    String sql =
        "SELECT * FROM "
            + schema
            + ".books WHERE title LIKE ? AND author LIKE ? ORDER BY "
            + order
            + " LIMIT "
            + PAGE_SIZE
            + " OFFSET "
            + (query.page() * PAGE_SIZE);
    return jdbc.queryForList(sql, "%" + query.title() + "%", "%" + query.author() + "%"); // EXPECT: none CWE-89
  }

  @Override
  public List<Map<String, Object>> byIsbn(String isbn) {
    StringBuilder sql = new StringBuilder("SELECT * FROM ").append(schema).append(".books");
    sql.append(" WHERE isbn = '").append(isbn).append("'");
    return jdbc.queryForList(sql.toString()); // EXPECT: CWE-89
  }

  @Override
  public int saveReview(String isbn, String reviewer, String text) {
    return jdbc.update("INSERT INTO " + schema + ".reviews(isbn, reviewer, body) VALUES (?, ?, ?)", isbn, reviewer, text); // EXPECT: none CWE-89
  }

  @Override
  public List<Map<String, Object>> byCategory(String category) {
    String where = String.format("category = '%s' AND in_stock", category);
    return jdbc.queryForList("SELECT isbn, title FROM " + schema + ".books WHERE " + where); // EXPECT: CWE-89
  }
}
