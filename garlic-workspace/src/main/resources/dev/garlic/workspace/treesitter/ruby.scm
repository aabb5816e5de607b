; Definitions
(module name: [(constant) (scope_resolution)] @name) @def.module
(class name: [(constant) (scope_resolution)] @name) @def.class
(method name: (_) @name) @def.function
(singleton_method name: (_) @name) @def.function
(assignment left: (constant) @name) @def.constant
(call
  method: (identifier) @_attr
  arguments: (argument_list (simple_symbol) @name @def.field)
  (#match? @_attr "^attr_(reader|writer|accessor)$"))

; References
(call receiver: (constant) @ref.new method: (identifier) @_new (#eq? @_new "new"))
(call method: (identifier) @ref.call)
(superclass (constant) @ref.extends)
(superclass (scope_resolution name: (constant) @ref.extends))
(call
  method: (identifier) @_mixin
  arguments: (argument_list (constant) @ref.implements)
  (#match? @_mixin "^(include|extend|prepend)$"))

; Imports
(call
  method: (identifier) @_require
  arguments: (argument_list (string (string_content) @import))
  (#match? @_require "^(require|require_relative|load)$"))

; Comments, for docs
(comment) @comment
