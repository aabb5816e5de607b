; Definitions
(class_declaration name: (type_identifier) @name) @def.class
(abstract_class_declaration name: (type_identifier) @name) @def.class
(class name: (type_identifier) @name) @def.class
(interface_declaration name: (type_identifier) @name) @def.interface
(enum_declaration name: (identifier) @name) @def.enum
(type_alias_declaration name: (type_identifier) @name) @def.type
(internal_module name: (_) @name) @def.module
(module name: (_) @name) @def.module
(function_declaration name: (identifier) @name) @def.function
(generator_function_declaration name: (identifier) @name) @def.function
(function_signature name: (identifier) @name) @def.function
(method_definition name: (property_identifier) @name) @def.function
(method_signature name: (property_identifier) @name) @def.function
(abstract_method_signature name: (property_identifier) @name) @def.function
(variable_declarator
  name: (identifier) @name
  value: [(arrow_function) (function_expression) (generator_function)]) @def.function
(program (lexical_declaration (variable_declarator name: (identifier) @name) @def.variable))
(program (variable_declaration (variable_declarator name: (identifier) @name) @def.variable))
(program (export_statement (lexical_declaration (variable_declarator name: (identifier) @name) @def.variable)))
(public_field_definition name: (property_identifier) @name) @def.variable
(property_signature name: (property_identifier) @name) @def.variable

; References
(decorator (identifier) @ref.annotation)
(decorator (call_expression function: (identifier) @ref.annotation))
(call_expression function: (identifier) @ref.call)
(call_expression function: (member_expression property: (property_identifier) @ref.call))
(new_expression constructor: (identifier) @ref.new)
(new_expression constructor: (member_expression property: (property_identifier) @ref.new))
(extends_clause value: (identifier) @ref.extends)
(extends_clause value: (member_expression property: (property_identifier) @ref.extends))
(extends_type_clause type: (type_identifier) @ref.extends)
(extends_type_clause type: (generic_type name: (type_identifier) @ref.extends))
(implements_clause (type_identifier) @ref.implements)
(implements_clause (generic_type name: (type_identifier) @ref.implements))
(type_annotation (type_identifier) @ref.type)
(type_annotation (generic_type name: (type_identifier) @ref.type))
(type_arguments (type_identifier) @ref.type)

; Imports
(import_statement source: (string (string_fragment) @import))
(export_statement source: (string (string_fragment) @import))
(import_require_clause source: (string (string_fragment) @import))
(call_expression
  function: (identifier) @_require
  arguments: (arguments . (string (string_fragment) @import))
  (#eq? @_require "require"))

; Comments, for docs
(comment) @comment
(decorator) @skip
