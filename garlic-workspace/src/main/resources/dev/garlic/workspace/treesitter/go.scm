; Definitions
(type_spec name: (type_identifier) @name type: (struct_type)) @def.struct
(type_spec name: (type_identifier) @name type: (interface_type)) @def.interface
(type_spec name: (type_identifier) @name) @def.type
(type_alias name: (type_identifier) @name) @def.type
(function_declaration name: (identifier) @name) @def.function
(method_declaration
  receiver: (parameter_list (parameter_declaration type: (_) @receiver))
  name: (field_identifier) @name) @def.method
(method_elem name: (field_identifier) @name) @def.method
(field_declaration name: (field_identifier) @name) @def.field
(source_file (const_declaration (const_spec name: (identifier) @name) @def.constant))
(source_file (var_declaration (var_spec name: (identifier) @name) @def.variable))

; References
(call_expression function: (identifier) @ref.call)
(call_expression function: (selector_expression field: (field_identifier) @ref.call))
(composite_literal type: (type_identifier) @ref.new)
(composite_literal type: (qualified_type name: (type_identifier) @ref.new))
(qualified_type name: (type_identifier) @ref.type)
(parameter_declaration type: (type_identifier) @ref.type)
(parameter_declaration type: (pointer_type (type_identifier) @ref.type))
(field_declaration type: (type_identifier) @ref.type)
(field_declaration type: (pointer_type (type_identifier) @ref.type))
(struct_type (field_declaration_list (field_declaration . type: (type_identifier) @ref.extends)))

; Imports
(package_clause (package_identifier) @package)
(import_spec path: (interpreted_string_literal (interpreted_string_literal_content) @import))

; Comments, for docs
(comment) @comment
