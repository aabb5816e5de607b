package dev.garlic.workspace.java;

import static dev.garlic.workspace.java.JavaSources.outline;
import static dev.garlic.workspace.java.JavaSources.reference;
import static dev.garlic.workspace.java.JavaSources.references;
import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.protocol.code.RefKind;
import dev.garlic.protocol.code.SymbolRef;
import dev.garlic.workspace.outline.Outline;
import org.junit.jupiter.api.Test;

class JavaReferencesTest {

  @Test
  void typeImportedByNameResolvesToTheImport() {
    Outline outline =
        outline("package p;", "import java.util.List;", "class Foo { List<?> items; }");

    SymbolRef use = reference(outline, RefKind.TYPE_USE, "List");
    assertThat(use.target()).isEqualTo("java.util.List");
    assertThat(use.candidates()).isEmpty();
    assertThat(use.enclosing()).isEqualTo("p.Foo#items");
  }

  @Test
  void unresolvedTypeGetsSamePackageThenWildcardThenJavaLangCandidates() {
    Outline outline =
        outline(
            "package p;",
            "import java.util.*;",
            "import org.acme.*;",
            "class Foo { Widget widget; }");

    SymbolRef use = reference(outline, RefKind.TYPE_USE, "Widget");
    assertThat(use.target()).isNull();
    assertThat(use.candidates())
        .containsExactly("p.Widget", "java.util.Widget", "org.acme.Widget", "java.lang.Widget");
  }

  @Test
  void fullyQualifiedTypeResolvesAsWritten() {
    Outline outline = outline("class Foo { java.util.concurrent.Executor executor; }");

    assertThat(reference(outline, RefKind.TYPE_USE, "Executor").target())
        .isEqualTo("java.util.concurrent.Executor");
  }

  @Test
  void typesOfTheFileResolveBeforeImports() {
    Outline outline =
        outline(
            "package p;",
            "import org.other.Node;",
            "class Tree {",
            "  static class Node {}",
            "  Node root;",
            "}");

    assertThat(reference(outline, RefKind.TYPE_USE, "Node").target()).isEqualTo("p.Tree.Node");
  }

  @Test
  void qualifiedNestedTypeResolvesThroughItsOuterType() {
    Outline outline =
        outline("import java.util.Map;", "class Foo { Map.Entry<String, Integer> entry; }");

    assertThat(reference(outline, RefKind.TYPE_USE, "Entry").target())
        .isEqualTo("java.util.Map.Entry");
  }

  @Test
  void typeVariablesAndPrimitivesAreNotTypeUses() {
    Outline outline =
        outline(
            "class Box<T> {",
            "  T value;",
            "  int size;",
            "  <R extends Comparable<R>> R map(T in, R out, long n) { var v = in; return out; }",
            "}");

    assertThat(outline.references()).extracting(SymbolRef::name).containsExactly("Comparable");
  }

  @Test
  void reportsTypeUsesInEveryTypePosition() {
    Outline outline =
        outline(
            "class Foo {",
            "  Ret m(Param p) throws Thrown {",
            "    Local l = (Cast) p;",
            "    if (p instanceof Checked) {}",
            "    Class<?> c = Literal.class;",
            "    java.util.List<Arg> list = null;",
            "    try {} catch (Caught e) {}",
            "    return null;",
            "  }",
            "}");

    assertThat(outline.references())
        .filteredOn(r -> r.kind() == RefKind.TYPE_USE)
        .extracting(SymbolRef::name)
        .contains("Ret", "Param", "Thrown", "Local", "Cast", "Checked", "Literal", "Arg", "Caught");
  }

