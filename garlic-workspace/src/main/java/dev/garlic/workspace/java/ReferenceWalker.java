package dev.garlic.workspace.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MarkerAnnotationExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.visitor.VoidVisitorAdapter;
import dev.garlic.protocol.Location;
import dev.garlic.protocol.code.RefKind;
import dev.garlic.protocol.code.SymbolRef;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Emits the references in expressions and types: calls, instantiations, type uses, annotations and
 * field accesses, each resolved as far as the file alone allows (see {@link Receivers}). The
 * subclass handles declarations and keeps {@link #scopes} and {@link #enclosing} current.
 */
abstract class ReferenceWalker extends VoidVisitorAdapter<@Nullable Void> {

  final String path;
  final Scopes scopes;
  private final Receivers receivers;
  private final List<SymbolRef> references = new ArrayList<>();

  /** The qualified name of the innermost definition being walked. */
  @Nullable String enclosing;

  ReferenceWalker(String path, Scopes scopes) {
    this.path = path;
    this.scopes = scopes;
    this.receivers = new Receivers(scopes);
  }

  List<SymbolRef> references() {
    return references;
  }

  /** Walks the members of an anonymous class body in a scope of their own. */
  abstract void walkAnonymousBody(NodeList<BodyDeclaration<?>> members);

  @Override
  public void visit(BlockStmt n, @Nullable Void arg) {
    scopes.enterBlock();
    super.visit(n, arg);
    scopes.exitBlock();
  }

  @Override
  public void visit(LambdaExpr n, @Nullable Void arg) {
    scopes.enterBlock();
    super.visit(n, arg);
    scopes.exitBlock();
  }

  @Override
  public void visit(ForStmt n, @Nullable Void arg) {
    scopes.enterBlock();
    super.visit(n, arg);
    scopes.exitBlock();
  }

  @Override
  public void visit(ForEachStmt n, @Nullable Void arg) {
    scopes.enterBlock();
    super.visit(n, arg);
    scopes.exitBlock();
  }

  @Override
  public void visit(CatchClause n, @Nullable Void arg) {
    scopes.enterBlock();
    super.visit(n, arg);
    scopes.exitBlock();
  }

  @Override
  public void visit(TryStmt n, @Nullable Void arg) {
    scopes.enterBlock();
    super.visit(n, arg);
    scopes.exitBlock();
  }

  @Override
  public void visit(Parameter n, @Nullable Void arg) {
    scopes.declareLocal(n.getNameAsString(), scopes.resolve(n.getType()));
    super.visit(n, arg);
  }

  @Override
  public void visit(VariableDeclarator n, @Nullable Void arg) {
    Resolution type =
        n.getType() instanceof ClassOrInterfaceType t
                && t.getNameAsString().equals("var")
                && n.getInitializer().orElse(null) instanceof ObjectCreationExpr creation
            ? scopes.resolve(creation.getType())
            : scopes.resolve(n.getType());
    scopes.declareLocal(n.getNameAsString(), type);
    super.visit(n, arg);
  }

  @Override
  public void visit(TypePatternExpr n, @Nullable Void arg) {
    scopes.declareLocal(n.getNameAsString(), scopes.resolve(n.getType()));
    super.visit(n, arg);
  }

  @Override
  public void visit(ClassOrInterfaceType n, @Nullable Void arg) {
    if (!scopes.isUntypedName(n)) {
      ref(n.getNameAsString(), scopes.resolve(n), RefKind.TYPE_USE, n.getName());
    }
    walkAll(n.getAnnotations());
    n.getTypeArguments().ifPresent(this::walkAll);
  }

  @Override
  public void visit(ObjectCreationExpr n, @Nullable Void arg) {
    n.getScope().ifPresent(scope -> scope.accept(this, null));
    ClassOrInterfaceType type = n.getType();
    ref(type.getNameAsString(), scopes.resolve(type), RefKind.INSTANTIATION, type.getName());
    type.getTypeArguments().ifPresent(this::walkAll);
    n.getTypeArguments().ifPresent(this::walkAll);
    walkAll(n.getArguments());
    n.getAnonymousClassBody().ifPresent(this::walkAnonymousBody);
  }

  @Override
  public void visit(MethodCallExpr n, @Nullable Void arg) {
    String name = n.getNameAsString();
    Resolution target =
        n.getScope().isPresent()
            ? receivers.typeOf(n.getScope().get()).member(name)
            : receivers.unqualifiedCall(name);
    ref(name, target, RefKind.CALL, n.getName());
    n.getScope().ifPresent(scope -> scope.accept(this, null));
    n.getTypeArguments().ifPresent(this::walkAll);
    walkAll(n.getArguments());
  }

  /** {@code this(...)} and {@code super(...)} call a constructor: {@code Type#Type}. */
  @Override
  public void visit(ExplicitConstructorInvocationStmt n, @Nullable Void arg) {
    TypeFrame frame = scopes.currentType();
    Resolution type =
        frame == null
            ? Resolution.NONE
            : n.isThis() ? Resolution.of(frame.qualifiedName) : frame.superclass;
    String typeName =
        type.target() != null
            ? type.target()
            : type.candidates().isEmpty() ? null : type.candidates().getFirst();
    if (typeName != null) {
      String simpleName = NameResolver.simpleName(typeName);
      ref(simpleName, type.member(simpleName), RefKind.CALL, n);
    }
    super.visit(n, arg);
  }

  @Override
  public void visit(MethodReferenceExpr n, @Nullable Void arg) {
    Expression scope = n.getScope();
    String name = n.getIdentifier();
    if (scope instanceof TypeExpr typeExpr && name.equals("new")) {
      ref(
          typeExpr.getType().asString(),
          scopes.resolve(typeExpr.getType()),
          RefKind.INSTANTIATION,
          n);
    } else if (scope instanceof TypeExpr
        || scope instanceof ThisExpr
        || scope instanceof NameExpr) {
      Resolution owner =
          scope instanceof TypeExpr typeExpr
              ? scopes.resolve(typeExpr.getType())
              : receivers.typeOf(scope);
      ref(name, owner.member(name), RefKind.CALL, n);
    }
    super.visit(n, arg);
  }

  @Override
  public void visit(FieldAccessExpr n, @Nullable Void arg) {
    String name = n.getNameAsString();
    if (!(Receivers.looksLikeType(name) && Receivers.isScopeOfAnother(n))) {
      Resolution owner = receivers.typeOf(n.getScope());
      if (owner.known()) {
        ref(name, owner.member(name), RefKind.FIELD_ACCESS, n.getName());
      }
    }
    n.getScope().accept(this, null);
    n.getTypeArguments().ifPresent(this::walkAll);
  }

  @Override
  public void visit(NameExpr n, @Nullable Void arg) {
    String name = n.getNameAsString();
    if (scopes.isLocal(name)) {
      return;
    }
    TypeFrame owner = scopes.fieldOwner(name);
    String ownerName =
        owner != null ? owner.qualifiedName : scopes.resolver().staticImportOwner(name);
    if (ownerName != null) {
      ref(name, Resolution.of(ownerName + "#" + name), RefKind.FIELD_ACCESS, n);
    }
  }

  @Override
  public void visit(InstanceOfExpr n, @Nullable Void arg) {
    n.getExpression().accept(this, null);
    // With a pattern, the tested type and the pattern's type are the same source text.
    if (n.getPattern().isPresent()) {
      n.getPattern().get().accept(this, null);
    } else {
      n.getType().accept(this, null);
    }
  }

  @Override
  public void visit(MarkerAnnotationExpr n, @Nullable Void arg) {
    annotationRef(n);
  }

  @Override
  public void visit(SingleMemberAnnotationExpr n, @Nullable Void arg) {
    annotationRef(n);
    n.getMemberValue().accept(this, null);
  }

  @Override
  public void visit(NormalAnnotationExpr n, @Nullable Void arg) {
    annotationRef(n);
    n.getPairs().forEach(pair -> pair.getValue().accept(this, null));
  }

  private void annotationRef(AnnotationExpr annotation) {
    ref(
        annotation.getName().getIdentifier(),
        scopes.resolveTypeName(annotation.getNameAsString()),
        RefKind.ANNOTATION,
        annotation.getName());
  }

  void walkAll(List<? extends Node> nodes) {
    for (Node node : nodes) {
      node.accept(this, null);
    }
  }

  void ref(String name, Resolution resolution, RefKind kind, Node at) {
    Location location =
        at.getRange()
            .map(r -> new Location(path, r.begin.line, r.begin.column, r.end.line, r.end.column))
            .orElse(Location.line(path, 1));
    references.add(
        new SymbolRef(
            name, resolution.target(), resolution.candidates(), kind, location, enclosing));
  }
}
