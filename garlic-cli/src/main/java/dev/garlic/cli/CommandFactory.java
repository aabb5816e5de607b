package dev.garlic.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Creates picocli's command objects, handing the {@link Invocation} to those whose constructor
 * takes one, so that commands need no static state.
 */
final class CommandFactory implements IFactory {

  private final Invocation invocation;

  CommandFactory(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      Class<?>[] parameters = constructor.getParameterTypes();
      if (parameters.length == 1 && parameters[0] == Invocation.class) {
        constructor.setAccessible(true);
        return type.cast(constructor.newInstance(invocation));
      }
    }
    return CommandLine.defaultFactory().create(type);
  }
}
