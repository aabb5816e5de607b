package dev.garlic.testkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrajectoryTest {

  @Test
  void loadsEveryKindOfReplyFromAResource() {
    List<ScriptedReply> replies = Trajectory.fromResource(TrajectoryTest.class, "trajectory.json");

    assertThat(replies).hasSize(4);
    assertThat(replies.get(0).text()).isEqualTo("Let me look.");
    assertThat(replies.get(1).calls())
        .containsExactly(new ScriptedToolCall("call_1", "read_file", "{\"path\":\"pom.xml\"}"));
    assertThat(replies.get(2).errorStatus()).isEqualTo(429);
    assertThat(replies.get(2).retryAfterSeconds()).isEqualTo(2);
    assertThat(replies.get(3).usage()).isEqualTo(new ReplyUsage(1200, 1000, 80, 30));
    assertThat(replies.get(3).pause()).isEqualTo(Duration.ofMillis(20));
  }

  @Test
  void keepsStringArgumentsVerbatimSoMalformedArgumentsCanBeScripted() {
    String json =
        "[{\"toolCalls\":[{\"id\":\"c\",\"name\":\"shell\",\"arguments\":\"{\\\"cmd\\\": \"}]}]";

    assertThat(Trajectory.parse(json).getFirst().calls().getFirst().argumentsJson())
        .isEqualTo("{\"cmd\": ");
  }

  @Test
  void namesTheReplyThatIsMalformed() {
    assertThatThrownBy(() -> Trajectory.parse("[{\"text\":\"ok\"},{\"usage\":{}}]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("trajectory reply 1:");
  }

  @Test
  void rejectsATrajectoryThatIsNotAnArray() {
    assertThatThrownBy(() -> Trajectory.parse("{\"text\":\"ok\"}"))
        .hasMessageContaining("JSON array");
  }

  @Test
  void namesAMissingResource() {
    assertThatThrownBy(() -> Trajectory.fromResource(TrajectoryTest.class, "missing.json"))
        .hasMessageContaining("missing.json");
  }
}
