package dev.garlic.workspace.java;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.AnnotationMemberDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Declaration headers as they read in the source, on one line, without bodies, annotations or
 * initializers ({@code public static String join(Iterable<?> iterable, String separator)}), and the
 * parameter lists that make method names unique ({@code (int,String...)}).
 */
final class Signatures {

  private final SourceText source;

  Signatures(SourceText source) {
    this.source = source;
  }

  /** {@code public final class StringUtils extends Base implements Api}: everything before {. */
  String type(TypeDeclaration<?> type) {
    int from = source.begin(type);
    int bodyStart = source.firstAtDepthZero('{', source.end(type.getName()), source.end(type));
    List<Parameter> components =
        type instanceof RecordDeclaration record ? record.getParameters() : List.of();
    return source.oneLine(from, bodyStart, annotationsOf(type.getAnnotations(), components));
  }

  /** A method or constructor header with its throws clause. */
  String callable(CallableDeclaration<?> callable) {
    int end =
        callable instanceof MethodDeclaration method && method.getBody().isPresent()
            ? source.begin(method.getBody().get())
            : callable.isConstructorDeclaration()
                ? source.begin(callable.asConstructorDeclaration().getBody())
                : source.end(callable);
    return source.oneLine(
        source.begin(callable),
        end,
        annotationsOf(callable.getAnnotations(), callable.getParameters()));
  }

  /** {@code public Point}: a record's compact constructor has no parameter list. */
  String compactConstructor(CompactConstructorDeclaration constructor) {
    return source.oneLine(
        source.begin(constructor),
        source.begin(constructor.getBody()),
        annotationsOf(constructor.getAnnotations(), List.of()));
  }

  /** {@code int value() default 1}. */
  String annotationMember(AnnotationMemberDeclaration member) {
    return source.oneLine(
        source.begin(member),
        source.end(member),
        annotationsOf(member.getAnnotations(), List.of()));
  }

  /** {@code private static final int PAD_LIMIT}: modifiers, type and this variable's name. */
  String field(FieldDeclaration field, VariableDeclarator variable) {
    int typeEnd = source.begin(field.getVariable(0));
    String header =
        source.oneLine(
            source.begin(field), typeEnd, annotationsOf(field.getAnnotations(), List.of()));
    return header + " " + variable.getNameAsString();
  }

  /** {@code RED("r")}: the constant with its arguments, without a body. */
  String enumConstant(EnumConstantDeclaration constant) {
    int end = source.end(constant);
    int bodyStart = source.firstAtDepthZero('{', source.end(constant.getName()), end);
    return source.oneLine(
        source.begin(constant), bodyStart, annotationsOf(constant.getAnnotations(), List.of()));
  }

  /** A record component as written, {@code String name}. */
  String component(Parameter component) {
    return source.oneLine(
        source.begin(component),
        source.end(component),
        annotationsOf(component.getAnnotations(), List.of()));
  }

  /** {@code (int,String...)}: simple type names, type arguments erased, varargs kept. */
  static String parameterList(NodeList<Parameter> parameters) {
    StringBuilder out = new StringBuilder(16 * parameters.size() + 2).append('(');
    for (int i = 0; i < parameters.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      Parameter parameter = parameters.get(i);
      out.append(erasedSimpleName(parameter.getType()));
      if (parameter.isVarArgs()) {
        out.append("...");
      }
    }
    return out.append(')').toString();
  }

  private static String erasedSimpleName(Type type) {
    if (type instanceof ArrayType array) {
      return erasedSimpleName(array.getComponentType()) + "[]";
    }
    if (type instanceof ClassOrInterfaceType classType) {
      return classType.getNameAsString();
    }
    return type.asString();
  }

  private static List<AnnotationExpr> annotationsOf(
      List<AnnotationExpr> declaration, List<Parameter> parameters) {
    if (parameters.isEmpty()) {
      return declaration;
    }
    List<AnnotationExpr> all = new ArrayList<>(declaration);
    for (Parameter parameter : parameters) {
      all.addAll(parameter.getAnnotations());
    }
    return all;
  }
}
