package dev.garlic.audit.constant;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import dev.garlic.audit.SourceFile;
import dev.garlic.audit.constant.Declarations.Declaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads of local maps and lists whose contents are constants: {@code m.get("k")} and {@code
 * m.getOrDefault("k", d)} after {@code put}s with constant keys and values, {@code l.get(0)} after
 * {@code add}s, on a collection made in the same block ({@code new HashMap<>()}, {@code Map.of},
 * {@code List.of}, {@code Arrays.asList}). Every write must be a statement of that block before the
 * read; any other use that may change it (a write in a branch or loop, {@code remove}, passing it
 * to a method) makes the contents unknown.
 */
final class CollectionReads {

  private static final Set<String> MAPS =
      Set.of("HashMap", "LinkedHashMap", "TreeMap", "ConcurrentHashMap", "Hashtable");
  private static final Set<String> LISTS = Set.of("ArrayList", "LinkedList", "Vector");
  private static final Set<String> READS =
      Set.of(
          "get",
          "getOrDefault",
          "containsKey",
          "containsValue",
          "size",
          "isEmpty",
          "contains",
          "indexOf",
          "keySet",
          "values",
          "entrySet",
          "iterator",
          "stream",
          "forEach");

  /** The value of an entry whose value is not a constant. */
  private static final Object UNKNOWN = new Object();

  private final Evaluation evaluation;

  CollectionReads(Evaluation evaluation) {
    this.evaluation = evaluation;
  }

  Optional<Object> value(MethodCallExpr read, SourceFile file) {
    String name = read.getNameAsString();
    if (!(name.equals("get") || name.equals("getOrDefault"))
        || !(read.getScope().orElse(null) instanceof NameExpr scope)) {
      return Optional.empty();
    }
    Declaration d = evaluation.declaration(scope);
    if (d == null
        || d.kind() != Declarations.Kind.LOCAL
        || !(d.scope() instanceof BlockStmt block)
        || d.initializer().isEmpty()
        || d.assignments().map(a -> !a.isEmpty()).orElse(true)) {
      return Optional.empty();
    }
    Optional<Map<Object, Object>> contents = contents(d, block, read, file);
    if (contents.isEmpty() || read.getArguments().isEmpty()) {
      return Optional.empty();
    }
    Optional<Object> key = evaluation.value(read.getArgument(0), file);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Object v = contents.get().get(key.get());
    if (v == UNKNOWN) {
      return Optional.empty();
    }
    if (v != null) {
      return Optional.of(v);
    }
    return name.equals("getOrDefault") && read.getArguments().size() == 2
        ? evaluation.value(read.getArgument(1), file)
        : Optional.empty();
  }

  /** The map (or list, by index) {@code d} holds at {@code read}, if every write is known. */
  private Optional<Map<Object, Object>> contents(
      Declaration d, BlockStmt block, MethodCallExpr read, SourceFile file) {
    Map<Object, Object> map = new HashMap<>();
    List<Object> list = new ArrayList<>();
    boolean isList;
    Expression init = d.initializer().get();
    if (init instanceof ObjectCreationExpr o && o.getArguments().isEmpty()) {
      String type = o.getType().getNameAsString();
      if (MAPS.contains(type)) {
        isList = false;
      } else if (LISTS.contains(type)) {
        isList = true;
      } else {
        return Optional.empty();
      }
    } else if (init instanceof MethodCallExpr factory && factory.getScope().isPresent()) {
      String scope = factory.getScope().get().toString();
      List<Object> args = new ArrayList<>();
      for (Expression a : factory.getArguments()) {
        Optional<Object> v = evaluation.value(a, file);
        if (v.isEmpty()) {
          return Optional.empty();
        }
        args.add(v.get());
      }
      if (scope.endsWith("Map") && factory.getNameAsString().equals("of") && args.size() % 2 == 0) {
        isList = false;
        for (int i = 0; i < args.size(); i += 2) {
          map.put(args.get(i), args.get(i + 1));
        }
      } else if ((scope.endsWith("List") && factory.getNameAsString().equals("of"))
          || (scope.endsWith("Arrays") && factory.getNameAsString().equals("asList"))) {
        isList = true;
        list.addAll(args);
      } else {
        return Optional.empty();
      }
    } else {
      return Optional.empty();
    }
    int readLine = read.getBegin().map(p -> p.line).orElse(Integer.MAX_VALUE);
    for (NameExpr use : block.findAll(NameExpr.class, n -> reads(n, d))) {
      Node parent = use.getParentNode().orElse(null);
      if (!(parent instanceof MethodCallExpr call) || call.getScope().orElse(null) != use) {
        return Optional.empty();
      }
      String op = call.getNameAsString();
      if (READS.contains(op)) {
        continue;
      }
      boolean topLevel =
          call.getParentNode().orElse(null) instanceof ExpressionStmt es
              && es.getParentNode().orElse(null) == block;
      boolean before = call.getBegin().map(p -> p.line < readLine).orElse(false);
      if (!topLevel) {
        return Optional.empty();
      }
      if (!before) {
        continue;
      }
      List<Object> args = new ArrayList<>();
      for (int i = 0; i < call.getArguments().size(); i++) {
        Optional<Object> v = evaluation.value(call.getArgument(i), file);
        boolean storedValue =
            (!isList && op.equals("put") && i == 1) || (isList && op.equals("add"));
        if (v.isEmpty() && !storedValue) {
          return Optional.empty();
        }
        // An unknown value under a known key (or index) spoils only that entry.
        args.add(v.isPresent() ? v.get() : UNKNOWN);
      }
      if (!isList && op.equals("put") && args.size() == 2) {
        map.put(args.get(0), args.get(1));
      } else if (isList && op.equals("add") && args.size() == 1) {
        list.add(args.get(0));
      } else {
        return Optional.empty();
      }
    }
    if (isList) {
      for (int i = 0; i < list.size(); i++) {
        map.put(i, list.get(i));
      }
    }
    return Optional.of(map);
  }

  private static boolean reads(NameExpr n, Declaration d) {
    return n.getNameAsString().equals(d.name())
        && Declarations.resolve(n).map(x -> x.node() == d.node()).orElse(false);
  }
}
