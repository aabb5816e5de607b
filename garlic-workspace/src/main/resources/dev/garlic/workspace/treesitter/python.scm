; Definitions
(class_definition
  name: (identifier) @name
  body: (block . (expression_statement (string) @doc)?)) @def.class
(function_definition
  name: (identifier) @name
  body: (block . (expression_statement (string) @doc)?)) @def.function
(module (expression_statement (assignment left: (identifier) @name) @def.variable))
(class_definition body: (block (expression_statement (assignment left: (identifier) @name) @def.variable)))

; References
(call function: (identifier) @ref.call)
(call function: (attribute attribute: (identifier) @ref.call))
(class_definition superclasses: (argument_list (identifier) @ref.extends))
(class_definition superclasses: (argument_list (attribute attribute: (identifier) @ref.extends)))
(decorator (identifier) @ref.annotation)
(decorator (call function: (identifier) @ref.annotation))
(type (identifier) @ref.type)

; Imports
(import_statement name: (dotted_name) @import)
(import_statement name: (aliased_import name: (dotted_name) @import))
(import_from_statement module_name: (_) @import.from name: (dotted_name) @import.name)
(import_from_statement module_name: (_) @import.from name: (aliased_import name: (dotted_name) @import.name))
(import_from_statement module_name: (_) @import (wildcard_import))

; Comments, for docs
(comment) @comment
(decorator) @skip
