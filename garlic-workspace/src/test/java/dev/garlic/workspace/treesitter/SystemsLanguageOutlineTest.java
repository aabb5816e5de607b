package dev.garlic.workspace.treesitter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.protocol.code.RefKind;
import dev.garlic.protocol.code.SymbolKind;
import dev.garlic.workspace.Language;
import org.junit.jupiter.api.Test;

class SystemsLanguageOutlineTest {

  @Test
  void outlinesGoWithMethodsUnderTheirReceiverType() {
    Outlined go =
        Outlined.of(
            Language.GO,
            "server/server.go",
            """
            package server

            import (
            	"fmt"
            	"net/http"
            )

            // MaxConns limits connections.
            const MaxConns = 10

            // Server serves requests.
            type Server struct {
            	addr string
            }

            type Handler interface {
            	Serve(w http.ResponseWriter) error
            }

            // Start starts the server.
            func (s *Server) Start() error {
            	fmt.Println("start", s.addr)
            	return nil
            }

            func New(addr string) *Server {
            	return &Server{addr: addr}
            }
            """);

    assertThat(go.outline().packageName()).isEqualTo("server");
    go.assertDefinition("server.MaxConns", SymbolKind.CONSTANT, 9, 9);
    go.assertDefinition("server.Server", SymbolKind.STRUCT, 12, 14);
    go.assertDefinition("server.Server.addr", SymbolKind.FIELD, 13, 13);
    go.assertDefinition("server.Handler", SymbolKind.INTERFACE, 16, 18);
    go.assertDefinition("server.Server.Start", SymbolKind.METHOD, 21, 24);
    go.assertDefinition("server.New", SymbolKind.FUNCTION, 26, 28);
    var start = go.definition("server.Server.Start");
    assertThat(start.container()).isEqualTo("server.Server");
    assertThat(start.signature()).isEqualTo("func (s *Server) Start() error");
    assertThat(start.doc()).isEqualTo("Start starts the server.");
    assertThat(go.definition("server.Server").signature()).isEqualTo("type Server struct");
    assertThat(go.outline().imports()).containsExactly("fmt", "net/http");
    assertThat(go.references(RefKind.CALL)).containsExactly("Println@22<server.Server.Start");
    assertThat(go.references(RefKind.INSTANTIATION)).containsExactly("Server@27<server.New");
  }

  @Test
  void outlinesCFunctionsTypesAndMacros() {
    Outlined c =
        Outlined.of(
            Language.C,
            "src/util.c",
            """
            #include <stdio.h>
            #include "util.h"

            #define MAX 10

            typedef struct { int x; int y; } point_t;

            enum color { RED, GREEN };

            /* Adds two numbers. */
            int add(int a, int b) {
                return helper(a) + b;
            }

            static char *name(void) { return "x"; }
            """);

    c.assertDefinition("MAX", SymbolKind.MACRO, 4, 4);
    c.assertDefinition("point_t", SymbolKind.TYPE_ALIAS, 6, 6);
    c.assertDefinition("point_t.x", SymbolKind.FIELD, 6, 6);
    c.assertDefinition("color", SymbolKind.ENUM, 8, 8);
    c.assertDefinition("color.RED", SymbolKind.ENUM_CONSTANT, 8, 8);
    c.assertDefinition("add", SymbolKind.FUNCTION, 11, 13);
    c.assertDefinition("name", SymbolKind.FUNCTION, 15, 15);
    assertThat(c.definition("add").signature()).isEqualTo("int add(int a, int b)");
    assertThat(c.definition("add").doc()).isEqualTo("Adds two numbers.");
    assertThat(c.outline().imports()).containsExactly("stdio.h", "util.h");
    assertThat(c.references(RefKind.CALL)).containsExactly("helper@12<add");
  }

  @Test
  void outlinesPrototypesAndExternsInsideHeaderGuards() {
    Outlined header =
        Outlined.of(
            Language.C,
            "include/util.h",
            """
            #ifndef UTIL_H
            #define UTIL_H
            /* Adds two numbers. */
            int add(int a, int b);
            char *name(void);
            extern int counter;
            #endif
            """);

    header.assertDefinition("add", SymbolKind.FUNCTION, 4, 4);
    header.assertDefinition("name", SymbolKind.FUNCTION, 5, 5);
    header.assertDefinition("counter", SymbolKind.VARIABLE, 6, 6);
    assertThat(header.definition("add").doc()).isEqualTo("Adds two numbers.");
  }

