package dev.garlic.workspace.treesitter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.protocol.code.RefKind;
import dev.garlic.protocol.code.SymbolKind;
import dev.garlic.workspace.Language;
import org.junit.jupiter.api.Test;

class JvmAndDotnetOutlineTest {

  @Test
  void outlinesKotlinInItsPackage() {
    Outlined kotlin =
        Outlined.of(
            Language.KOTLIN,
            "src/main/kotlin/com/acme/app/User.kt",
            """
            package com.acme.app

            import kotlin.math.max
            import com.acme.util.*

            /** A user. */
            data class User(val name: String) : Entity(), Named {
                fun greet(): String = format(name)
            }

            interface Named

            object Registry {
                fun register(u: User) { println(u) }
            }

            typealias Users = List<User>

            enum class Color { RED, GREEN }

            fun topLevel(x: Int): Int {
                return max(x, 1)
            }
            """);

    assertThat(kotlin.outline().packageName()).isEqualTo("com.acme.app");
    kotlin.assertDefinition("com.acme.app.User", SymbolKind.CLASS, 7, 9);
    kotlin.assertDefinition("com.acme.app.User.greet", SymbolKind.METHOD, 8, 8);
    kotlin.assertDefinition("com.acme.app.Named", SymbolKind.INTERFACE, 11, 11);
    kotlin.assertDefinition("com.acme.app.Registry.register", SymbolKind.METHOD, 14, 14);
    kotlin.assertDefinition("com.acme.app.Users", SymbolKind.TYPE_ALIAS, 17, 17);
    kotlin.assertDefinition("com.acme.app.Color", SymbolKind.ENUM, 19, 19);
    kotlin.assertDefinition("com.acme.app.Color.RED", SymbolKind.ENUM_CONSTANT, 19, 19);
    kotlin.assertDefinition("com.acme.app.topLevel", SymbolKind.FUNCTION, 21, 23);
    assertThat(kotlin.definition("com.acme.app.User").doc()).isEqualTo("A user.");
    assertThat(kotlin.outline().imports()).containsExactly("kotlin.math.max", "com.acme.util.*");
    assertThat(kotlin.references(RefKind.CALL))
        .containsExactly(
            "format@8<com.acme.app.User.greet",
            "println@14<com.acme.app.Registry.register",
            "max@22<com.acme.app.topLevel");
    assertThat(kotlin.references(RefKind.EXTENDS)).containsExactly("Entity@7<com.acme.app.User");
  }

  @Test
  void outlinesScalaInItsPackage() {
    Outlined scala =
        Outlined.of(
            Language.SCALA,
            "src/main/scala/com/acme/shop/Order.scala",
            """
            package com.acme.shop

            import scala.collection.mutable

            /** An order. */
            case class Order(id: Int) extends Entity with Named {
              def total(): Double = compute(id)
            }

            trait Named { def name: String }

            object Order {
              val Max = 5
              def build(): Order = new Order(1)
            }

            type Orders = List[Order]
            """);

    scala.assertDefinition("com.acme.shop.Order", SymbolKind.CLASS, 6, 8);
    scala.assertDefinition("com.acme.shop.Order.total", SymbolKind.METHOD, 7, 7);
    scala.assertDefinition("com.acme.shop.Named", SymbolKind.TRAIT, 10, 10);
    scala.assertDefinition("com.acme.shop.Order.Max", SymbolKind.FIELD, 13, 13);
    scala.assertDefinition("com.acme.shop.Order.build", SymbolKind.METHOD, 14, 14);
    scala.assertDefinition("com.acme.shop.Orders", SymbolKind.TYPE_ALIAS, 17, 17);
    assertThat(scala.definition("com.acme.shop.Order").doc()).isEqualTo("An order.");
    assertThat(scala.outline().imports()).containsExactly("scala.collection.mutable");
    assertThat(scala.references(RefKind.CALL))
        .containsExactly("compute@7<com.acme.shop.Order.total");
    assertThat(scala.references(RefKind.INSTANTIATION))
        .containsExactly("Order@14<com.acme.shop.Order.build");
  }

  @Test
  void outlinesCSharpInItsNamespace() {
    Outlined csharp =
        Outlined.of(
            Language.CSHARP,
            "Shop/Order.cs",
            """
            using System;
            using System.Collections.Generic;

            namespace Acme.Shop
            {
                /// <summary>An order.</summary>
                public class Order : Entity, IOrder
                {
                    public const int Max = 5;
                    public Order(int id) { Id = id; }
                    public int Id { get; set; }
                    public decimal Total() { return Compute(Id); }
                }

                public interface IOrder { decimal Total(); }

                public enum Status { Open, Closed }

                public record Money(decimal Amount);
            }
            """);

    csharp.assertDefinition("Acme.Shop", SymbolKind.MODULE, 4, 20);
    csharp.assertDefinition("Acme.Shop.Order", SymbolKind.CLASS, 7, 13);
    csharp.assertDefinition("Acme.Shop.Order.Max", SymbolKind.CONSTANT, 9, 9);
    csharp.assertDefinition("Acme.Shop.Order.Order", SymbolKind.CONSTRUCTOR, 10, 10);
    csharp.assertDefinition("Acme.Shop.Order.Id", SymbolKind.FIELD, 11, 11);
    csharp.assertDefinition("Acme.Shop.Order.Total", SymbolKind.METHOD, 12, 12);
    csharp.assertDefinition("Acme.Shop.IOrder", SymbolKind.INTERFACE, 15, 15);
    csharp.assertDefinition("Acme.Shop.Status", SymbolKind.ENUM, 17, 17);
    csharp.assertDefinition("Acme.Shop.Money", SymbolKind.RECORD, 19, 19);
    assertThat(csharp.definition("Acme.Shop.Order").doc()).isEqualTo("An order.");
    assertThat(csharp.outline().imports()).containsExactly("System", "System.Collections.Generic");
    assertThat(csharp.references(RefKind.CALL)).containsExactly("Compute@12<Acme.Shop.Order.Total");
    assertThat(csharp.references(RefKind.EXTENDS))
        .containsExactly("Entity@7<Acme.Shop.Order", "IOrder@7<Acme.Shop.Order");
  }
}
