package dev.garlic.workspace.java;

import static dev.garlic.workspace.java.JavaSources.outline;
import static dev.garlic.workspace.java.JavaSources.reference;
import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.protocol.code.RefKind;
import dev.garlic.protocol.code.SymbolRef;
import dev.garlic.workspace.outline.Outline;
import org.junit.jupiter.api.Test;

class JavaCallTargetsTest {

  private static SymbolRef call(String method, String... lines) {
    Outline outline = outline(lines);
    return reference(outline, RefKind.CALL, method);
  }

  @Test
  void callOnAParameterTargetsItsDeclaredType() {
    SymbolRef call =
        call(
            "add",
            "import java.util.List;",
            "class Foo { void m(List<String> names) { names.add(\"x\"); } }");

    assertThat(call.target()).isEqualTo("java.util.List#add");
    assertThat(call.enclosing()).isEqualTo("Foo#m(List)");
  }

  @Test
  void callOnALocalVariableTargetsItsDeclaredType() {
    SymbolRef call =
        call(
            "push",
            "import java.util.ArrayDeque;",
            "class Foo { void m() { ArrayDeque<String> queue = null; queue.push(\"a\"); } }");

    assertThat(call.target()).isEqualTo("java.util.ArrayDeque#push");
  }

  @Test
  void callOnAVariableOfAnUnresolvedTypeListsCandidates() {
    SymbolRef call =
        call("append", "class Foo { void m() { StringBuilder sb = null; sb.append(1); } }");

    assertThat(call.target()).isNull();
    assertThat(call.candidates())
        .containsExactly("StringBuilder#append", "java.lang.StringBuilder#append");
  }

  @Test
  void callOnAVarInitializedWithNewTargetsTheCreatedType() {
    SymbolRef call =
        call(
            "put",
            "import java.util.HashMap;",
            "class Foo { void m() { var map = new HashMap<String, String>(); map.put(\"a\", \"b\");"
                + " } }");

    assertThat(call.target()).isEqualTo("java.util.HashMap#put");
  }

  @Test
  void callOnAFieldOfTheEnclosingTypeTargetsTheFieldType() {
    SymbolRef call =
        call(
            "help",
            "package p;",
            "class Foo {",
            "  private Helper helper;",
            "  static class Helper { void help() {} }",
            "  void m() { helper.help(); }",
            "}");

    assertThat(call.target()).isEqualTo("p.Foo.Helper#help");
  }

  @Test
  void callThroughThisFieldTargetsTheFieldType() {
    SymbolRef call =
        call(
            "run",
            "class Foo {",
            "  private final Runnable task = null;",
            "  void m() { this.task.run(); }",
            "}");

    assertThat(call.candidates()).containsExactly("Runnable#run", "java.lang.Runnable#run");
  }

  @Test
  void unqualifiedAndThisCallsTargetTheEnclosingType() {
    Outline outline =
        outline(
            "package p;",
            "class Foo {",
            "  void a() { b(); this.c(); }",
            "  void b() {}",
            "  void c() {}",
            "}");

    assertThat(reference(outline, RefKind.CALL, "b").target()).isEqualTo("p.Foo#b");
    assertThat(reference(outline, RefKind.CALL, "c").target()).isEqualTo("p.Foo#c");
  }

  @Test
  void unqualifiedCallOfAnOuterMethodTargetsTheOuterType() {
    SymbolRef call =
        call(
            "outer",
            "class Foo {",
            "  void outer() {}",
            "  class Inner { void m() { outer(); } }",
            "}");

    assertThat(call.target()).isEqualTo("Foo#outer");
    assertThat(call.enclosing()).isEqualTo("Foo.Inner#m()");
  }

  @Test
  void superCallTargetsTheResolvedSuperclass() {
    SymbolRef call =
        call(
            "close",
            "import java.io.FilterInputStream;",
            "class Foo extends FilterInputStream {",
            "  Foo() { super(null); }",
            "  public void close() { super.close(); }",
            "}");

    assertThat(call.target()).isEqualTo("java.io.FilterInputStream#close");
  }

  @Test
  void staticCallOnAResolvedTypeTargetsIt() {
    SymbolRef call =
        call(
            "emptyList",
            "import java.util.Collections;",
            "class Foo { Object o = Collections.emptyList(); }");

    assertThat(call.target()).isEqualTo("java.util.Collections#emptyList");
    assertThat(call.enclosing()).isEqualTo("Foo#o");
  }

  @Test
  void staticCallOnAnUnresolvedTypeListsCandidates() {
    SymbolRef call = call("valueOf", "package p;", "class Foo { Object o = String.valueOf(1); }");

    assertThat(call.target()).isNull();
    assertThat(call.candidates()).containsExactly("p.String#valueOf", "java.lang.String#valueOf");
  }

  @Test
  void staticCallOnAFullyQualifiedTypeTargetsIt() {
    SymbolRef call =
        call("requireNonNull", "class Foo { Object o = java.util.Objects.requireNonNull(null); }");

    assertThat(call.target()).isEqualTo("java.util.Objects#requireNonNull");
  }

  @Test
  void staticallyImportedMethodTargetsItsType() {
    SymbolRef call =
        call(
            "assertEquals",
            "import static org.junit.Assert.assertEquals;",
            "class FooTest { void t() { assertEquals(1, 1); } }");

    assertThat(call.target()).isEqualTo("org.junit.Assert#assertEquals");
  }

  @Test
  void unqualifiedCallWithStaticWildcardImportsListsBothOwners() {
    SymbolRef call =
        call("fail", "import static org.junit.Assert.*;", "class FooTest { void t() { fail(); } }");

    assertThat(call.target()).isNull();
    assertThat(call.candidates()).containsExactly("FooTest#fail", "org.junit.Assert#fail");
  }

  @Test
  void callOnAnUnknownReceiverHasNoTarget() {
    SymbolRef call =
        call(
            "trim",
            "class Foo {",
            "  String name() { return null; }",
            "  Object m() { return name().trim(); }",
            "}");

    assertThat(call.target()).isNull();
    assertThat(call.candidates()).isEmpty();
  }

  @Test
  void thisAndSuperConstructorCallsTargetTheConstructors() {
    Outline outline =
        outline(
            "package p;",
            "import java.io.FilterInputStream;",
            "class Foo extends FilterInputStream {",
            "  Foo() { this(1); }",
            "  Foo(int x) { super(null); }",
            "}");

    assertThat(reference(outline, RefKind.CALL, "Foo").target()).isEqualTo("p.Foo#Foo");
    assertThat(reference(outline, RefKind.CALL, "FilterInputStream").target())
        .isEqualTo("java.io.FilterInputStream#FilterInputStream");
  }
}
