package dev.garlic.bench.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasuredProcessTest {

  @Test
  void addsUserAndSystemTimeFromTheLastLineOfGnuTime() throws IOException {
    MeasuredProcess.Measurement m =
        MeasuredProcess.parse(
            2, List.of("Command exited with non-zero status 2", "3.50 5.25 0.75 524288"), "boom");

    assertThat(m)
        .isEqualTo(new MeasuredProcess.Measurement(2, 3.5, 6.0, 524288, "boom"))
        .returns(false, MeasuredProcess.Measurement::succeeded);
  }

  @Test
  void rejectsOutputThatIsNotTheAskedFormat() {
    assertThatThrownBy(() -> MeasuredProcess.parse(0, List.of("0:03.50 elapsed"), ""))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("unexpected GNU time output");
  }
}
