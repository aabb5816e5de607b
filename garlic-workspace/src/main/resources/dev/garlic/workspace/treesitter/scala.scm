; Definitions
(class_definition name: (identifier) @name) @def.class
(object_definition name: (identifier) @name) @def.class
(trait_definition name: (identifier) @name) @def.trait
(enum_definition name: (identifier) @name) @def.enum
(type_definition name: (type_identifier) @name) @def.type
(function_definition name: (identifier) @name) @def.function
(function_declaration name: (identifier) @name) @def.function
(template_body (val_definition pattern: (identifier) @name) @def.variable)
(template_body (var_definition pattern: (identifier) @name) @def.variable)
(compilation_unit (val_definition pattern: (identifier) @name) @def.variable)
(compilation_unit (var_definition pattern: (identifier) @name) @def.variable)

; References
(call_expression function: (identifier) @ref.call)
(call_expression function: (field_expression field: (identifier) @ref.call))
(generic_function function: (field_expression field: (identifier) @ref.call))
(instance_expression (type_identifier) @ref.new)
(instance_expression (generic_type type: (type_identifier) @ref.new))
(extends_clause type: (type_identifier) @ref.extends)
(extends_clause type: (generic_type type: (type_identifier) @ref.extends))
(annotation name: (type_identifier) @ref.annotation)
(type_identifier) @ref.type

; Imports
(package_clause name: (package_identifier) @package)
(import_declaration) @import

; Comments, for docs
(comment) @comment
(block_comment) @comment
