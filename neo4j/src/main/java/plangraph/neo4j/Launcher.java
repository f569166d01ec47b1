package plangraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * An embedded Neo4j Community DBMS that neo4j-driver talks to over Bolt on
 * 127.0.0.1, exactly as to a server. Configured by environment variables (the
 * same names as the app's configuration table in README.md):
 *
 * <pre>
 *   PLANGRAPH_DATA_DIR  the store lives in $PLANGRAPH_DATA_DIR/neo4j   (default .data)
 *   NEO4J_BOLT_PORT     Bolt port on 127.0.0.1                         (default 7687)
 *   NEO4J_PAGECACHE     page cache size                                (default 256m)
 *   NEO4J_TX_MEMORY     memory all running transactions may use        (default 256m)
 *   NEO4J_AUTH          "none", or "neo4j/&lt;password&gt;" as for the Docker image (default none)
 * </pre>
 *
 * While Bolt is up, $PLANGRAPH_DATA_DIR/neo4j/plangraph-launcher.json holds
 * {"uri": "bolt://127.0.0.1:PORT", "pid": PID}, so that a CLI command started
 * while `plangraph serve` runs can use this Neo4j instead of failing on the
 * port or the store lock; the shutdown hook removes it.
 *
 * LOAD CSV cannot read local files (file:// URLs are refused): with auth off,
 * anyone on this machine who reaches Bolt could otherwise read any file the
 * JVM can, e.g. LOAD CSV FROM 'file:///etc/passwd'.
 *
 * The heap is set by the caller with -Xmx. Argument --exit-on-stdin-eof makes
 * the launcher stop when its parent goes away (stdin closes), so a crashed
 * Node process never leaves a Neo4j behind holding the store lock.
 *
 * Protocol for the parent: one line "PLANGRAPH_NEO4J_READY bolt://127.0.0.1:PORT"
 * on stdout once Bolt accepts connections; on failure one line
 * "PLANGRAPH_NEO4J_FAILED &lt;cause&gt;: &lt;message&gt;" on stderr and a non-zero exit
 * (3 port in use, 4 store locked by another Neo4j, 1 anything else).
 */
public final class Launcher {
  static final int EXIT_FAILED = 1;
  static final int EXIT_PORT_IN_USE = 3;
  static final int EXIT_STORE_LOCKED = 4;
  /** Where a running launcher says how to reach it (see src/graph/running-neo4j.ts). */
  static final String RECORD_FILE = "plangraph-launcher.json";

  public static void main(String[] args) {
    Path home = Path.of(env("PLANGRAPH_DATA_DIR", ".data")).resolve("neo4j").toAbsolutePath();
    int port = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
    String auth = env("NEO4J_AUTH", "none");
    boolean authEnabled = !auth.equals("none");

    DatabaseManagementService dbms;
    try {
      dbms = new DatabaseManagementServiceBuilder(home)
          .setConfig(BoltConnector.enabled, true)
          // Loopback only: with auth off by default, nothing outside this machine may connect.
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
          .setConfig(HttpConnector.enabled, false)
          .setConfig(GraphDatabaseSettings.auth_enabled, authEnabled)
          // No local files through LOAD CSV (see above); the loader sends its data as parameters.
          .setConfig(GraphDatabaseSettings.allow_file_urls, false)
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(env("NEO4J_PAGECACHE", "256m")))
          .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.parse(env("NEO4J_TX_MEMORY", "256m")))
          // Small plans, small disks: don't reserve 256 MB per transaction log file up front.
          .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
          .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
          // Netty's graceful Bolt shutdown waits a quiet period (default 5 s, up to 15 s) for
          // more work; a local dev database stops in ~1 s without it, and data is safe either way.
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(3))
          .build();
    } catch (RuntimeException e) {
      fail(e);
      return;
    }
    // Registered before anything else can fail, so SIGTERM/SIGINT always flush and unlock the store.
    Path record = home.resolve(RECORD_FILE);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      deleteQuietly(record); // first, so that nobody picks a Neo4j that is going away
      dbms.shutdown();
      System.out.println("PLANGRAPH_NEO4J_STOPPED");
    }, "plangraph-neo4j-shutdown"));

    try {
      GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      if (!db.isAvailable(Duration.ofMinutes(2).toMillis())) {
        throw new IllegalStateException("the database 'neo4j' did not become available within 2 minutes");
      }
      if (authEnabled) setPassword(dbms, auth);
    } catch (RuntimeException e) {
      fail(e);
      return;
    }

    writeRecord(record, "bolt://127.0.0.1:" + port);
    System.out.println("PLANGRAPH_NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();
    if (hasArg(args, "--exit-on-stdin-eof")) {
      waitForEof(System.in);
      System.exit(0); // runs the shutdown hook
    }
    // Otherwise the non-daemon Bolt threads keep the JVM alive until a signal arrives.
  }

  /** NEO4J_AUTH is "neo4j/<password>"; set it on every start so changing the variable changes the password. */
  private static void setPassword(DatabaseManagementService dbms, String auth) {
    int slash = auth.indexOf('/');
    if (slash < 0 || !auth.substring(0, slash).equals("neo4j")) {
      throw new IllegalArgumentException("NEO4J_AUTH must be 'none' or 'neo4j/<password>'");
    }
    String password = auth.substring(slash + 1);
    dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
        java.util.Map.of("password", password));
  }

  private static void fail(Throwable e) {
    String chain = describe(e);
    int code = EXIT_FAILED;
    String cause = "error";
    if (chain.contains("PortBindException") || chain.contains("BindException") || chain.contains("Address already in use")) {
      code = EXIT_PORT_IN_USE;
      cause = "port-in-use";
    } else if (chain.contains("FileLockException") || chain.contains("Lock file has been locked")) {
      code = EXIT_STORE_LOCKED;
      cause = "store-locked";
    }
    System.err.println("PLANGRAPH_NEO4J_FAILED " + cause + ": " + firstLine(e));
    e.printStackTrace(System.err);
    System.err.flush();
    // halt, not exit: a half-started DBMS may hold non-daemon threads or hooks that would block.
    Runtime.getRuntime().halt(code);
  }

  /** Class names and messages of the whole cause chain, for classifying a failure. */
  private static String describe(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      sb.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
    }
    return sb.toString();
  }

  /** The innermost message usually names the real problem (a port, a lock file). */
  private static String firstLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) root = root.getCause();
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  /** Written to a temporary file and moved into place, so a reader never sees half a record. */
  private static void writeRecord(Path record, String uri) {
    String json = "{\"uri\": \"" + uri + "\", \"pid\": " + ProcessHandle.current().pid() + "}\n";
    try {
      Path tmp = record.resolveSibling(RECORD_FILE + ".tmp");
      Files.writeString(tmp, json);
      Files.move(tmp, record, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // Only CLI commands run alongside lose out: they fail on the port as before.
      System.err.println("plangraph: could not write " + record + ": " + e.getMessage());
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A stale record is harmless: readers check that the process and the port still answer.
    }
  }

  private static void waitForEof(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // Anything written to stdin is ignored; only its end matters.
      }
    } catch (IOException e) {
      // A broken pipe means the parent is gone, the same as EOF.
    }
  }

  private static boolean hasArg(String[] args, String name) {
    for (String a : args) if (a.equals(name)) return true;
    return false;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }
}
