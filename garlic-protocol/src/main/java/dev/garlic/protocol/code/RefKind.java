package dev.garlic.protocol.code;

/** How a piece of code refers to a symbol. */
public enum RefKind {
  CALL,
  INSTANTIATION,
  TYPE_USE,
  EXTENDS,
  IMPLEMENTS,
  OVERRIDES,
  ANNOTATION,
  FIELD_ACCESS,
  IMPORT,
  OTHER
}
