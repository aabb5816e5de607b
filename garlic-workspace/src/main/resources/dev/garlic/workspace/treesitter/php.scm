; Definitions
(class_declaration name: (name) @name) @def.class
(interface_declaration name: (name) @name) @def.interface
(trait_declaration name: (name) @name) @def.trait
(enum_declaration name: (name) @name) @def.enum
(enum_case name: (name) @name) @def.enum_constant
(function_definition name: (name) @name) @def.function
(method_declaration name: (name) @name) @def.function
(const_declaration (const_element (name) @name)) @def.constant
(property_declaration (property_element (variable_name (name) @name))) @def.field

; References
(function_call_expression function: (name) @ref.call)
(function_call_expression function: (qualified_name (name) @ref.call .))
(member_call_expression name: (name) @ref.call)
(scoped_call_expression name: (name) @ref.call)
(nullsafe_member_call_expression name: (name) @ref.call)
(object_creation_expression (name) @ref.new)
(object_creation_expression (qualified_name (name) @ref.new .))
(base_clause (name) @ref.extends)
(base_clause (qualified_name (name) @ref.extends .))
(class_interface_clause (name) @ref.implements)
(class_interface_clause (qualified_name (name) @ref.implements .))
(use_declaration (name) @ref.implements)
(named_type (name) @ref.type)
(attribute (name) @ref.annotation)

; Imports
(namespace_definition name: (namespace_name) @package !body)
(namespace_use_clause (qualified_name) @import)
(namespace_use_clause (name) @import)

; Comments, for docs
(comment) @comment
