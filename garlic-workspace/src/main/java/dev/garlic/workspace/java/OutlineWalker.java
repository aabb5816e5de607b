package dev.garlic.workspace.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.AnnotationMemberDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.TypeParameter;
import dev.garlic.protocol.Location;
import dev.garlic.protocol.code.RefKind;
import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.protocol.code.SymbolKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Walks one compilation unit once and emits its definitions, in source order, and, through {@link
 * ReferenceWalker}, its references. This class owns declarations and the type scopes they open; the
 * superclass owns statements, expressions and local scopes. Anonymous classes and enum constant
 * bodies define nothing: their members' code counts as code of the enclosing definition.
 */
final class OutlineWalker extends ReferenceWalker {

  private static final String LANGUAGE = "java";

  private final @Nullable String packageName;
  private final Signatures signatures;
  private final DocComments docs;
  private final List<SymbolDef> definitions = new ArrayList<>();
  private long docFloor;

  OutlineWalker(
      String path,
      @Nullable String packageName,
      Scopes scopes,
      SourceText source,
      DocComments docs) {
    super(path, scopes);
    this.packageName = packageName;
    this.signatures = new Signatures(source);
    this.docs = docs;
  }

  List<SymbolDef> definitions() {
    return definitions;
  }

  /** Walks the file; Javadoc before {@code docFloor} (the package or last import) is not a doc. */
  void walk(CompilationUnit unit, long docFloor) {
    for (TypeDeclaration<?> type : unit.getTypes()) {
      declareTypes(type, qualified(packageName, type.getNameAsString()), true);
    }
    this.docFloor = docFloor;
    for (TypeDeclaration<?> type : unit.getTypes()) {
      type.accept(this, null);
      this.docFloor = endKey(type);
    }
  }

  private void declareTypes(TypeDeclaration<?> type, String qualifiedName, boolean topLevel) {
    scopes.resolver().declareType(qualifiedName, topLevel);
    for (BodyDeclaration<?> member : type.getMembers()) {
      if (member instanceof TypeDeclaration<?> nested) {
        declareTypes(nested, qualifiedName + "." + nested.getNameAsString(), false);
      }
    }
  }

  @Override
  public void visit(ClassOrInterfaceDeclaration n, @Nullable Void arg) {
    walkType(n, n.isInterface() ? SymbolKind.INTERFACE : SymbolKind.CLASS, n.getTypeParameters());
  }

  @Override
  public void visit(EnumDeclaration n, @Nullable Void arg) {
    walkType(n, SymbolKind.ENUM, new NodeList<>());
  }

  @Override
  public void visit(RecordDeclaration n, @Nullable Void arg) {
    walkType(n, SymbolKind.RECORD, n.getTypeParameters());
  }

  @Override
  public void visit(AnnotationDeclaration n, @Nullable Void arg) {
    walkType(n, SymbolKind.ANNOTATION, new NodeList<>());
  }

  private void walkType(TypeDeclaration<?> type, SymbolKind kind, NodeList<TypeParameter> params) {
    TypeFrame outer = scopes.currentType();
    String container = outer == null ? null : outer.qualifiedName;
    String qualifiedName =
        outer == null
            ? qualified(packageName, type.getNameAsString())
            : outer.qualifiedName + "." + type.getNameAsString();
    define(type.getNameAsString(), qualifiedName, kind, signatures.type(type), type, container);
    TypeFrame frame = new TypeFrame(qualifiedName);
    for (TypeParameter param : params) {
      frame.typeVariables.add(param.getNameAsString());
    }
    scopes.enterType(frame);
    String outerEnclosing = enclosing;
    enclosing = qualifiedName;
    TypeMembers.collect(type, frame, scopes);
    walkAll(type.getAnnotations());
    for (TypeParameter param : params) {
      walkAll(param.getTypeBound());
    }
    walkSupertypes(type);
    walkMembers(type, qualifiedName);
    enclosing = outerEnclosing;
    scopes.exitType();
  }

  private void walkSupertypes(TypeDeclaration<?> type) {
    if (type instanceof ClassOrInterfaceDeclaration declaration) {
      for (ClassOrInterfaceType supertype : declaration.getExtendedTypes()) {
        supertypeRef(supertype, RefKind.EXTENDS);
      }
      for (ClassOrInterfaceType supertype : declaration.getImplementedTypes()) {
        supertypeRef(supertype, RefKind.IMPLEMENTS);
      }
      walkAll(declaration.getPermittedTypes());
    } else if (type instanceof EnumDeclaration declaration) {
      declaration.getImplementedTypes().forEach(t -> supertypeRef(t, RefKind.IMPLEMENTS));
    } else if (type instanceof RecordDeclaration declaration) {
      declaration.getImplementedTypes().forEach(t -> supertypeRef(t, RefKind.IMPLEMENTS));
    }
  }