  @Test
  void outlinesCppNamespacesClassesAndOutOfLineMethods() {
    Outlined cpp =
        Outlined.of(
            Language.CPP,
            "src/shape.cpp",
            """
            #include "shape.hpp"

            namespace geo {

            /// A shape.
            class Shape : public Base {
             public:
              virtual double area() const;
              Shape(int w) : w_(w) {}
             private:
              int w_;
            };

            double Shape::area() const { return compute(w_); }

            }  // namespace geo

            int main() {
              geo::Shape* s = new geo::Shape(3);
              return s->area();
            }
            """);

    cpp.assertDefinition("geo", SymbolKind.MODULE, 3, 16);
    cpp.assertDefinition("geo.Shape", SymbolKind.CLASS, 6, 12);
    cpp.assertDefinition("geo.Shape.Shape", SymbolKind.CONSTRUCTOR, 9, 9);
    cpp.assertDefinition("geo.Shape.w_", SymbolKind.FIELD, 11, 11);
    cpp.assertDefinition("main", SymbolKind.FUNCTION, 18, 21);
    assertThat(cpp.outline().definitions())
        .filteredOn(d -> d.qualifiedName().equals("geo.Shape.area"))
        .extracting(d -> d.location().line())
        .containsExactly(8, 14);
    assertThat(cpp.definition("geo.Shape").doc()).isEqualTo("A shape.");
    assertThat(cpp.outline().imports()).containsExactly("shape.hpp");
    assertThat(cpp.references(RefKind.CALL))
        .containsExactly("compute@14<geo.Shape.area", "area@20<main");
    assertThat(cpp.references(RefKind.INSTANTIATION)).containsExactly("Shape@19<main");
    assertThat(cpp.references(RefKind.EXTENDS)).containsExactly("Base@6<geo.Shape");
  }

  @Test
  void outlinesRustItemsWithImplMethodsUnderTheirType() {
    Outlined rust =
        Outlined.of(
            Language.RUST,
            "src/geometry.rs",
            """
            use std::collections::HashMap;

            /// A point.
            #[derive(Debug)]
            pub struct Point { x: i32 }

            pub trait Area { fn area(&self) -> f64; }

            const MAX: usize = 10;

            impl Area for Point {
                fn area(&self) -> f64 { compute(self.x) }
            }

            mod inner {
                pub fn helper() {}
            }

            macro_rules! square { ($x:expr) => { $x * $x }; }

            fn main() {
                let p = Point { x: 1 };
                let m: HashMap<String, Point> = HashMap::new();
            }
            """);

    rust.assertDefinition("Point", SymbolKind.STRUCT, 5, 5);
    rust.assertDefinition("Area", SymbolKind.TRAIT, 7, 7);
    rust.assertDefinition("Area.area", SymbolKind.METHOD, 7, 7);
    rust.assertDefinition("MAX", SymbolKind.CONSTANT, 9, 9);
    rust.assertDefinition("Point.area", SymbolKind.METHOD, 12, 12);
    rust.assertDefinition("inner.helper", SymbolKind.FUNCTION, 16, 16);
    rust.assertDefinition("square", SymbolKind.MACRO, 19, 19);
    rust.assertDefinition("main", SymbolKind.FUNCTION, 21, 24);
    assertThat(rust.definition("Point").doc()).isEqualTo("A point.");
    assertThat(rust.definition("Point.area").container()).isEqualTo("Point");
    assertThat(rust.outline().imports()).containsExactly("std::collections::HashMap");
    assertThat(rust.references(RefKind.CALL))
        .containsExactly("compute@12<Point.area", "new@23<main");
    assertThat(rust.references(RefKind.IMPLEMENTS)).containsExactly("Area@11<null");
    assertThat(rust.references(RefKind.INSTANTIATION)).containsExactly("Point@22<main");
  }
}
