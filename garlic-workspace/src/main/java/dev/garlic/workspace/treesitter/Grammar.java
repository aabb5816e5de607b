package dev.garlic.workspace.treesitter;

import dev.garlic.workspace.Language;
import java.util.Set;
import java.util.function.Supplier;
import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterBash;
import org.treesitter.TreeSitterC;
import org.treesitter.TreeSitterCSharp;
import org.treesitter.TreeSitterCpp;
import org.treesitter.TreeSitterGo;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterKotlin;
import org.treesitter.TreeSitterPhp;
import org.treesitter.TreeSitterPython;
import org.treesitter.TreeSitterRuby;
import org.treesitter.TreeSitterRust;
import org.treesitter.TreeSitterScala;
import org.treesitter.TreeSitterTypescript;

/**
 * A tree-sitter grammar with what the engine needs to know about its language beyond the query: how
 * qualified names start and what a constructor is called.
 */
enum Grammar {
  PYTHON(Language.PYTHON, TreeSitterPython::new, Prefix.MODULE_PATH, "__init__"),
  JAVASCRIPT(Language.JAVASCRIPT, TreeSitterJavascript::new, Prefix.NONE, "constructor"),
  TYPESCRIPT(Language.TYPESCRIPT, TreeSitterTypescript::new, Prefix.NONE, "constructor"),
  GO(Language.GO, TreeSitterGo::new, Prefix.PACKAGE),
  KOTLIN(Language.KOTLIN, TreeSitterKotlin::new, Prefix.PACKAGE),
  CSHARP(Language.CSHARP, TreeSitterCSharp::new, Prefix.PACKAGE),
  C(Language.C, TreeSitterC::new, Prefix.NONE),
  CPP(Language.CPP, TreeSitterCpp::new, Prefix.NONE),
  RUBY(Language.RUBY, TreeSitterRuby::new, Prefix.NONE, "initialize"),
  PHP(Language.PHP, TreeSitterPhp::new, Prefix.PACKAGE, "__construct"),
  RUST(Language.RUST, TreeSitterRust::new, Prefix.NONE),
  SCALA(Language.SCALA, TreeSitterScala::new, Prefix.PACKAGE),
  SHELL(Language.SHELL, TreeSitterBash::new, Prefix.NONE);

  /** Where the qualified names of a file's top-level definitions start. */
  enum Prefix {
    /** Nothing: top-level names stand alone (C, JavaScript, Rust...). */
    NONE,
    /** The package or namespace the file declares. */
    PACKAGE,
    /** The module path derived from the file path ({@code pkg/mod.py} is {@code pkg.mod}). */
    MODULE_PATH
  }

  private final Language language;
  private final Supplier<TSLanguage> factory;
  private final Prefix prefix;
  private final Set<String> constructorNames;

  Grammar(
      Language language, Supplier<TSLanguage> factory, Prefix prefix, String... constructorNames) {
    this.language = language;
    this.factory = factory;
    this.prefix = prefix;
    this.constructorNames = Set.of(constructorNames);
  }

  Language language() {
    return language;
  }

  TSLanguage load() {
    return factory.get();
  }

  Prefix prefix() {
    return prefix;
  }

  /** Methods with these names construct instances of their class. */
  boolean isConstructorName(String name) {
    return constructorNames.contains(name);
  }

  /** The class-path resource holding this grammar's query. */
  String queryResource() {
    return name().toLowerCase(java.util.Locale.ROOT) + ".scm";
  }

  /** Python keeps a definition's doc in a string that opens its body. */
  boolean hasDocstrings() {
    return this == PYTHON;
  }
}
