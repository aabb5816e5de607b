package dev.garlic.agent.models;

import dev.garlic.agent.loop.ModelBinder;
import dev.garlic.llm.ConnectionSettings;
import dev.garlic.llm.ModelException;
import dev.garlic.llm.ModelProvider;
import dev.garlic.llm.ModelRef;
import dev.garlic.llm.ProviderConfig;
import dev.garlic.llm.provider.ModelProviders;
import dev.garlic.spi.GarlicException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The models of a {@link ModelSetup} as a session can use them: one client per provider, made on
 * first use and shared by every model of that provider, closed together by {@link #close()}. Also
 * the {@link ModelBinder} a session switches models through. Thread-safe.
 */
public final class ConfiguredModels implements ModelBinder, AutoCloseable {

  private final ModelSetup setup;
  private final Map<String, String> env;
  private final ConnectionSettings connection;
  private final Map<String, ModelProvider> clients = new LinkedHashMap<>();

  public ConfiguredModels(
      ModelSetup setup, Map<String, String> env, ConnectionSettings connection) {
    this.setup = setup;
    this.env = Map.copyOf(env);
    this.connection = connection;
  }

  public ModelSetup setup() {
    return setup;
  }

  /**
   * The client for {@code model}'s provider.
   *
   * @throws GarlicException (config) when the provider does not exist or its key is not set
   */
  public synchronized ModelProvider client(ModelRef model) {
    ModelProvider client = clients.get(model.provider());
    if (client == null) {
      ProviderConfig provider =
          setup
              .provider(model.provider())
              .orElseThrow(
                  () ->
                      GarlicException.config(
                          "no provider \""
                              + model.provider()
                              + "\"; add [providers."
                              + model.provider()
                              + "] or use one of "
                              + setup.providers().stream().map(ProviderConfig::name).toList()));
      try {
        client = ModelProviders.create(provider, env, connection);
      } catch (ModelException e) {
        throw new GarlicException(e.error(), e);
      }
      clients.put(model.provider(), client);
    }
    return client;
  }

  @Override
  public Binding bind(String spec) {
    ModelRef model;
    try {
      model = ModelRef.parse(spec);
    } catch (ModelException e) {
      throw new GarlicException(e.error(), e);
    }
    return new Binding(model, client(model), setup.catalog().info(model).price());
  }

  @Override
  public synchronized void close() {
    RuntimeException failure = null;
    for (ModelProvider client : clients.values()) {
      try {
        client.close();
      } catch (RuntimeException e) {
        failure = failure == null ? e : failure;
      }
    }
    clients.clear();
    if (failure != null) {
      throw failure;
    }
  }
}
