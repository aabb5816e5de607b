package dev.garlic.protocol.code;

/** The kind of a definition, across languages. */
public enum SymbolKind {
  PACKAGE,
  MODULE,
  CLASS,
  INTERFACE,
  ENUM,
  RECORD,
  ANNOTATION,
  TRAIT,
  STRUCT,
  TYPE_ALIAS,
  METHOD,
  CONSTRUCTOR,
  FUNCTION,
  FIELD,
  ENUM_CONSTANT,
  CONSTANT,
  VARIABLE,
  MACRO,
  OTHER;

  /** True for kinds that declare a type (class-like definitions). */
  public boolean isType() {
    return switch (this) {
      case CLASS, INTERFACE, ENUM, RECORD, ANNOTATION, TRAIT, STRUCT, TYPE_ALIAS -> true;
      default -> false;
    };
  }

  /** True for kinds that have a body of code (methods, constructors, functions). */
  public boolean isCallable() {
    return this == METHOD || this == CONSTRUCTOR || this == FUNCTION || this == MACRO;
  }
}
