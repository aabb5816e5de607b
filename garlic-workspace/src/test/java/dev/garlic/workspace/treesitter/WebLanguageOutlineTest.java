package dev.garlic.workspace.treesitter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.protocol.code.RefKind;
import dev.garlic.protocol.code.SymbolKind;
import dev.garlic.workspace.Language;
import org.junit.jupiter.api.Test;

class WebLanguageOutlineTest {

  private static final String JAVASCRIPT =
      """
      import { readFile } from 'fs';
      const path = require('path');

      /** A shape. */
      class Shape extends Base {
        constructor(w) { this.w = w; }
        area() { return compute(this.w); }
      }

      // Builds a shape.
      export function make(w) {
        return new Shape(w);
      }

      export const double = (x) => x * 2;
      """;

  private static final String TYPESCRIPT =
      """
      import { Injectable } from '@angular/core';

      export interface Repo<T> {
        find(id: string): T;
      }

      export type Id = string | number;

      enum Color { Red, Green }

      namespace Util {
        export function noop(): void {}
      }

      /** Stores users. */
      @Injectable()
      export class UserRepo extends BaseRepo implements Repo<User> {
        private cache: Map<string, User> = new Map();
        find(id: string): User {
          return this.cache.get(id) ?? load(id);
        }
      }

      export const handler = async (req: Request): Promise<Response> => {
        return respond(req);
      };
      """;

  @Test
  void outlinesJavaScriptClassesFunctionsAndArrowFunctions() {
    Outlined js = Outlined.of(Language.JAVASCRIPT, "src/shape.js", JAVASCRIPT);

    js.assertDefinition("path", SymbolKind.VARIABLE, 2, 2);
    js.assertDefinition("Shape", SymbolKind.CLASS, 5, 8);
    js.assertDefinition("Shape.constructor", SymbolKind.CONSTRUCTOR, 6, 6);
    js.assertDefinition("Shape.area", SymbolKind.METHOD, 7, 7);
    js.assertDefinition("make", SymbolKind.FUNCTION, 11, 13);
    js.assertDefinition("double", SymbolKind.FUNCTION, 15, 15);
    assertThat(js.definition("make").signature()).isEqualTo("export function make(w)");
    assertThat(js.definition("make").doc()).isEqualTo("Builds a shape.");
    assertThat(js.definition("Shape").doc()).isEqualTo("A shape.");
    assertThat(js.outline().imports()).containsExactly("fs", "path");
    assertThat(js.references(RefKind.CALL)).contains("compute@7<Shape.area");
    assertThat(js.references(RefKind.INSTANTIATION)).containsExactly("Shape@12<make");
    assertThat(js.references(RefKind.EXTENDS)).containsExactly("Base@5<Shape");
  }

  @Test
  void outlinesTypeScriptTypesNamespacesAndMembers() {
    Outlined ts = Outlined.of(Language.TYPESCRIPT, "src/repo.ts", TYPESCRIPT);

    ts.assertDefinition("Repo", SymbolKind.INTERFACE, 3, 5);
    ts.assertDefinition("Repo.find", SymbolKind.METHOD, 4, 4);
    ts.assertDefinition("Id", SymbolKind.TYPE_ALIAS, 7, 7);
    ts.assertDefinition("Color", SymbolKind.ENUM, 9, 9);
    ts.assertDefinition("Util", SymbolKind.MODULE, 11, 13);
    ts.assertDefinition("Util.noop", SymbolKind.FUNCTION, 12, 12);
    ts.assertDefinition("UserRepo", SymbolKind.CLASS, 17, 22);
    ts.assertDefinition("UserRepo.cache", SymbolKind.FIELD, 18, 18);
    ts.assertDefinition("UserRepo.find", SymbolKind.METHOD, 19, 21);
    ts.assertDefinition("handler", SymbolKind.FUNCTION, 24, 26);
    assertThat(ts.definition("UserRepo").doc()).isEqualTo("Stores users.");
    assertThat(ts.definition("Id").signature()).isEqualTo("export type Id = string | number");
    assertThat(ts.outline().imports()).containsExactly("@angular/core");
  }

  @Test
  void findsTypeScriptReferencesByHowTheyAreUsed() {
    Outlined ts = Outlined.of(Language.TYPESCRIPT, "src/repo.ts", TYPESCRIPT);

    assertThat(ts.references(RefKind.CALL))
        .containsExactly("get@20<UserRepo.find", "load@20<UserRepo.find", "respond@25<handler");
    assertThat(ts.references(RefKind.ANNOTATION)).containsExactly("Injectable@16<null");
    assertThat(ts.references(RefKind.EXTENDS)).containsExactly("BaseRepo@17<UserRepo");
    assertThat(ts.references(RefKind.IMPLEMENTS)).containsExactly("Repo@17<UserRepo");
    assertThat(ts.references(RefKind.INSTANTIATION)).containsExactly("Map@18<UserRepo.cache");
    assertThat(ts.references(RefKind.TYPE_USE)).contains("User@19<UserRepo.find");
  }

  @Test
  void readsTsxFilesWithTheTypeScriptGrammarAndKeepsTheirTopLevelFunctions() {
    Outlined tsx =
        Outlined.of(
            Language.TYPESCRIPT,
            "src/Button.tsx",
            """
            import React from 'react';

            export function Button(props: Props) {
              return <button>{props.title}</button>;
            }
            """);

    tsx.assertDefinition("Button", SymbolKind.FUNCTION, 3, 5);
    assertThat(tsx.outline().imports()).containsExactly("react");
  }
}
