package dev.garlic.audit.taint;

import dev.garlic.protocol.finding.TraceStep;
import java.util.List;
import java.util.Map;

/**
 * What one method does with taint, in terms of symbolic origins ({@code p0}, {@code p1.name},
 * {@code this.f}): the returned value, the final taint of receiver and parameter fields it writes,
 * and the flows that reach sinks inside it. Call sites instantiate it with the actual taint of
 * their arguments and receiver, which makes the analysis context-sensitive.
 *
 * @param returned the returned value (for a constructor, the new object's fields)
 * @param effects final taint of written paths under {@code this} or a parameter
 * @param hits symbolic flows that reach a sink inside the method (or its callees)
 */
record Summary(Value returned, Map<String, Taint> effects, List<Hit> hits) {

  Summary {
    effects = Ordered.map(effects);
    hits = List.copyOf(hits);
  }

  /**
   * A flow that reaches a sink: symbolic, or guarded by the type of a parameter.
   *
   * @param rule the sink's rule
   * @param flow the flow (symbolic unless the hit is guarded)
   * @param sink the sink step
   * @param fingerprint the fingerprint of a finding of this rule at this sink
   * @param guardParam -1, or the parameter whose actual value must have type {@code guardType} for
   *     the sink to count: a helper that prints to a {@code PrintWriter} parameter writes to the
   *     HTTP response only when its caller passes the response's writer
   * @param guardType the analysis' type the guarded parameter must have ({@code ~ResponseWriter})
   */
  record Hit(
      String rule,
      Flow flow,
      TraceStep sink,
      String fingerprint,
      int guardParam,
      @org.jspecify.annotations.Nullable String guardType) {

    Hit(String rule, Flow flow, TraceStep sink, String fingerprint) {
      this(rule, flow, sink, fingerprint, -1, null);
    }
  }
}
