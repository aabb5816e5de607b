; Definitions
(namespace_definition name: (_) @name) @def.module
(function_definition declarator: (function_declarator declarator: (_) @name)) @def.function
(function_definition
  declarator: (pointer_declarator declarator: (function_declarator declarator: (_) @name))) @def.function
(function_definition
  declarator: (reference_declarator (function_declarator declarator: (_) @name))) @def.function
(field_declaration declarator: (function_declarator declarator: (_) @name)) @def.function
(translation_unit (declaration declarator: (function_declarator declarator: (_) @name)) @def.function)
(declaration_list (declaration declarator: (function_declarator declarator: (_) @name)) @def.function)
(preproc_ifdef (declaration declarator: (function_declarator declarator: (_) @name)) @def.function)
(class_specifier name: (type_identifier) @name body: (_)) @def.class
(struct_specifier name: (type_identifier) @name body: (_)) @def.struct
(union_specifier name: (type_identifier) @name body: (_)) @def.struct
(enum_specifier name: (type_identifier) @name body: (_)) @def.enum
(enumerator name: (identifier) @name) @def.enum_constant
(type_definition declarator: (type_identifier) @name) @def.type
(alias_declaration name: (type_identifier) @name) @def.type
(field_declaration declarator: (field_identifier) @name) @def.field
(preproc_def name: (identifier) @name) @def.macro
(preproc_function_def name: (identifier) @name) @def.macro
(translation_unit (declaration declarator: (init_declarator declarator: (identifier) @name)) @def.variable)
(namespace_definition body: (declaration_list (declaration declarator: (init_declarator declarator: (identifier) @name)) @def.variable))

; References
(call_expression function: (identifier) @ref.call)
(call_expression function: (field_expression field: (field_identifier) @ref.call))
(call_expression function: (qualified_identifier name: (identifier) @ref.call))
(call_expression function: (template_function name: (identifier) @ref.call))
(new_expression type: (type_identifier) @ref.new)
(new_expression type: (qualified_identifier name: (type_identifier) @ref.new))
(new_expression type: (template_type name: (type_identifier) @ref.new))
(base_class_clause (type_identifier) @ref.extends)
(base_class_clause (qualified_identifier name: (type_identifier) @ref.extends))
(base_class_clause (template_type name: (type_identifier) @ref.extends))
(parameter_declaration type: (type_identifier) @ref.type)
(declaration type: (type_identifier) @ref.type)
(field_declaration type: (type_identifier) @ref.type)
(function_definition type: (type_identifier) @ref.type)
(qualified_identifier name: (type_identifier) @ref.type)
(template_type name: (type_identifier) @ref.type)
(type_descriptor type: (type_identifier) @ref.type)

; Imports
(preproc_include path: (_) @import)
(using_declaration (qualified_identifier) @import)

; Comments, for docs
(comment) @comment
