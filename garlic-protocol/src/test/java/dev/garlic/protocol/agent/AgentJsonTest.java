package dev.garlic.protocol.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.garlic.protocol.usage.TokenUsage;
import org.junit.jupiter.api.Test;

class AgentJsonTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void writesTheTypeAndTheReasonOfATurnCompleteInSnakeCase() throws Exception {
    Event event = new Event.TurnComplete(7, "s1", TurnEndReason.MAX_STEPS, "stopped");

    assertThat(json.writeValueAsString(event))
        .isEqualTo(
            "{\"type\":\"turn_complete\",\"seq\":7,\"session_id\":\"s1\","
                + "\"reason\":\"max_steps\",\"summary\":\"stopped\"}");
  }

  @Test
  void readsBackAnEventItWrote() throws Exception {
    Event event = new Event.UsageUpdate(3, "s1", new TokenUsage(10, 2, 5, 1), TokenUsage.ZERO, 0.5);

    assertThat(json.readValue(json.writeValueAsString(event), Event.class)).isEqualTo(event);
  }

  @Test
  void readsAUserInputOp() throws Exception {
    Op op = json.readValue("{\"type\":\"user_input\",\"text\":\"hi\"}", Op.class);

    assertThat(op).isEqualTo(new Op.UserInput("hi"));
  }
}
