; Definitions
(class_declaration name: (identifier) @name) @def.class
(class name: (identifier) @name) @def.class
(function_declaration name: (identifier) @name) @def.function
(generator_function_declaration name: (identifier) @name) @def.function
(method_definition name: (property_identifier) @name) @def.function
(variable_declarator
  name: (identifier) @name
  value: [(arrow_function) (function_expression) (generator_function)]) @def.function
(program (lexical_declaration (variable_declarator name: (identifier) @name) @def.variable))
(program (variable_declaration (variable_declarator name: (identifier) @name) @def.variable))
(program (export_statement (lexical_declaration (variable_declarator name: (identifier) @name) @def.variable)))
(field_definition property: (property_identifier) @name) @def.variable

; References
(decorator (identifier) @ref.annotation)
(decorator (call_expression function: (identifier) @ref.annotation))
(call_expression function: (identifier) @ref.call)
(call_expression function: (member_expression property: (property_identifier) @ref.call))
(new_expression constructor: (identifier) @ref.new)
(new_expression constructor: (member_expression property: (property_identifier) @ref.new))
(class_heritage (identifier) @ref.extends)
(class_heritage (member_expression property: (property_identifier) @ref.extends))

; Imports
(import_statement source: (string (string_fragment) @import))
(export_statement source: (string (string_fragment) @import))
(call_expression
  function: (identifier) @_require
  arguments: (arguments . (string (string_fragment) @import))
  (#eq? @_require "require"))

; Comments, for docs
(comment) @comment
(decorator) @skip
