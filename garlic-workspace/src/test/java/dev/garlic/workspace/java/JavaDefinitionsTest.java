package dev.garlic.workspace.java;

import static dev.garlic.workspace.java.JavaSources.definition;
import static dev.garlic.workspace.java.JavaSources.outline;
import static dev.garlic.workspace.java.JavaSources.qualifiedNames;
import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.protocol.Location;
import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.protocol.code.SymbolKind;
import dev.garlic.workspace.outline.Outline;
import org.junit.jupiter.api.Test;

class JavaDefinitionsTest {

  @Test
  void namesNestedTypesAfterTheirOuterType() {
    Outline outline =
        outline(
            "package com.acme;",
            "class Foo {",
            "  static class Inner { interface Deep {} }",
            "  enum Mode { ON }",
            "}");

    assertThat(qualifiedNames(outline))
        .containsSubsequence(
            "com.acme.Foo", "com.acme.Foo.Inner", "com.acme.Foo.Inner.Deep", "com.acme.Foo.Mode");
    assertThat(definition(outline, "com.acme.Foo.Inner.Deep").container())
        .isEqualTo("com.acme.Foo.Inner");
    assertThat(definition(outline, "com.acme.Foo.Inner.Deep").kind())
        .isEqualTo(SymbolKind.INTERFACE);
  }

  @Test
  void givesOverloadsParameterListsOfErasedSimpleTypeNames() {
    Outline outline =
        outline(
            "package com.acme;",
            "import java.util.List;",
            "class Foo {",
            "  void bar() {}",
            "  void bar(int count, java.lang.String name) {}",
            "  void bar(List<String> names, int[] counts, Object... rest) {}",
            "  Foo(int x) {}",
            "}");

    assertThat(qualifiedNames(outline))
        .contains(
            "com.acme.Foo#bar()",
            "com.acme.Foo#bar(int,String)",
            "com.acme.Foo#bar(List,int[],Object...)",
            "com.acme.Foo#Foo(int)");
    assertThat(definition(outline, "com.acme.Foo#Foo(int)").kind())
        .isEqualTo(SymbolKind.CONSTRUCTOR);
  }

  @Test
  void definesOneFieldPerVariableWithoutItsInitializer() {
    Outline outline = outline("class Foo {", "  private static final int MIN = 1, MAX = 2;", "}");

    assertThat(definition(outline, "Foo#MIN").signature())
        .isEqualTo("private static final int MIN");
    assertThat(definition(outline, "Foo#MAX").signature())
        .isEqualTo("private static final int MAX");
    assertThat(definition(outline, "Foo#MAX").kind()).isEqualTo(SymbolKind.FIELD);
  }

  @Test
  void definesRecordComponentsAsFieldsAndTheCompactConstructor() {
    Outline outline =
        outline(
            "package geo;",
            "record Point(int x, @Deprecated String label) {",
            "  public Point { if (x < 0) throw new IllegalArgumentException(); }",
            "}");

    assertThat(definition(outline, "geo.Point").kind()).isEqualTo(SymbolKind.RECORD);
    assertThat(definition(outline, "geo.Point").signature())
        .isEqualTo("record Point(int x, String label)");
    assertThat(definition(outline, "geo.Point#label").kind()).isEqualTo(SymbolKind.FIELD);
    assertThat(definition(outline, "geo.Point#label").signature()).isEqualTo("String label");
    assertThat(definition(outline, "geo.Point#Point(int,String)").signature())
        .isEqualTo("public Point");
  }

  @Test
  void definesEnumConstantsButNothingInsideTheirBodies() {
    Outline outline =
        outline(
            "enum Color {",
            "  RED(\"r\") { @Override public String toString() { return \"red\"; } },",
            "  GREEN(\"g\");",
            "  Color(String code) {}",
            "}");

    assertThat(qualifiedNames(outline))
        .containsExactly("Color", "Color#RED", "Color#GREEN", "Color#Color(String)");
    assertThat(definition(outline, "Color#RED").signature()).isEqualTo("RED(\"r\")");
    assertThat(definition(outline, "Color#RED").kind()).isEqualTo(SymbolKind.ENUM_CONSTANT);
  }

  @Test
  void definesNothingInsideAnonymousClasses() {
    Outline outline =
        outline(
            "class Foo {",
            "  Runnable task = new Runnable() {",
            "    int calls;",
            "    public void run() { calls++; }",
            "  };",
            "}");

    assertThat(qualifiedNames(outline)).containsExactly("Foo", "Foo#task");
  }

  @Test
  void definesAnnotationTypesAndTheirMembers() {
    Outline outline = outline("@interface Marker {", "  int value() default 1;", "}");

    assertThat(definition(outline, "Marker").kind()).isEqualTo(SymbolKind.ANNOTATION);
    assertThat(definition(outline, "Marker#value()").signature())
        .isEqualTo("int value() default 1");
  }

  @Test
  void signaturesReadAsWrittenOnOneLineWithoutBodiesOrAnnotations() {
    Outline outline =
        outline(
            "package org.apache;",
            "@SuppressWarnings(\"x\")",
            "public final class StringUtils",
            "    extends Base implements Api {",
            "  @Deprecated",
            "  public static String join(Iterable<?> iterable,",
            "                            @Nullable String separator) throws java.io.IOException {",
            "    return null;",
            "  }",
            "  abstract <T extends Comparable<T>> T max(T a, T b);",
            "}");

    assertThat(definition(outline, "org.apache.StringUtils").signature())
        .isEqualTo("public final class StringUtils extends Base implements Api");
    assertThat(definition(outline, "org.apache.StringUtils#join(Iterable,String)").signature())
        .isEqualTo(
            "public static String join(Iterable<?> iterable, String separator)"
                + " throws java.io.IOException");
    assertThat(definition(outline, "org.apache.StringUtils#max(T,T)").signature())
        .isEqualTo("abstract <T extends Comparable<T>> T max(T a, T b)");
  }

