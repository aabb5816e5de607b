; Definitions
(function_definition declarator: (function_declarator declarator: (identifier) @name)) @def.function
(function_definition
  declarator: (pointer_declarator declarator: (function_declarator declarator: (identifier) @name))) @def.function
(struct_specifier name: (type_identifier) @name body: (_)) @def.struct
(union_specifier name: (type_identifier) @name body: (_)) @def.struct
(enum_specifier name: (type_identifier) @name body: (_)) @def.enum
(enumerator name: (identifier) @name) @def.enum_constant
(type_definition declarator: (type_identifier) @name) @def.type
(type_definition declarator: (pointer_declarator declarator: (type_identifier) @name)) @def.type
(field_declaration declarator: (field_identifier) @name) @def.field
(preproc_def name: (identifier) @name) @def.macro
(preproc_function_def name: (identifier) @name) @def.macro
(declaration declarator: (function_declarator declarator: (identifier) @name)) @def.function
(declaration
  declarator: (pointer_declarator declarator: (function_declarator declarator: (identifier) @name))) @def.function
(translation_unit (declaration declarator: (init_declarator declarator: (identifier) @name)) @def.variable)
(translation_unit (declaration declarator: (identifier) @name) @def.variable)
(preproc_ifdef (declaration declarator: (init_declarator declarator: (identifier) @name)) @def.variable)
(preproc_ifdef (declaration declarator: (identifier) @name) @def.variable)

; References
(call_expression function: (identifier) @ref.call)
(call_expression function: (field_expression field: (field_identifier) @ref.call))
(parameter_declaration type: (type_identifier) @ref.type)
(declaration type: (type_identifier) @ref.type)
(field_declaration type: (type_identifier) @ref.type)
(function_definition type: (type_identifier) @ref.type)
(struct_specifier name: (type_identifier) @ref.type !body)

; Imports
(preproc_include path: (_) @import)

; Comments, for docs
(comment) @comment
