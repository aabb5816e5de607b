package dev.garlic.audit.taint;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.garlic.audit.Fingerprints;
import dev.garlic.protocol.finding.TraceStep;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Calls into code outside the project, judged by the {@link TaintSpec}: sources create taint, sinks
 * report it, sanitizers clear it, propagators move it; {@code List} and {@code Map} calls with
 * constant indices and keys keep their elements apart; lambdas passed to library methods (streams,
 * {@code forEach}) run with their parameter bound to the elements. A call the spec does not
 * describe passes the taint of its receiver and arguments to its result. Collections are in {@link
 * CollectionCalls}.
 */
final class LibraryCalls {

  private static final Set<String> CRLF_STRIPPERS = Set.of("replace", "replaceAll");

  private final MethodAnalyzer m;
  private final Expressions x;
  private final CollectionCalls collections;

  LibraryCalls(MethodAnalyzer m, Expressions x) {
    this.m = m;
    this.x = x;
    this.collections = new CollectionCalls(m);
  }

  /** Whether the spec says anything about this call (then it is not sought in the project). */
  boolean known(@Nullable String type, String name, int argc) {
    TaintSpec s = m.engine.spec;
    return s.source(type, name, argc) != null
        || !s.sinks(type, name, argc).isEmpty()
        || s.sanitizer(type, name, argc) != null
        || s.propagator(type, name, argc) != null;
  }

  Value call(
      MethodCallExpr call,
      String name,
      @Nullable String type,
      Value receiver,
      @Nullable String receiverPath,
      List<Value> args) {
    int argc = args.size();
    TaintSpec spec = m.engine.spec;
    Value literal = CollectionCalls.literal(type, name, args);
    if (literal != null) {
      return literal;
    }
    Value collection = collections.call(name, type, receiver, receiverPath, args);
    if (collection != null) {
      return collection;
    }
    String label = (type == null ? "" : type + ".") + name;
    for (TaintSpec.Sink sink : spec.sinks(type, name, argc)) {
      if (sink.builds() && reaches(sink, receiver, args) && Canonicalisation.follows(call)) {
        continue;
      }
      if (sink.receiver()) {
        reach(sink.rule(), receiver.all(), call, label);
      }
      for (int i = 0; i < argc; i++) {
        if (sink.checks(i)
            && !carriesData(sink.rule(), args.get(i))
            && !fixedTarget(sink.rule(), call.getArguments().get(i))) {
          reach(sink.rule(), args.get(i).all(), call, label);
        }
      }
    }
    guardedSinks(call, name, type, receiverPath, args);
    locationHeader(call, name, args);
    TaintSpec.Source source = spec.source(type, name, argc);
    if (source != null) {
      Object key = argc > 0 ? args.getFirst().constant() : null;
      String what =
          "read from " + source.label() + (key instanceof String s ? " \"" + s + "\"" : "");
      TraceStep origin = x.step(call, what);
      return new Value(Taint.of(Flow.source(origin)), Map.of(), null, returns(type, name, argc));
    }
    Taint in = receiver.all();
    for (Value a : args) {
      in = in.join(a.all());
    }
    TaintSpec.Sanitizer sanitizer = spec.sanitizer(type, name, argc);
    if (sanitizer != null && sanitizer.receiver()) {
      if (receiverPath != null) {
        Taint t = receiver.self();
        m.state.paths.put(
            receiverPath, sanitizer.rules().isEmpty() ? Taint.CLEAN : t.cleanse(sanitizer.rules()));
      }
      return Value.CLEAN;
    }
    if (sanitizer != null) {
      x.analyseLambdas(call.getArguments(), in);
      Taint out = sanitizer.rules().isEmpty() ? Taint.CLEAN : in.cleanse(sanitizer.rules());
      return Value.of(out).withType(returns(type, name, argc));
    }
    if (Conditions.CANONICALISERS.contains(name)) {
      return Value.of(receiver.all().cleanse(Set.of(Flow.CANONICAL))).withType(type);
    }
    if (CRLF_STRIPPERS.contains(name) && argc == 2) {
      Set<String> rules = Replacements.cleansedBy(args.get(0).constant(), args.get(1).constant());
      if (!rules.isEmpty()) {
        return Value.of(receiver.all().cleanse(rules)).withType("String");
      }
    }
    TaintSpec.Propagator p = spec.propagator(type, name, argc);
    if (p == null) {
      Value lambdas = x.analyseLambdas(call.getArguments(), in);
      return Value.of(in.join(lambdas.all())).withType(returns(type, name, argc));
    }
    Taint flow = Taint.CLEAN;
    for (String from : p.from()) {
      flow =
          flow.join(
              switch (from) {
                case "receiver" -> receiver.all();
                case "args" -> {
                  Taint t = Taint.CLEAN;
                  for (Value a : args) {
                    t = t.join(a.all());
                  }
                  yield t;
                }
                case "lambda" -> x.analyseLambdas(call.getArguments(), receiver.all()).all();
                default -> {
                  int i = Integer.parseInt(from.substring(3));
                  yield i < argc ? args.get(i).all() : Taint.CLEAN;
                }
              });
    }
    if (!p.from().contains("lambda")) {
      x.analyseLambdas(call.getArguments(), in);
    }
    String target = receiverPath != null ? receiverPath : builderPath(call);
    if (p.to().contains("receiver") && target != null && !flow.isClean()) {
      Taint old = m.state.paths.getOrDefault(target, x.read(target, null).self());
      m.state.paths.put(target, old.join(flow));
    }
    String rt = p.returns() != null ? p.returns() : type;
    return p.to().contains("return") ? Value.of(flow).withType(rt) : Value.CLEAN.withType(rt);
  }