  private void supertypeRef(ClassOrInterfaceType type, RefKind kind) {
    ref(type.getNameAsString(), scopes.resolve(type), kind, type.getName());
    type.getTypeArguments().ifPresent(this::walkAll);
  }

  private void walkMembers(TypeDeclaration<?> type, String qualifiedName) {
    docFloor = endKey(type.getName());
    if (type instanceof RecordDeclaration record) {
      for (Parameter component : record.getParameters()) {
        String name = component.getNameAsString();
        define(
            name,
            qualifiedName + "#" + name,
            SymbolKind.FIELD,
            signatures.component(component),
            component,
            qualifiedName);
        String outerEnclosing = enclosing;
        enclosing = qualifiedName + "#" + name;
        walkAll(component.getAnnotations());
        component.getType().accept(this, null);
        enclosing = outerEnclosing;
      }
    }
    if (type instanceof EnumDeclaration enumeration) {
      for (EnumConstantDeclaration constant : enumeration.getEntries()) {
        constant.accept(this, null);
        docFloor = endKey(constant);
      }
    }
    for (BodyDeclaration<?> member : type.getMembers()) {
      member.accept(this, null);
      docFloor = endKey(member);
    }
  }

  @Override
  public void visit(MethodDeclaration n, @Nullable Void arg) {
    String name = n.getNameAsString();
    String qualifiedName = defineCallable(n, name, SymbolKind.METHOD);
    Set<String> typeVariables = typeVariables(n.getTypeParameters());
    scopes.enterGenericMethod(typeVariables);
    withEnclosing(
        qualifiedName,
        () -> {
          walkAll(n.getAnnotations());
          if (qualifiedName != null && isOverride(n.getAnnotations())) {
            ref(name, overridden(name), RefKind.OVERRIDES, n.getName());
          }
          n.getTypeParameters().forEach(p -> walkAll(p.getTypeBound()));
          n.getType().accept(this, null);
          walkCallableBody(n, n.getBody().orElse(null));
        });
    scopes.exitGenericMethod();
  }

  @Override
  public void visit(ConstructorDeclaration n, @Nullable Void arg) {
    String qualifiedName = defineCallable(n, n.getNameAsString(), SymbolKind.CONSTRUCTOR);
    scopes.enterGenericMethod(typeVariables(n.getTypeParameters()));
    withEnclosing(
        qualifiedName,
        () -> {
          walkAll(n.getAnnotations());
          walkCallableBody(n, n.getBody());
        });
    scopes.exitGenericMethod();
  }

  @Override
  public void visit(CompactConstructorDeclaration n, @Nullable Void arg) {
    withEnclosing(
        defineCompactConstructor(n),
        () -> {
          walkAll(n.getAnnotations());
          n.getBody().accept(this, null);
        });
  }

  private @Nullable String defineCompactConstructor(CompactConstructorDeclaration n) {
    TypeFrame frame = scopes.currentType();
    if (frame == null || !(n.getParentNode().orElse(null) instanceof RecordDeclaration record)) {
      return null;
    }
    String name = n.getNameAsString();
    String qualifiedName =
        frame.qualifiedName + "#" + name + Signatures.parameterList(record.getParameters());
    define(
        name,
        qualifiedName,
        SymbolKind.CONSTRUCTOR,
        signatures.compactConstructor(n),
        n,
        frame.qualifiedName);
    return qualifiedName;
  }

  @Override
  public void visit(AnnotationMemberDeclaration n, @Nullable Void arg) {
    TypeFrame frame = scopes.currentType();
    String qualifiedName =
        frame == null ? null : frame.qualifiedName + "#" + n.getNameAsString() + "()";
    if (qualifiedName != null) {
      define(
          n.getNameAsString(),
          qualifiedName,
          SymbolKind.METHOD,
          signatures.annotationMember(n),
          n,
          frame.qualifiedName);
    }
    withEnclosing(
        qualifiedName,
        () -> {
          walkAll(n.getAnnotations());
          n.getType().accept(this, null);
          n.getDefaultValue().ifPresent(value -> value.accept(this, null));
        });
  }

