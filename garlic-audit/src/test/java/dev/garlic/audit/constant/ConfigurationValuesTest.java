package dev.garlic.audit.constant;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.garlic.audit.AuditProject;
import dev.garlic.audit.SourceFile;
import dev.garlic.workspace.java.JavaFrontEnd;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigurationValuesTest {

  private final ConstantEvaluator evaluator = new ConstantEvaluator();

  private List<Optional<Object>> sinks(String source, Map<String, String> resources) {
    String path = "src/main/java/com/acme/T.java";
    SourceFile file =
        new SourceFile(path, source, new JavaFrontEnd().parse(path, source).compilationUnit());
    AuditProject project =
        new AuditProject(Path.of("/nonexistent-project"), List.of(file), resources);
    List<Optional<Object>> values = new ArrayList<>();
    for (MethodCallExpr m : file.unit().findAll(MethodCallExpr.class)) {
      if (m.getNameAsString().equals("sink")) {
        values.add(evaluator.evaluate(m.getArgument(0), file, project));
      }
    }
    return values;
  }

  @Test
  void readsPropertiesLoadedFromAClassPathResource() {
    String source =
        """
        package com.acme;
        import java.util.Properties;
        import java.io.InputStream;
        class T {
          void f() throws Exception {
            Properties props = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/app.properties")) {
              props.load(in);
            }
            sink(props.getProperty("alg", "SHA-512"));
            sink(props.getProperty("missing", "SHA-512"));
            sink(props.getProperty("missing"));
            sink(props.getProperty("alg").toUpperCase());
          }
        }
        """;

    assertThat(sinks(source, Map.of("app.properties", "# hash\nalg = md5\n")))
        .containsExactly(
            Optional.of("md5"), Optional.of("SHA-512"), Optional.empty(), Optional.of("MD5"));
  }

  @Test
  void resolvesClassRelativeResourcesFilesAndFieldsLoadedInAStaticBlock() {
    String source =
        """
        package com.acme;
        import java.util.Properties;
        class T {
          private static final Properties CONFIG = new Properties();
          static {
            try {
              CONFIG.load(T.class.getResourceAsStream("crypto.properties"));
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          }
          void f() throws Exception {
            sink(CONFIG.getProperty("cipher"));
            Properties fromFile = new Properties();
            fromFile.load(new java.io.FileInputStream("src/main/resources/db.properties"));
            fromFile.setProperty("override", "yes");
            sink(fromFile.getProperty("user"));
            sink(fromFile.getProperty("override"));
          }
        }
        """;

    assertThat(
            sinks(
                source,
                Map.of(
                    "com/acme/crypto.properties", "cipher=DES\n",
                    "db.properties", "user=app\n")))
        .containsExactly(Optional.of("DES"), Optional.of("app"), Optional.of("yes"));
  }

  @Test
  void
      propertiesFromAnUnknownSourceAreUnknownEvenWithADefaultButAFileMissingFromTheProjectGivesTheDefault() {
    String source =
        """
        class T {
          void f(java.io.InputStream upload, java.util.Properties given) throws Exception {
            java.util.Properties props = new java.util.Properties();
            props.load(upload);
            sink(props.getProperty("alg", "SHA-512"));
            sink(given.getProperty("alg", "SHA-512"));
            sink(System.getProperty("alg", "SHA-512"));
            java.util.Properties missingFile = new java.util.Properties();
            missingFile.load(getClass().getResourceAsStream("/absent.properties"));
            sink(missingFile.getProperty("alg", "SHA-512"));
            sink(missingFile.getProperty("alg"));
          }
        }
        """;

    assertThat(sinks(source, Map.of()))
        .containsExactly(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of("SHA-512"),
            Optional.empty());
  }

  @Test
  void resolvesSpringValuePlaceholdersFromApplicationProperties() {
    String source =
        """
        package com.acme;
        import org.springframework.beans.factory.annotation.Value;
        import org.springframework.core.env.Environment;
        class T {
          @Value("${crypto.alg:AES/GCM/NoPadding}") private String alg;
          @Value("${crypto.hash:SHA-256}") private String hash;
          @Value("${crypto.mode}") private String mode;
          @Value("#{systemProperties['x']}") private String spel;
          @Value("${server.port}") private int port;
          private final Environment env;
          T(Environment env, @Value("${token.length:32}") String length) {
            this.env = env;
            sink(length);
          }
          void f() {
            sink(alg);
            sink(hash);
            sink(mode);
            sink(spel);
            sink(env.getProperty("crypto.alg", "AES"));
            sink(env.getProperty("crypto.profiled", "x"));
          }
        }
        """;
    Map<String, String> resources =
        Map.of(
            "application.properties", "crypto.alg=DES/ECB/PKCS5Padding\ncrypto.profiled=a\n",
            "application-prod.properties", "crypto.profiled=b\n",
            "config/application.yml", "server:\n  port: 8443\n");

    assertThat(sinks(source, resources))
        .containsExactly(
            Optional.of("32"),
            Optional.of("DES/ECB/PKCS5Padding"),
            Optional.of("SHA-256"),
            Optional.empty(),
            Optional.empty(),
            Optional.of("DES/ECB/PKCS5Padding"),
            Optional.empty());
  }

  @Test
  void theMemoFollowsTheProjectItIsGiven() {
    String source =
        """
        class T {
          void f() throws Exception {
            java.util.Properties p = new java.util.Properties();
            p.load(T.class.getResourceAsStream("/a.properties"));
            sink(p.getProperty("alg"));
          }
        }
        """;

    assertThat(sinks(source, Map.of("a.properties", "alg=MD5")))
        .containsExactly(Optional.of("MD5"));
    assertThat(sinks(source, Map.of("a.properties", "alg=SHA-256")))
        .containsExactly(Optional.of("SHA-256"));
  }
}
