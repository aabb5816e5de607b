package dev.garlic.index.rank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StackFrameTest {

  @Test
  void parsesJavaFramesWithModuleAndLoaderPrefixes() {
    List<StackFrame> frames =
        StackFrame.parse(
            """
            java.lang.IllegalStateException: boom
            \tat java.base/java.util.ArrayList.get(ArrayList.java:427)
            \tat app//com.acme.shop.Cart$Line.total(Cart.java:42)
            """);

    assertThat(frames).hasSize(2);
    StackFrame cart = frames.get(1);
    assertThat(cart.className()).isEqualTo("com.acme.shop.Cart$Line");
    assertThat(cart.method()).isEqualTo("total");
    assertThat(cart.line()).isEqualTo(42);
    assertThat(cart.depth()).isEqualTo(1);
    assertThat(cart.likelyPath()).isEqualTo("com/acme/shop/Cart.java");
  }

  @Test
  void treatsTheLastCausedByTraceAsTheRootCause() {
    List<StackFrame> frames =
        StackFrame.parse(
            """
            java.lang.RuntimeException: wrapped
            \tat com.acme.Outer.run(Outer.java:10)
            Caused by: java.io.IOException: disk
            \tat com.acme.Inner.read(Inner.java:20)
            """);

    assertThat(frames).extracting(StackFrame::fileName).containsExactly("Outer.java", "Inner.java");
    assertThat(frames).extracting(StackFrame::rootCause).containsExactly(false, true);
  }

  @Test
  void readsPythonTracebacksInnermostFrameFirst() {
    List<StackFrame> frames =
        StackFrame.parse(
            """
            Traceback (most recent call last):
              File "/home/me/proj/app/main.py", line 8, in <module>
                run()
              File "/home/me/proj/app/core.py", line 3, in run
                1 / 0
            ZeroDivisionError: division by zero
            """);

    assertThat(frames).hasSize(2);
    assertThat(frames.get(1).file()).isEqualTo("/home/me/proj/app/core.py");
    assertThat(frames.get(1).method()).isEqualTo("run");
    assertThat(frames.get(1).depth()).isZero();
    assertThat(frames.get(0).depth()).isEqualTo(1);
  }

  @Test
  void findsBareFileAndLineMentions() {
    List<StackFrame> frames =
        StackFrame.parse("The check in Parser.java:120 and src/util/text.py:7 is wrong.");

    assertThat(frames)
        .extracting(StackFrame::toString)
        .containsExactly("Parser.java:120", "text.py:7");
    assertThat(frames.get(1).likelyPath()).isEqualTo("src/util/text.py");
  }

  @Test
  void findsNoFramesInProse() {
    assertThat(StackFrame.parse("Sorting at random (see the docs) fails.")).isEmpty();
  }
}
