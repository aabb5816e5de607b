package dev.garlic.protocol.usage;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Collections;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One group of a {@link UsageReport}. In JSON the group is a key named after the grouping ({@code
 * "model": "gpt-5.3-codex"}, {@code "day": "2026-11-20"}) next to the fields of {@link UsageTotal}.
 *
 * @param by how the report is grouped
 * @param key the group's value; null for entries that lack it (tool work has no model, work outside
 *     a task has no task id)
 * @param total the usage of the group
 */
public record UsageRow(
    @JsonIgnore UsageGrouping by,
    @JsonIgnore @Nullable String key,
    @JsonUnwrapped UsageTotal total) {

  @JsonAnyGetter
  Map<String, @Nullable String> groupKey() {
    // singletonMap, unlike Map.of, keeps a null key value, which JSON shows as null.
    return Collections.singletonMap(by.field(), key);
  }
}