  @Test
  void reportsExtendsAndImplementsWithTheirTypeArgumentsAsTypeUses() {
    Outline outline =
        outline(
            "import java.util.AbstractList;",
            "class Foo extends AbstractList<Item> implements Runnable {}",
            "interface Api extends Base {}");

    assertThat(reference(outline, RefKind.EXTENDS, "AbstractList").target())
        .isEqualTo("java.util.AbstractList");
    assertThat(reference(outline, RefKind.IMPLEMENTS, "Runnable").enclosing()).isEqualTo("Foo");
    assertThat(reference(outline, RefKind.EXTENDS, "Base").enclosing()).isEqualTo("Api");
    assertThat(reference(outline, RefKind.TYPE_USE, "Item").enclosing()).isEqualTo("Foo");
  }

  @Test
  void reportsAnnotationsWithTheirResolution() {
    Outline outline =
        outline(
            "import org.junit.jupiter.api.Test;",
            "class FooTest {",
            "  @Test void works() {}",
            "}");

    SymbolRef annotation = reference(outline, RefKind.ANNOTATION, "Test");
    assertThat(annotation.target()).isEqualTo("org.junit.jupiter.api.Test");
    assertThat(annotation.enclosing()).isEqualTo("FooTest#works()");
  }

  @Test
  void instantiationNamesTheCreatedType() {
    Outline outline =
        outline("import java.util.ArrayList;", "class Foo { Object o = new ArrayList<>(); }");

    SymbolRef creation = reference(outline, RefKind.INSTANTIATION, "ArrayList");
    assertThat(creation.target()).isEqualTo("java.util.ArrayList");
    assertThat(creation.location().line()).isEqualTo(2);
    assertThat(creation.location().column()).isEqualTo(28);
  }

  @Test
  void overrideListsTheMethodInEachDirectSupertype() {
    Outline outline =
        outline(
            "package p;",
            "import java.util.concurrent.Callable;",
            "class Task extends Base implements Callable<String> {",
            "  @Override public String call() { return null; }",
            "}");

    SymbolRef overrides = reference(outline, RefKind.OVERRIDES, "call");
    assertThat(overrides.target()).isNull();
    assertThat(overrides.candidates())
        .containsExactly(
            "p.Base#call", "java.lang.Base#call", "java.util.concurrent.Callable#call");
    assertThat(overrides.enclosing()).isEqualTo("p.Task#call()");
  }

  @Test
  void overrideInAClassWithoutSupertypesPointsAtObject() {
    Outline outline =
        outline("class Foo {", "  @Override public String toString() { return \"\"; }", "}");

    assertThat(reference(outline, RefKind.OVERRIDES, "toString").candidates())
        .containsExactly("java.lang.Object#toString");
  }

  @Test
  void fieldAccessOnATypeOrATypedReceiverNamesTheField() {
    Outline outline =
        outline(
            "import java.awt.Point;",
            "class Foo {",
            "  int count;",
            "  int m(Point p) { return p.x + Integer.MAX_VALUE + this.count + count; }",
            "}");

    assertThat(reference(outline, RefKind.FIELD_ACCESS, "x").target())
        .isEqualTo("java.awt.Point#x");
    assertThat(reference(outline, RefKind.FIELD_ACCESS, "MAX_VALUE").candidates())
        .containsExactly("Integer#MAX_VALUE", "java.lang.Integer#MAX_VALUE");
    assertThat(references(outline, RefKind.FIELD_ACCESS, "count"))
        .extracting(SymbolRef::target)
        .containsExactly("Foo#count", "Foo#count");
  }

  @Test
  void localVariablesShadowFields() {
    Outline outline =
        outline("class Foo {", "  int count;", "  int m() { int count = 0; return count; }", "}");

    assertThat(references(outline, RefKind.FIELD_ACCESS, "count")).isEmpty();
  }

  @Test
  void referencesInAnonymousClassesBelongToTheEnclosingDefinition() {
    Outline outline =
        outline(
            "class Foo {",
            "  void start() {",
            "    new Thread(new Runnable() { public void run() { work(); } }).start();",
            "  }",
            "  void work() {}",
            "}");

    assertThat(reference(outline, RefKind.CALL, "work").enclosing()).isEqualTo("Foo#start()");
  }
}
