package corpus.cwe502;

import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Reads through an ObjectInputStream subclass whose resolveClass allows only String. */
public class AllowListSubclass {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    Object state = new AllowListInput(request.getInputStream()).readObject(); // EXPECT: none
  }

  private static final class AllowListInput extends ObjectInputStream {
    AllowListInput(InputStream in) throws IOException {
      super(in);
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
      if (!desc.getName().equals("java.lang.String")) {
        throw new InvalidClassException(desc.getName(), "not allowed");
      }
      return super.resolveClass(desc);
    }
  }
}
