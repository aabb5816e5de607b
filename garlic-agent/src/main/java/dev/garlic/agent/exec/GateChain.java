package dev.garlic.agent.exec;

import dev.garlic.agent.loop.Verifier;
import dev.garlic.spi.EngineContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Gates run one after another (build and tests, then the security audit): a failing gate stops the
 * chain, so the model is given one kind of problem at a time; the result is the worst status met,
 * with every report that ran.
 */
final class GateChain implements Verifier {

  private final List<Verifier> gates;

  GateChain(List<Verifier> gates) {
    this.gates = List.copyOf(gates);
  }

  @Override
  public Result verify(EngineContext context, String answer) {
    List<String> reports = new ArrayList<>();
    Result.Status status = Result.Status.PASSED;
    for (Verifier gate : gates) {
      Result result = gate.verify(context, answer);
      reports.add(result.report());
      if (result.status() == Result.Status.FAILED) {
        return new Result(Result.Status.FAILED, String.join("\n", reports), result.failures());
      }
      if (result.status() == Result.Status.NOT_VERIFIED) {
        status = Result.Status.NOT_VERIFIED;
      }
    }
    return new Result(status, String.join("\n", reports), "");
  }
}
