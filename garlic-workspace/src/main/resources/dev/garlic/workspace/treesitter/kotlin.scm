; Definitions
(class_declaration "interface" (type_identifier) @name) @def.interface
(class_declaration (type_identifier) @name (enum_class_body)) @def.enum
(class_declaration (type_identifier) @name) @def.class
(object_declaration (type_identifier) @name) @def.class
(type_alias (type_identifier) @name) @def.type
(function_declaration (simple_identifier) @name) @def.function
(secondary_constructor "constructor" @name) @def.constructor
(source_file (property_declaration (variable_declaration (simple_identifier) @name)) @def.variable)
(class_body (property_declaration (variable_declaration (simple_identifier) @name)) @def.variable)
(enum_entry (simple_identifier) @name) @def.enum_constant

; References
(call_expression (simple_identifier) @ref.call)
(call_expression (navigation_expression (navigation_suffix (simple_identifier) @ref.call)))
(delegation_specifier (constructor_invocation (user_type (type_identifier) @ref.extends)))
(delegation_specifier (user_type (type_identifier) @ref.implements))
(annotation (user_type (type_identifier) @ref.annotation))
(annotation (constructor_invocation (user_type (type_identifier) @ref.annotation)))
(user_type (type_identifier) @ref.type)

; Imports
(package_header (identifier) @package)
(import_header (identifier) @import .)
(import_header (identifier) @import (import_alias))
(import_header (identifier) @import.from (wildcard_import) @import.name)

; Comments, for docs
(line_comment) @comment
(multiline_comment) @comment