  /**
   * The variable at the start of a chain of calls that each return their receiver ({@code
   * sb.append(a).append(b)}), or null.
   */
  private @Nullable String builderPath(MethodCallExpr call) {
    com.github.javaparser.ast.expr.Expression e = call.getScope().orElse(null);
    while (e instanceof MethodCallExpr inner) {
      TaintSpec.Propagator p =
          m.engine.spec.propagator(null, inner.getNameAsString(), inner.getArguments().size());
      if (p == null || !p.to().contains("receiver")) {
        return null;
      }
      e = inner.getScope().orElse(null);
    }
    return e == null ? null : x.path(e);
  }

  /** Whether anything {@code sink} checks is tainted: only then is the code around it read. */
  private static boolean reaches(TaintSpec.Sink sink, Value receiver, List<Value> args) {
    if (sink.receiver() && !receiver.isClean()) {
      return true;
    }
    for (int i = 0; i < args.size(); i++) {
      if (sink.checks(i) && !args.get(i).isClean()) {
        return true;
      }
    }
    return false;
  }

  /** {@code setHeader("Location", url)}: a redirect written by hand, as open as sendRedirect. */
  private void locationHeader(MethodCallExpr call, String name, List<Value> args) {
    if ((name.equals("setHeader") || name.equals("addHeader"))
        && args.size() == 2
        && args.get(0).constant() instanceof String header
        && header.equalsIgnoreCase("Location")
        && !fixedTarget("open-redirect", call.getArgument(1))) {
      reach("open-redirect", args.get(1).all(), call, "a Location header");
    }
  }

  /**
   * Whether a redirect or request target starts with text that fixes where it goes: a path on this
   * site ({@code "/login?from=" + from}) or a scheme and host ({@code "https://api.example.com/v1/"
   * + id}). What follows can change the path or query, not the destination.
   */
  private boolean fixedTarget(String rule, Expression arg) {
    boolean redirect = rule.equals("open-redirect");
    if (!redirect && !rule.equals("ssrf")) {
      return false;
    }
    Expression left = arg;
    while (left instanceof com.github.javaparser.ast.expr.BinaryExpr b
        && b.getOperator() == com.github.javaparser.ast.expr.BinaryExpr.Operator.PLUS) {
      left = b.getLeft();
    }
    return left != arg
        && x.constant(left) instanceof String prefix
        && fixesTarget(prefix, redirect);
  }

  /** Whether a target starting with {@code prefix} stays on this site or on one fixed host. */
  static boolean fixesTarget(String prefix, boolean redirect) {
    boolean localPath =
        prefix.startsWith("/") && prefix.length() > 1 && "/\\".indexOf(prefix.charAt(1)) < 0;
    return (redirect && localPath) || FIXED_HOST.matcher(prefix).lookingAt();
  }

  private static final java.util.regex.Pattern FIXED_HOST =
      java.util.regex.Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#@\\\\]+[/?#]");

  /**
   * Whether {@code arg} is a stream of content rather than a name: {@code Files.copy(upload,
   * target)} copies an untrusted upload, which is no path traversal or request forgery.
   */
  private static boolean carriesData(String rule, Value arg) {
    String type = arg.type();
    return (rule.equals("path-traversal") || rule.equals("ssrf"))
        && type != null
        && (type.endsWith("InputStream")
            || type.endsWith("OutputStream")
            || type.endsWith("Reader")
            || type.endsWith("Writer"));
  }

