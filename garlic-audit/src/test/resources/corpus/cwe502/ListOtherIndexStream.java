package corpus.cwe502;

import java.io.FileInputStream;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Reads the local stream of a list that also holds the request body. */
public class ListOtherIndexStream {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    List<InputStream> streams = new ArrayList<>();
    streams.add(new FileInputStream("/srv/state.ser"));
    streams.add(request.getInputStream());
    Object state = new ObjectInputStream(streams.get(0)).readObject(); // EXPECT: none
  }
}
