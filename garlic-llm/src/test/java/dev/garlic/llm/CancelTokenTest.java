package dev.garlic.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CancelTokenTest {

  @Test
  void runsEachHookOnceWhenCancelledTwice() {
    CancelToken token = new CancelToken();
    AtomicInteger runs = new AtomicInteger();
    token.onCancel(runs::incrementAndGet);

    token.cancel();
    token.cancel();

    assertThat(runs).hasValue(1);
  }

  @Test
  void runsAHookAtOnceWhenAlreadyCancelled() {
    CancelToken token = new CancelToken();
    token.cancel();
    AtomicInteger runs = new AtomicInteger();

    token.onCancel(runs::incrementAndGet);

    assertThat(runs).hasValue(1);
  }

  @Test
  void forgetsAHookWhoseRegistrationIsClosed() {
    CancelToken token = new CancelToken();
    AtomicInteger runs = new AtomicInteger();
    token.onCancel(runs::incrementAndGet).close();

    token.cancel();

    assertThat(runs).hasValue(0);
  }
}