  private @Nullable String returns(@Nullable String type, String name, int argc) {
    TaintSpec.Propagator p = m.engine.spec.propagator(type, name, argc);
    if (p != null && p.returns() != null) {
      return p.returns();
    }
    return type == null
        ? null
        : m.engine.libraryTypes.returnType(type, name, argc, m.method.file());
  }

  Value construct(ObjectCreationExpr o, String type, List<Value> args) {
    TaintSpec spec = m.engine.spec;
    int argc = args.size();
    for (TaintSpec.Sink sink : spec.sinks(type, "<init>", argc)) {
      if (sink.builds() && reaches(sink, Value.CLEAN, args) && Canonicalisation.follows(o)) {
        continue;
      }
      for (int i = 0; i < argc; i++) {
        if (sink.checks(i) && !fixedTarget(sink.rule(), o.getArgument(i))) {
          reach(sink.rule(), args.get(i).all(), o, "new " + type);
        }
      }
    }
    Value created = CollectionCalls.created(type, args);
    if (created != null) {
      return created;
    }
    Taint in = Taint.CLEAN;
    for (Value a : args) {
      in = in.join(a.all());
    }
    TaintSpec.Source source = spec.source(type, "<init>", argc);
    if (source != null) {
      return Value.of(Taint.of(Flow.source(x.step(o, "read from " + source.label()))));
    }
    TaintSpec.Sanitizer sanitizer = spec.sanitizer(type, "<init>", argc);
    if (sanitizer != null) {
      return Value.of(sanitizer.rules().isEmpty() ? Taint.CLEAN : in.cleanse(sanitizer.rules()));
    }
    TaintSpec.Propagator p = spec.propagator(type, "<init>", argc);
    if (p != null && p.from().isEmpty()) {
      return Value.CLEAN;
    }
    return Value.of(in);
  }

  Value reference(MethodReferenceExpr r, @Nullable String type, Taint element) {
    String name = r.getIdentifier();
    TaintSpec.Sanitizer s = m.engine.spec.sanitizer(type, name, type == null ? 0 : 1);
    if (s == null) {
      s = m.engine.spec.sanitizer(type, name, 1);
    }
    if (s != null) {
      return Value.of(s.rules().isEmpty() ? Taint.CLEAN : element.cleanse(s.rules()));
    }
    for (TaintSpec.Sink sink : m.engine.spec.sinks(type, name, 1)) {
      reach(sink.rule(), element, r, (type == null ? "" : type + ".") + name);
    }
    return Value.of(element);
  }

  /**
   * Output to a writer or stream parameter of a declared library type: a sink only if the caller
   * passes the response's writer, so it becomes a hit guarded by that parameter's type.
   */
  private void guardedSinks(
      MethodCallExpr call,
      String name,
      @Nullable String type,
      @Nullable String receiverPath,
      List<Value> args) {
    if (type == null
        || type.startsWith("~")
        || receiverPath == null
        || !m.params.containsKey(receiverPath)
        || m.state.assigned.contains(receiverPath)) {
      return;
    }
    int param = m.params.get(receiverPath);
    for (String pseudo : List.of("~ResponseWriter", "~ServletOutputStream", "~JspWriter")) {
      for (TaintSpec.Sink sink : m.engine.spec.sinks(pseudo, name, args.size())) {
        if (!sink.call().classes().contains(pseudo)) {
          continue;
        }
        TraceStep at = x.step(call, "reaches " + pseudo.substring(1) + "." + name);
        for (int i = 0; i < args.size(); i++) {
          if (sink.checks(i)) {
            for (Flow f : args.get(i).all().liveFlows(sink.rule())) {
              m.hits.add(
                  new Summary.Hit(
                      sink.rule(),
                      f,
                      at,
                      Fingerprints.of(sink.rule(), m.method.file(), call),
                      param,
                      pseudo));
            }
          }
        }
      }
    }
  }

  /** Reports (or records as a summary hit) every flow in {@code t} live for {@code rule}. */
  void reach(String rule, Taint t, Node at, String sinkName) {
    if (t.isClean()) {
      return;
    }
    TraceStep sink = x.step(at, "reaches " + sinkName);
    String fingerprint = Fingerprints.of(rule, m.method.file(), at);
    for (Flow f : t.liveFlows(rule)) {
      if (f.isSymbolic()) {
        m.hits.add(new Summary.Hit(rule, f, sink, fingerprint));
      } else {
        m.engine.report(rule, f, sink, fingerprint);
      }
    }
  }
}
