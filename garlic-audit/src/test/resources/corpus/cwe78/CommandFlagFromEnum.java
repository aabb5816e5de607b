package corpus.cwe78;

import java.util.Locale;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Maps the input to an enum constant whose flag goes into the command. */
public class CommandFlagFromEnum {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    Mode mode = Mode.valueOf(request.getParameter("mode").toUpperCase(Locale.ROOT));
    Runtime.getRuntime().exec(new String[] {"tar", mode.flag, "/srv/backup.tar"}); // EXPECT: none
  }

  enum Mode {
    LIST("-t"),
    EXTRACT("-x");

    final String flag;

    Mode(String flag) {
      this.flag = flag;
    }
  }
}
