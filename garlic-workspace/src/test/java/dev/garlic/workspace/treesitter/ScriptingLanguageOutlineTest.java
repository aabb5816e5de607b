package dev.garlic.workspace.treesitter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.protocol.code.RefKind;
import dev.garlic.protocol.code.SymbolKind;
import dev.garlic.workspace.Language;
import org.junit.jupiter.api.Test;

class ScriptingLanguageOutlineTest {

  private static final String PYTHON =
      """
      \"""Module doc.\"""
      import os.path
      from collections import OrderedDict as OD

      MAX_SIZE = 10

      class Greeter(Base):
          \"""Greets people. Politely.\"""

          def __init__(self, name):
              self.name = name

          @staticmethod
          def greet(who: str) -> str:
              return helper(who).upper()

      # Adds numbers.
      def add(a, b):
          return Greeter("x")
      """;

  @Test
  void outlinesPythonWithModulePathFromTheFilePath() {
    Outlined python = Outlined.of(Language.PYTHON, "src/shop/greeting.py", PYTHON);

    python.assertDefinition("shop.greeting.MAX_SIZE", SymbolKind.CONSTANT, 5, 5);
    python.assertDefinition("shop.greeting.Greeter", SymbolKind.CLASS, 7, 15);
    python.assertDefinition("shop.greeting.Greeter.__init__", SymbolKind.CONSTRUCTOR, 10, 11);
    python.assertDefinition("shop.greeting.Greeter.greet", SymbolKind.METHOD, 14, 15);
    python.assertDefinition("shop.greeting.add", SymbolKind.FUNCTION, 18, 19);
    assertThat(python.outline().imports()).containsExactly("os.path", "collections.OrderedDict");
    assertThat(python.references(RefKind.CALL))
        .contains("helper@15<shop.greeting.Greeter.greet", "Greeter@19<shop.greeting.add");
    assertThat(python.references(RefKind.EXTENDS)).containsExactly("Base@7<shop.greeting.Greeter");
  }

  @Test
  void readsPythonSignaturesDocstringsAndComments() {
    Outlined python = Outlined.of(Language.PYTHON, "greeting.py", PYTHON);

    var greeter = python.definition("greeting.Greeter");
    var greet = python.definition("greeting.Greeter.greet");
    var add = python.definition("greeting.add");

    assertThat(greeter.signature()).isEqualTo("class Greeter(Base)");
    assertThat(greeter.doc()).isEqualTo("Greets people.");
    assertThat(greet.signature()).isEqualTo("def greet(who: str) -> str");
    assertThat(greet.container()).isEqualTo("greeting.Greeter");
    assertThat(add.doc()).isEqualTo("Adds numbers.");
    assertThat(add.language()).isEqualTo("python");
    assertThat(add.container()).isNull();
  }

  @Test
  void namesPythonPackagesAfterTheirDirectory() {
    Outlined init = Outlined.of(Language.PYTHON, "shop/__init__.py", "def setup():\n    pass\n");

    init.assertDefinition("shop.setup", SymbolKind.FUNCTION, 1, 2);
  }

  @Test
  void findsTheCommentAboveADecoratedFunction() {
    Outlined python =
        Outlined.of(
            Language.PYTHON,
            "app.py",
            """
            # Serves the home page.
            @app.route("/")
            @login_required
            def home():
                return render("home.html")
            """);

    assertThat(python.definition("app.home").doc()).isEqualTo("Serves the home page.");
    assertThat(python.definition("app.home").signature()).isEqualTo("def home()");
  }

  @Test
  void outlinesRubyModulesClassesAndRequires() {
    Outlined ruby =
        Outlined.of(
            Language.RUBY,
            "lib/shop/order.rb",
            """
            require 'json'

            module Shop
              # An order.
              class Order < Base
                LIMIT = 5

                def initialize(id)
                  @id = id
                end

                def self.build
                  Order.new(compute(1))
                end
              end
            end
            """);

    ruby.assertDefinition("Shop", SymbolKind.MODULE, 3, 16);
    ruby.assertDefinition("Shop.Order", SymbolKind.CLASS, 5, 15);
    ruby.assertDefinition("Shop.Order.LIMIT", SymbolKind.CONSTANT, 6, 6);
    ruby.assertDefinition("Shop.Order.initialize", SymbolKind.CONSTRUCTOR, 8, 10);
    ruby.assertDefinition("Shop.Order.build", SymbolKind.METHOD, 12, 14);
    assertThat(ruby.definition("Shop.Order").doc()).isEqualTo("An order.");
    assertThat(ruby.outline().imports()).containsExactly("json");
    assertThat(ruby.references(RefKind.CALL)).contains("compute@13<Shop.Order.build");
    assertThat(ruby.references(RefKind.INSTANTIATION)).containsExactly("Order@13<Shop.Order.build");
  }

  @Test
  void outlinesPhpInItsNamespace() {
    Outlined php =
        Outlined.of(
            Language.PHP,
            "app/Models/User.php",
            """
            <?php
            namespace App\\Models;

            use Illuminate\\Support\\Str;

            /** A user. */
            class User extends Model implements HasName
            {
                const TABLE = 'users';

                public function name(): string
                {
                    return Str::upper($this->format());
                }
            }

            function helper($x) { return new User(); }
            """);

    assertThat(php.outline().packageName()).isEqualTo("App\\Models");
    php.assertDefinition("App.Models.User", SymbolKind.CLASS, 7, 15);
    php.assertDefinition("App.Models.User.TABLE", SymbolKind.CONSTANT, 9, 9);
    php.assertDefinition("App.Models.User.name", SymbolKind.METHOD, 11, 14);
    php.assertDefinition("App.Models.helper", SymbolKind.FUNCTION, 17, 17);
    assertThat(php.definition("App.Models.User").doc()).isEqualTo("A user.");
    assertThat(php.outline().imports()).containsExactly("Illuminate\\Support\\Str");
    assertThat(php.references(RefKind.CALL)).contains("upper@13<App.Models.User.name");
    assertThat(php.references(RefKind.EXTENDS)).containsExactly("Model@7<App.Models.User");
    assertThat(php.references(RefKind.IMPLEMENTS)).containsExactly("HasName@7<App.Models.User");
  }

  @Test
  void outlinesShellFunctionsAndSourcedFiles() {
    Outlined shell =
        Outlined.of(
            Language.SHELL,
            "scripts/deploy.sh",
            """
            #!/bin/bash
            source ./lib.sh

            readonly TARGET=target

            # Builds the project.
            build() {
              mvn -q install
            }

            function deploy {
              build
            }
            """);

    shell.assertDefinition("TARGET", SymbolKind.CONSTANT, 4, 4);
    shell.assertDefinition("build", SymbolKind.FUNCTION, 7, 9);
    shell.assertDefinition("deploy", SymbolKind.FUNCTION, 11, 13);
    assertThat(shell.definition("build").doc()).isEqualTo("Builds the project.");
    assertThat(shell.outline().imports()).containsExactly("./lib.sh");
    assertThat(shell.references(RefKind.CALL)).containsExactly("mvn@8<build", "build@12<deploy");
  }
}
