; Definitions
(namespace_declaration name: (_) @name) @def.module
(class_declaration name: (identifier) @name) @def.class
(interface_declaration name: (identifier) @name) @def.interface
(struct_declaration name: (identifier) @name) @def.struct
(enum_declaration name: (identifier) @name) @def.enum
(record_declaration name: (identifier) @name) @def.record
(delegate_declaration name: (identifier) @name) @def.type
(method_declaration name: (identifier) @name) @def.method
(constructor_declaration name: (identifier) @name) @def.constructor
(property_declaration name: (identifier) @name) @def.field
(field_declaration
  (modifier "const")
  (variable_declaration (variable_declarator name: (identifier) @name))) @def.constant
(field_declaration (variable_declaration (variable_declarator name: (identifier) @name))) @def.field
(enum_member_declaration name: (identifier) @name) @def.enum_constant

; References
(invocation_expression function: (identifier) @ref.call)
(invocation_expression function: (member_access_expression name: (identifier) @ref.call))
(invocation_expression function: (generic_name (identifier) @ref.call))
(object_creation_expression type: (identifier) @ref.new)
(object_creation_expression type: (generic_name (identifier) @ref.new))
(object_creation_expression type: (qualified_name name: (identifier) @ref.new))
(base_list (identifier) @ref.extends)
(base_list (generic_name (identifier) @ref.extends))
(base_list (qualified_name name: (identifier) @ref.extends))
(attribute name: (identifier) @ref.annotation)
(parameter type: (identifier) @ref.type)
(parameter type: (generic_name (identifier) @ref.type))
(variable_declaration type: (identifier) @ref.type)
(variable_declaration type: (generic_name (identifier) @ref.type))
(method_declaration returns: (identifier) @ref.type)
(method_declaration returns: (generic_name (identifier) @ref.type))
(property_declaration type: (identifier) @ref.type)
(type_argument_list (identifier) @ref.type)

; Imports
(file_scoped_namespace_declaration name: (_) @package)
(using_directive (identifier) @import)
(using_directive (qualified_name) @import)

; Comments, for docs
(comment) @comment
