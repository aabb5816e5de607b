package dev.garlic.protocol.usage;

import java.util.List;

/**
 * Usage grouped into rows, with the total over all of them. Days come in calendar order, other
 * groups by cost, largest first. Its JSON form is {@code {"rows": [...], "total": {...}}}, each row
 * and the total with the keys of {@link UsageTotal}.
 */
public record UsageReport(List<UsageRow> rows, UsageTotal total) {

  public UsageReport {
    rows = List.copyOf(rows);
  }
}
