package dev.garlic.cli;

import dev.garlic.agent.usage.Since;
import dev.garlic.agent.usage.SqliteUsageLedger;
import dev.garlic.agent.usage.UsageQuery;
import dev.garlic.protocol.usage.UsageGrouping;
import dev.garlic.protocol.usage.UsageReport;
import dev.garlic.protocol.usage.UsageTotal;
import dev.garlic.spi.GarlicException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code garlic usage [--since WHEN] [--by GROUP]}: tokens, cost and compute units so far. */
@Command(
    name = "usage",
    description = {
      "Show tokens, cost (USD) and compute units from the usage ledger, grouped.",
      "The ledger is usage.db in $GARLIC_HOME (default ~/.garlic); docs/billing.md explains CU."
    })
final class UsageCommand implements Callable<Integer> {

  private final Invocation invocation;

  @Option(
      names = "--since",
      paramLabel = "WHEN",
      converter = SinceConverter.class,
      description = "Only usage since WHEN: " + Since.FORMS + " (default: all).")
  @Nullable Instant since;

  @Option(
      names = "--by",
      paramLabel = "GROUP",
      converter = GroupingConverter.class,
      description = "Group rows by model (default), task, day or session.")
  UsageGrouping by = UsageGrouping.MODEL;

  UsageCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    Io io = invocation.io();
    Path file = SqliteUsageLedger.userFile(io.env(), io.home());
    UsageQuery query = new UsageQuery(since, by, ZoneId.systemDefault());
    UsageReport report;
    if (Files.exists(file)) {
      try (SqliteUsageLedger ledger = SqliteUsageLedger.open(file)) {
        report = ledger.report(query);
      }
    } else {
      // Reading usage is no reason to create the ledger; nothing has been recorded yet.
      report = new UsageReport(List.of(), UsageTotal.ZERO);
    }
    Output output = invocation.output();
    if (output.json()) {
      output.printJson(report);
    } else if (report.rows().isEmpty()) {
      output.text("no usage recorded" + (since == null ? "" : " since " + since));
    } else {
      output.text(new UsageTable(output.palette()).render(by, report));
    }
    return 0;
  }

  /** Reads {@code --since}; a bad value is a usage error naming the accepted forms. */
  static final class SinceConverter implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      try {
        return Since.parse(value, Instant.now(), ZoneId.systemDefault());
      } catch (GarlicException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** Reads {@code --by} in any case. */
  static final class GroupingConverter implements ITypeConverter<UsageGrouping> {
    @Override
    public UsageGrouping convert(String value) {
      try {
        return UsageGrouping.valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a grouping; use model, task, day or session");
      }
    }
  }
}
