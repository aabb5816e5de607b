package dev.garlic.testgen.explore;

import dev.garlic.testgen.api.Contract;
import dev.garlic.testgen.api.MethodApi;
import java.util.List;
import java.util.Map;

/**
 * What the host asks one child run to do, written as JSON for it.
 *
 * @param targetClass the binary name of the class under test
 * @param methods the source API, for parameter names in descriptions and contracts
 * @param contracts contracts to check
 * @param numbers numeric literals of the code
 * @param strings string literals of the code
 * @param implementations project implementations of interfaces and abstract classes
 * @param banned method keys never to call again (they ran away or ended the JVM before)
 * @param budgetMillis how long to explore
 * @param sequenceTimeoutMillis how long one sequence may run before the child halts
 * @param seed the random seed (a restarted child gets a new one)
 * @param firstId the id of the first sequence (ids stay unique across restarts)
 * @param resultsFile the JSON-lines file to append to
 * @param coverageFile where the child writes the JaCoCo execution data of its run at the end
 */
record ExplorePlan(
    String targetClass,
    List<MethodApi> methods,
    List<Contract> contracts,
    List<Double> numbers,
    List<String> strings,
    Map<String, List<String>> implementations,
    List<String> banned,
    long budgetMillis,
    long sequenceTimeoutMillis,
    long seed,
    int firstId,
    String resultsFile,
    String coverageFile) {}