  @Override
  public void visit(FieldDeclaration n, @Nullable Void arg) {
    TypeFrame frame = scopes.currentType();
    boolean named = frame != null && isNamedMember(n);
    for (VariableDeclarator variable : n.getVariables()) {
      String name = variable.getNameAsString();
      String qualifiedName = named ? frame.qualifiedName + "#" + name : enclosing;
      if (named) {
        define(
            name,
            qualifiedName,
            SymbolKind.FIELD,
            signatures.field(n, variable),
            n,
            frame.qualifiedName);
      } else {
        scopes.declareLocal(name, scopes.resolve(variable.getType()));
      }
      withEnclosing(
          qualifiedName,
          () -> {
            if (variable == n.getVariable(0)) {
              walkAll(n.getAnnotations());
            }
            variable.getType().accept(this, null);
            variable.getInitializer().ifPresent(init -> init.accept(this, null));
          });
    }
  }

  @Override
  public void visit(EnumConstantDeclaration n, @Nullable Void arg) {
    TypeFrame frame = scopes.currentType();
    String qualifiedName =
        frame == null ? enclosing : frame.qualifiedName + "#" + n.getNameAsString();
    if (frame != null) {
      define(
          n.getNameAsString(),
          qualifiedName,
          SymbolKind.ENUM_CONSTANT,
          signatures.enumConstant(n),
          n,
          frame.qualifiedName);
    }
    withEnclosing(
        qualifiedName,
        () -> {
          walkAll(n.getAnnotations());
          walkAll(n.getArguments());
          walkAnonymousBody(n.getClassBody());
        });
  }

  @Override
  public void visit(InitializerDeclaration n, @Nullable Void arg) {
    n.getBody().accept(this, null);
  }

  @Override
  void walkAnonymousBody(NodeList<BodyDeclaration<?>> members) {
    if (members.isEmpty()) {
      return;
    }
    scopes.enterBlock();
    walkAll(members);
    scopes.exitBlock();
  }

  private @Nullable String defineCallable(
      CallableDeclaration<?> callable, String name, SymbolKind kind) {
    TypeFrame frame = scopes.currentType();
    if (frame == null || !isNamedMember(callable)) {
      return null;
    }
    String qualifiedName =
        frame.qualifiedName + "#" + name + Signatures.parameterList(callable.getParameters());
    define(name, qualifiedName, kind, signatures.callable(callable), callable, frame.qualifiedName);
    return qualifiedName;
  }

  private void walkCallableBody(CallableDeclaration<?> callable, @Nullable BlockStmt body) {
    scopes.enterBlock();
    walkAll(callable.getParameters());
    walkAll(callable.getThrownExceptions());
    if (body != null) {
      body.accept(this, null);
    }
    scopes.exitBlock();
  }

  private Resolution overridden(String methodName) {
    TypeFrame frame = scopes.currentType();
    List<String> candidates = new ArrayList<>();
    if (frame != null) {
      for (Resolution supertype : frame.supertypes) {
        Resolution member = supertype.member(methodName);
        if (member.target() != null) {
          candidates.add(member.target());
        }
        candidates.addAll(member.candidates());
      }
    }
    return new Resolution(null, candidates);
  }

  private void withEnclosing(@Nullable String qualifiedName, Runnable walk) {
    String outer = enclosing;
    if (qualifiedName != null) {
      enclosing = qualifiedName;
    }
    walk.run();
    enclosing = outer;
  }

  private void define(
      String name,
      String qualifiedName,
      SymbolKind kind,
      String signature,
      Node node,
      @Nullable String container) {
    int line = node.getBegin().map(p -> p.line).orElse(1);
    int endLine = node.getEnd().map(p -> p.line).orElse(line);
    String doc =
        node.getBegin()
            .map(p -> docs.firstSentenceBefore(DocComments.key(p), docFloor))
            .orElse(null);
    definitions.add(
        new SymbolDef(
            name,
            qualifiedName,
            kind,
            signature,
            Location.lines(path, line, endLine),
            doc,
            LANGUAGE,
            container));
  }

  private static boolean isNamedMember(Node member) {
    return member.getParentNode().orElse(null) instanceof TypeDeclaration<?>;
  }

  private static boolean isOverride(List<AnnotationExpr> annotations) {
    for (AnnotationExpr annotation : annotations) {
      String name = annotation.getNameAsString();
      if (name.equals("Override") || name.equals("java.lang.Override")) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> typeVariables(NodeList<TypeParameter> params) {
    if (params.isEmpty()) {
      return Set.of();
    }
    Set<String> names = new HashSet<>();
    params.forEach(p -> names.add(p.getNameAsString()));
    return names;
  }

  private static long endKey(Node node) {
    return node.getEnd().map(DocComments::key).orElse(0L);
  }

  private static String qualified(@Nullable String packageName, String name) {
    return packageName == null ? name : packageName + "." + name;
  }
}
