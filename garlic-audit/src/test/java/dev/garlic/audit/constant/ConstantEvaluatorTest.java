package dev.garlic.audit.constant;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.garlic.audit.AuditProject;
import dev.garlic.audit.SourceFile;
import dev.garlic.workspace.java.JavaFrontEnd;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConstantEvaluatorTest {

  private final ConstantEvaluator evaluator = new ConstantEvaluator();

  /** The values of the arguments of every {@code sink(...)} call in the first file, in order. */
  private List<Optional<Object>> sinks(Map<String, String> sources, Map<String, String> resources) {
    AuditProject project = project(sources, resources);
    SourceFile file = project.files().get(0);
    List<Optional<Object>> values = new ArrayList<>();
    for (MethodCallExpr m : file.unit().findAll(MethodCallExpr.class)) {
      if (m.getNameAsString().equals("sink")) {
        values.add(evaluator.evaluate(m.getArgument(0), file, project));
      }
    }
    return values;
  }

  private List<Optional<Object>> sinks(String source) {
    return sinks(Map.of("p/T.java", source), Map.of());
  }

  private static AuditProject project(Map<String, String> sources, Map<String, String> resources) {
    JavaFrontEnd frontEnd = new JavaFrontEnd();
    List<SourceFile> files = new ArrayList<>();
    sources.forEach(
        (path, text) ->
            files.add(new SourceFile(path, text, frontEnd.parse(path, text).compilationUnit())));
    return new AuditProject(Path.of("/nonexistent-project"), files, resources);
  }

  private static Map<String, String> ordered(String... pathsAndTexts) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      out.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
    }
    return out;
  }

  @Test
  void foldsLiteralsArithmeticAndConcatenationWithJavaSemantics() {
    assertThat(
            sinks(
                """
                class T {
                  void f() {
                    sink(1 + 2 * 3);
                    sink("a" + 1 + 2);
                    sink(1 + 2 + "a");
                    sink(7 / 2);
                    sink(7 / 2.0);
                    sink(1L << 40);
                    sink('a' + 1);
                    sink("x" + 'c');
                    sink(10 > 3 && !false);
                    sink(1 / 0);
                    sink((int) 3.9);
                    sink(0x10 | 0b1);
                    sink(\"""
                        DES\""");
                  }
                }
                """))
        .containsExactly(
            Optional.of(7),
            Optional.of("a12"),
            Optional.of("3a"),
            Optional.of(3),
            Optional.of(3.5),
            Optional.of(1L << 40),
            Optional.of(98),
            Optional.of("xc"),
            Optional.of(true),
            Optional.empty(),
            Optional.of(3),
            Optional.of(17),
            Optional.of("DES"));
  }

  @Test
  void followsStaticFinalFieldsAcrossClassesImportsAndInheritance() {
    Map<String, String> sources =
        ordered(
            "b/T.java",
            """
            package b;
            import a.Config;
            import static a.Config.FULL;
            class T extends Base {
              void f() {
                sink(Config.ALG);
                sink(a.Config.FULL);
                sink(FULL);
                sink(INHERITED);
                sink(Config.Nested.MODE);
              }
            }
            """,
            "a/Config.java",
            """
            package a;
            public class Config {
              public static final String ALG = "DES";
              public static final String FULL = ALG + "/" + Nested.MODE;
              public static class Nested { public static final String MODE = "ECB"; }
            }
            """,
            "b/Base.java",
            """
            package b;
            class Base { protected static final int INHERITED = 40 + 2; }
            """);

    assertThat(sinks(sources, Map.of()))
        .containsExactly(
            Optional.of("DES"),
            Optional.of("DES/ECB"),
            Optional.of("DES/ECB"),
            Optional.of(42),
            Optional.of("ECB"));
  }

  @Test
  void aLocalHasTheValueOfTheAssignmentsThatReachTheRead() {
    assertThat(
            sinks(
                """
                class T {
                  void f(boolean flag, String input) {
                    String once = "SHA-256";
                    sink(once);
                    String same;
                    if (flag) { same = "MD5"; } else { same = "MD5"; }
                    sink(same);
                    String differs = "MD5";
                    if (flag) { differs = "SHA-256"; }
                    sink(differs);
                    int counter = 0;
                    counter++;
                    sink(counter);
                    String overwritten = input;
                    overwritten = "safe";
                    sink(overwritten);
                    sink(input);
                  }
                }
                """))
        .containsExactly(
            Optional.of("SHA-256"),
            Optional.of("MD5"),
            Optional.empty(),
            Optional.empty(),
            Optional.of("safe"),
            Optional.empty());
  }

  @Test
  void deadBranchesAndLaterAssignmentsDoNotReachTheRead() {
    assertThat(
            sinks(
                """
                class T {
                  static final boolean LEGACY = false;
                  void f(boolean flag, java.util.List<String> items) {
                    String alg = "AES/GCM/NoPadding";
                    if (LEGACY) { alg = "DES"; }
                    sink(alg);
                    String hash = "MD5";
                    if (1 + 1 == 2) { hash = "SHA-256"; } else { hash = "MD4"; }
                    sink(hash);
                    String before = "SHA-256";
                    sink(before);
                    before = "MD5";
                    String looped = "a";
                    for (String item : items) {
                      sink(looped);
                      looped = "b";
                    }
                    String branch;
                    if (flag) { branch = "x"; } else { branch = "y"; }
                    sink(branch);
                  }
                }
                """))
        .containsExactly(
            Optional.of("AES/GCM/NoPadding"),
            Optional.of("SHA-256"),
            Optional.of("SHA-256"),
            Optional.empty(),
            Optional.empty());
  }

  @Test
  void aSwitchOnAConstantTakesOnlyTheEntriesThatRun() {
    AuditProject project =
        project(
            Map.of(
                "T.java",
                """
                class T {
                  void f(String param) {
                    String guess = "ABC";
                    char target = guess.charAt(2);
                    String bar;
                    switch (target) {
                      case 'A': bar = param; sink(0); break;
                      case 'B': bar = "bob"; break;
                      case 'C':
                      case 'D': bar = "constant"; sink(1); break;
                      default: bar = param; break;
                    }
                    sink(bar);
                    String open;
                    switch (param) { case "x": open = "a"; break; default: open = "b"; }
                    sink(open);
                  }
                }
                """),
            Map.of());
    SourceFile file = project.files().get(0);
    List<MethodCallExpr> sinks =
        file.unit().findAll(MethodCallExpr.class, m -> m.getNameAsString().equals("sink"));

    assertThat(evaluator.reachable(sinks.get(0), file, project)).isFalse();
    assertThat(evaluator.reachable(sinks.get(1), file, project)).isTrue();
    assertThat(evaluator.evaluate(sinks.get(2).getArgument(0), file, project)).contains("constant");
    assertThat(evaluator.evaluate(sinks.get(3).getArgument(0), file, project)).isEmpty();
    assertThat(evaluator.possibleValues(sinks.get(3).getArgument(0), file, project))
        .contains(java.util.Set.of("a", "b"));
  }

  @Test
  void codeInABranchThatNeverRunsIsUnreachable() {
    AuditProject project =
        project(
            Map.of(
                "T.java",
                """
                class T {
                  static final boolean DEBUG = false;
                  void f(boolean flag) {
                    if (DEBUG) { sink(1); } else { sink(2); }
                    String s = DEBUG ? sink(3) : sink(4);
                    boolean b = DEBUG && sink(5);
                    while (false) { sink(6); }
                    if (flag) { sink(7); }
                  }
                }
                """),
            Map.of());
    SourceFile file = project.files().get(0);

    assertThat(
            file
                .unit()
                .findAll(MethodCallExpr.class, m -> m.getNameAsString().equals("sink"))
                .stream()
                .map(m -> evaluator.reachable(m, file, project))
                .toList())
        .containsExactly(false, true, false, true, false, false, true);
  }

  @Test
  void foldsConditionsAndTernaries() {
    AuditProject project =
        project(
            Map.of(
                "T.java",
                """
                class T {
                  static final boolean DEBUG = false;
                  static final int LIMIT = 10;
                  void f(boolean unknown) {
                    if (DEBUG && unknown) {}
                    if (unknown || LIMIT * 2 > 15) {}
                    if (unknown) {}
                    if ("abc".equals("ab" + "c")) {}
                    String alg = LIMIT > 5 ? "AES/GCM/NoPadding" : "DES";
                    sink(alg);
                    sink(unknown ? "same" : "same");
                  }
                }
                """),
            Map.of());
    SourceFile file = project.files().get(0);
    List<Optional<Boolean>> conditions = new ArrayList<>();
    file.unit()
        .findAll(com.github.javaparser.ast.stmt.IfStmt.class)
        .forEach(i -> conditions.add(evaluator.condition(i.getCondition(), file, project)));
    List<Expression> sinkArgs =
        file.unit().findAll(MethodCallExpr.class, m -> m.getNameAsString().equals("sink")).stream()
            .map(m -> m.getArgument(0))
            .toList();

    assertThat(conditions)
        .containsExactly(
            Optional.of(false), Optional.of(true), Optional.empty(), Optional.of(true));
    assertThat(evaluator.string(sinkArgs.get(0), file, project)).contains("AES/GCM/NoPadding");
    assertThat(evaluator.string(sinkArgs.get(1), file, project)).contains("same");
  }

  @Test
  void evaluatesStringMethodsBoxesAndJdkConstants() {
    assertThat(
            sinks(
                """
                import javax.xml.XMLConstants;
                class T {
                  void f() {
                    sink("des".toUpperCase());
                    sink(String.valueOf(42));
                    sink("abcdef".substring(1, 3));
                    sink(Integer.parseInt("12") + 1);
                    sink(XMLConstants.FEATURE_SECURE_PROCESSING);
                    sink(Integer.MAX_VALUE);
                    sink(javax.crypto.Cipher.ENCRYPT_MODE);
                    sink(" x ".trim().isEmpty());
                  }
                }
                """))
        .containsExactly(
            Optional.of("DES"),
            Optional.of("42"),
            Optional.of("bc"),
            Optional.of(13),
            Optional.of("http://javax.xml.XMLConstants/feature/secure-processing"),
            Optional.of(Integer.MAX_VALUE),
            Optional.of(1),
            Optional.of(false));
  }

  @Test
  void followsFormatBuildersAndGettersThatCannotBeOverridden() {
    Map<String, String> sources =
        ordered(
            "T.java",
            """
            class T {
              private String mode() { return "GCM"; }
              String overridable() { return "AES"; }
              void f() {
                sink(String.format("%s/%s/%s", "AES", "ECB", "PKCS5Padding"));
                sink(new StringBuilder("DES").append('/').append("CBC").toString());
                sink(new StringBuilder(16).append("RC").append(4).toString());
                sink(mode());
                sink(Settings.algorithm());
                sink(overridable());
              }
            }
            """,
            "Settings.java",
            """
            final class Settings {
              static String algorithm() { return Defaults.ALG; }
              static final class Defaults { static final String ALG = "Blowfish"; }
            }
            """);

    assertThat(sinks(sources, Map.of()))
        .containsExactly(
            Optional.of("AES/ECB/PKCS5Padding"),
            Optional.of("DES/CBC"),
            Optional.of("RC4"),
            Optional.of("GCM"),
            Optional.of("Blowfish"),
            Optional.empty());
  }

  @Test
  void readsLocalMapsAndListsByConstantKeyAndIndex() {
    assertThat(
            sinks(
                """
                class T {
                  void f(String input, boolean flag) {
                    java.util.Map<String, String> algs = new java.util.HashMap<>();
                    algs.put("weak", "DES");
                    algs.put("strong", "AES/GCM/NoPadding");
                    algs.put("user", input);
                    sink(algs.get("weak"));
                    sink(algs.get("user"));
                    java.util.Map<String, String> safe = new java.util.HashMap<>();
                    safe.put("a", "DES");
                    safe.put("b", "SHA-256");
                    sink(safe.get("b"));
                    sink(safe.getOrDefault("c", "SHA-512"));
                    java.util.List<String> list = new java.util.ArrayList<>();
                    list.add("MD5");
                    list.add("SHA-256");
                    sink(list.get(1));
                    java.util.Map<String, String> fixed = java.util.Map.of("k", "RC4");
                    sink(fixed.get("k"));
                    java.util.Map<String, String> branchy = new java.util.HashMap<>();
                    if (flag) { branchy.put("k", "DES"); }
                    sink(branchy.get("k"));
                    java.util.Map<String, String> later = new java.util.HashMap<>();
                    later.put("k", "SHA-256");
                    sink(later.get("k"));
                    later.put("k", "MD5");
                  }
                }
                """))
        .containsExactly(
            Optional.of("DES"),
            Optional.empty(),
            Optional.of("SHA-256"),
            Optional.of("SHA-512"),
            Optional.of("SHA-256"),
            Optional.of("RC4"),
            Optional.empty(),
            Optional.of("SHA-256"));
  }

  @Test
  void fieldsThatMayChangeHaveNoValue() {
    Map<String, String> sources =
        ordered(
            "T.java",
            """
            class T {
              private String neverWritten = "AES/GCM/NoPadding";
              private String written = "AES/GCM/NoPadding";
              static String publicMutable = "DES";
              void set(String s) { written = s; }
              void f(String parameter) {
                sink(neverWritten);
                sink(written);
                sink(publicMutable);
                sink(parameter);
                sink(Other.mode(parameter));
              }
            }
            """,
            "Other.java",
            """
            class Other {
              static String mode(String p) { return "ECB"; }
              void change() { T.publicMutable = "AES"; }
            }
            """);

    assertThat(sinks(sources, Map.of()))
        .containsExactly(
            Optional.of("AES/GCM/NoPadding"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
  }

  @Test
  void cyclicConstantsHaveNoValue() {
    assertThat(
            sinks(
                """
                class T {
                  static final int A = B + 1;
                  static final int B = A + 1;
                  void f() { int x = x + 1; sink(A); sink(x); }
                }
                """))
        .containsExactly(Optional.empty(), Optional.empty());
  }
}
