package dev.garlic.workspace.java;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills a {@link TypeFrame} from a type's declaration: field and method names with field types, and
 * the direct supertypes, including the implicit {@code Object}, {@code Enum} or {@code Record}.
 */
final class TypeMembers {

  private static final Resolution OBJECT = Resolution.of("java.lang.Object");
  private static final Resolution ENUM = Resolution.of("java.lang.Enum");
  private static final Resolution RECORD = Resolution.of("java.lang.Record");

  private TypeMembers() {}

  /** Call after {@code frame} is entered, so that member types resolve from inside the type. */
  static void collect(TypeDeclaration<?> type, TypeFrame frame, Scopes scopes) {
    for (BodyDeclaration<?> member : type.getMembers()) {
      if (member instanceof FieldDeclaration field) {
        for (VariableDeclarator variable : field.getVariables()) {
          frame.fieldTypes.put(variable.getNameAsString(), scopes.resolve(variable.getType()));
        }
      } else if (member instanceof MethodDeclaration method) {
        frame.methodNames.add(method.getNameAsString());
      }
    }
    switch (type) {
      case ClassOrInterfaceDeclaration declaration -> classSupertypes(declaration, frame, scopes);
      case EnumDeclaration declaration -> {
        for (EnumConstantDeclaration constant : declaration.getEntries()) {
          frame.fieldTypes.put(constant.getNameAsString(), Resolution.of(frame.qualifiedName));
        }
        setSupertypes(frame, ENUM, declaration.getImplementedTypes(), scopes);
      }
      case RecordDeclaration declaration -> {
        for (Parameter component : declaration.getParameters()) {
          frame.fieldTypes.put(component.getNameAsString(), scopes.resolve(component.getType()));
          frame.methodNames.add(component.getNameAsString());
        }
        setSupertypes(frame, RECORD, declaration.getImplementedTypes(), scopes);
      }
      default -> frame.supertypes = List.of(OBJECT);
    }
  }

  private static void classSupertypes(
      ClassOrInterfaceDeclaration declaration, TypeFrame frame, Scopes scopes) {
    if (declaration.isInterface()) {
      List<Resolution> supertypes = resolveAll(declaration.getExtendedTypes(), scopes);
      frame.supertypes = supertypes.isEmpty() ? List.of(OBJECT) : supertypes;
      return;
    }
    NodeList<ClassOrInterfaceType> extended = declaration.getExtendedTypes();
    Resolution superclass = extended.isEmpty() ? OBJECT : scopes.resolve(extended.get(0));
    setSupertypes(frame, superclass, declaration.getImplementedTypes(), scopes);
  }

  private static void setSupertypes(
      TypeFrame frame,
      Resolution superclass,
      NodeList<ClassOrInterfaceType> interfaces,
      Scopes scopes) {
    frame.superclass = superclass;
    List<Resolution> supertypes = new ArrayList<>(1 + interfaces.size());
    supertypes.add(superclass);
    supertypes.addAll(resolveAll(interfaces, scopes));
    frame.supertypes = supertypes;
  }

  private static List<Resolution> resolveAll(List<ClassOrInterfaceType> types, Scopes scopes) {
    List<Resolution> resolved = new ArrayList<>(types.size());
    for (ClassOrInterfaceType type : types) {
      resolved.add(scopes.resolve(type));
    }
    return resolved;
  }
}
