; Definitions
(function_definition name: (word) @name) @def.function
(program (variable_assignment name: (variable_name) @name) @def.variable)
(program (declaration_command (variable_assignment name: (variable_name) @name)) @def.variable)

; Imports come before calls: a sourced file is not a call.
(command
  name: (command_name (word) @_source)
  argument: (_) @import
  (#match? @_source "^(source|\\.)$"))

; References
(command name: (command_name (word) @ref.call) (#not-match? @ref.call "^(source|\\.)$"))

; Comments, for docs
(comment) @comment
