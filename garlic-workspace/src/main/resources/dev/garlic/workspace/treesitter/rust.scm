; Definitions
(struct_item name: (type_identifier) @name) @def.struct
(union_item name: (type_identifier) @name) @def.struct
(enum_item name: (type_identifier) @name) @def.enum
(enum_variant name: (identifier) @name) @def.enum_constant
(trait_item name: (type_identifier) @name) @def.trait
(type_item name: (type_identifier) @name) @def.type
(mod_item name: (identifier) @name) @def.module
(function_item name: (identifier) @name) @def.function
(function_signature_item name: (identifier) @name) @def.function
(const_item name: (identifier) @name) @def.constant
(static_item name: (identifier) @name) @def.variable
(field_declaration name: (field_identifier) @name) @def.field
(macro_definition name: (identifier) @name) @def.macro
(impl_item type: (_) @name) @scope

; References
(call_expression function: (identifier) @ref.call)
(call_expression function: (field_expression field: (field_identifier) @ref.call))
(call_expression function: (scoped_identifier name: (identifier) @ref.call))
(call_expression function: (generic_function function: (identifier) @ref.call))
(macro_invocation macro: (identifier) @ref.call)
(struct_expression name: (type_identifier) @ref.new)
(struct_expression name: (scoped_type_identifier name: (type_identifier) @ref.new))
(impl_item trait: (type_identifier) @ref.implements)
(impl_item trait: (scoped_type_identifier name: (type_identifier) @ref.implements))
(impl_item trait: (generic_type type: (type_identifier) @ref.implements))
(trait_bounds (type_identifier) @ref.extends)
(attribute_item (attribute (identifier) @ref.annotation))
(type_identifier) @ref.type

; Imports
(use_declaration argument: (_) @import)
(extern_crate_declaration name: (identifier) @import)

; Comments, for docs
(line_comment) @comment
(block_comment) @comment
(attribute_item) @skip