  @Test
  void signaturesLeaveOutCommentsAndLineBreaksInsideTheHeaderButKeepLiterals() {
    Outline outline =
        outline(
            "@SuppressWarnings(\"x\") // kept apart from StringEscapeUtils",
            "public abstract class Style {",
            "  record Point(",
            "      int x, /* horizontal */",
            "      int y) {}",
            "  enum Scheme { HTTP(\"http://\" /* default */) }",
            "}");

    assertThat(definition(outline, "Style").signature()).isEqualTo("public abstract class Style");
    assertThat(definition(outline, "Style.Point").signature())
        .isEqualTo("record Point(int x, int y)");
    assertThat(definition(outline, "Style.Scheme#HTTP").signature()).isEqualTo("HTTP(\"http://\")");
  }

  @Test
  void locationSpansTheWholeDeclarationIncludingItsAnnotations() {
    Outline outline =
        outline("class Foo {", "  @Deprecated", "  void bar() {", "    work();", "  }", "}");

    assertThat(definition(outline, "Foo#bar()").location())
        .isEqualTo(Location.lines("src/Test.java", 2, 5));
    assertThat(definition(outline, "Foo").location())
        .isEqualTo(Location.lines("src/Test.java", 1, 6));
  }

  @Test
  void docIsTheFirstSentenceOfTheJavadocAsPlainText() {
    Outline outline =
        outline(
            "/**",
            " * Joins {@code Iterable} items with {@link #sep the separator}. More text.",
            " *",
            " * @param x ignored",
            " */",
            "class Joiner {}");

    assertThat(definition(outline, "Joiner").doc())
        .isEqualTo("Joins Iterable items with the separator.");
  }

  @Test
  void memberWithoutJavadocHasNoDocEvenWhenItsClassHasOne() {
    Outline outline =
        outline(
            "/** The class. */",
            "class Foo {",
            "  int first;",
            "  /** The second. */",
            "  int second;",
            "  // not javadoc",
            "  int third;",
            "}");

    assertThat(definition(outline, "Foo").doc()).isEqualTo("The class.");
    assertThat(definition(outline, "Foo#first").doc()).isNull();
    assertThat(definition(outline, "Foo#second").doc()).isEqualTo("The second.");
    assertThat(definition(outline, "Foo#third").doc()).isNull();
  }

  @Test
  void typesInTheDefaultPackageAreNamedBare() {
    Outline outline = outline("class Foo { int count; }");

    assertThat(outline.packageName()).isNull();
    assertThat(qualifiedNames(outline)).containsExactly("Foo", "Foo#count");
  }

  @Test
  void keepsImportsAsWritten() {
    Outline outline =
        outline(
            "package p;",
            "import java.util.List;",
            "import java.util.*;",
            "import static org.junit.Assert.assertEquals;",
            "import static org.junit.Assert.*;",
            "class Foo {}");

    assertThat(outline.packageName()).isEqualTo("p");
    assertThat(outline.imports())
        .containsExactly(
            "java.util.List",
            "java.util.*",
            "static org.junit.Assert.assertEquals",
            "static org.junit.Assert.*");
  }

  @Test
  void brokenStatementsKeepTheWholeFile() {
    Outline outline =
        outline("class Foo {", "  void broken() { int x = ; }", "  void after() {}", "}");

    assertThat(qualifiedNames(outline)).contains("Foo#broken()", "Foo#after()");
    assertThat(outline.problems()).singleElement().asString().startsWith("line 2: ");
  }

  @Test
  void brokenDeclarationStillYieldsTheDefinitionsBeforeIt() {
    Outline outline =
        outline(
            "package p;",
            "/** Fine. */",
            "class Good { void ok() {} }",
            "class Bad {",
            "  int missingSemicolon",
            "  void m() {}",
            "}");

    SymbolDef good = definition(outline, "p.Good");
    assertThat(good.doc()).isEqualTo("Fine.");
    assertThat(qualifiedNames(outline)).contains("p.Good#ok()", "p.Bad");
    assertThat(outline.problems()).singleElement().asString().startsWith("line 6: ");
  }

  @Test
  void parsesModernJava() {
    Outline outline =
        outline(
            "sealed interface Shape permits Circle {}",
            "record Circle(double r) implements Shape {}",
            "class Use {",
            "  String describe(Object o) {",
            "    var text = \"\"\"",
            "        hello\"\"\";",
            "    return switch (o) {",
            "      case Circle(double r) when r > 1 -> text;",
            "      case String s -> s;",
            "      default -> \"\";",
            "    };",
            "  }",
            "}");

    assertThat(outline.problems()).isEmpty();
    assertThat(qualifiedNames(outline)).contains("Shape", "Circle", "Use#describe(Object)");
  }

  @Test
  void parsesYieldInsideSwitchExpressions() {
    Outline outline =
        outline(
            "class Radix {",
            "  String of(int radix) {",
            "    return switch (radix) {",
            "      case 10 -> { long q = radix / 5; yield String.valueOf(q); }",
            "      default -> \"\";",
            "    };",
            "  }",
            "}");

    assertThat(outline.problems()).isEmpty();
  }
}
