// Starts Neo4j 5.26 community, embedded, with Bolt on 127.0.0.1 and nothing else: the project's own
// database when no NEO4J_URI and no Docker engine are available. Node compiles this file once with javac
// (server/src/neo4j/local-neo4j.ts) and runs it on the classpath Maven resolved from pom.xml beside it.
//
// Contract with the parent process (kept small so any language could drive it):
//   stdout  progress lines, then exactly one line "READY bolt://127.0.0.1:<port>" once Cypher answers.
//   stdin   the parent keeps it open; EOF (the parent exited or closed it) shuts the database down cleanly.
//   signals SIGTERM/SIGINT shut down cleanly too (shutdown hook); exit code 0 after a clean stop.
//   args    --home DIR  --port N (0 = a free one)  --pagecache SIZE  --tx-timeout DURATION
//           --tx-memory SIZE (one transaction)  --tx-total-memory SIZE (all transactions together)
//           --password-file FILE (the neo4j user's password, first line; auth is on whenever it is given)
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map.Entry;
import java.util.TreeMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

public final class Launcher {
    private static final CountDownLatch STOPPED = new CountDownLatch(1);
    private static final CountDownLatch READY = new CountDownLatch(1);
    private static volatile DatabaseManagementService service;

    public static void main(String[] argv) {
        try {
            run(argv);
        } catch (Throwable e) {
            // Neo4j's own threads are not daemons: without an explicit exit, a failed start would hang forever
            // instead of telling the parent (and its supervisor) that it failed.
            System.err.println("neo4j-launcher: failed: " + e);
            e.printStackTrace();
            shutdown();
            System.exit(1);
        }
    }

    private static void run(String[] argv) throws Exception {
        Map<String, String> args = parseArgs(argv);
        Path home = Path.of(require(args, "home")).toAbsolutePath();
        // Watch stdin from the very start: a parent that dies while Neo4j is still starting must not leave
        // a JVM behind (the shutdown hook stops whatever has started by then).
        Runtime.getRuntime().addShutdownHook(new Thread(Launcher::shutdown, "neo4j-launcher-shutdown"));
        Thread stdinWatcher = new Thread(Launcher::watchStdin, "neo4j-launcher-stdin");
        stdinWatcher.setDaemon(true);
        stdinWatcher.start();
        int port = Integer.parseInt(args.getOrDefault("port", "0"));
        if (port == 0) port = freePort();
        long started = System.nanoTime();

        Map<String, String> config = new HashMap<>();
        config.put("server.bolt.enabled", "true");
        config.put("server.bolt.listen_address", "127.0.0.1:" + port);
        config.put("server.bolt.tls_level", "DISABLED");
        // Authentication is on: any local user or process can reach 127.0.0.1, so the port alone is no boundary.
        String passwordFile = args.get("password-file");
        config.put("dbms.security.auth_enabled", passwordFile == null ? "false" : "true");
        config.put("server.memory.pagecache.size", args.getOrDefault("pagecache", "128m"));
        // Safety that the API layers on top of: no file URLs for LOAD CSV, bounded transactions.
        config.put("dbms.security.allow_csv_import_from_file_urls", "false");
        // Every transaction ends: the API sets shorter per-transaction timeouts; this catches everything else.
        config.put("db.transaction.timeout", args.getOrDefault("tx-timeout", "120s"));
        // Memory the query engine tracks is bounded per transaction and for all transactions together, well
        // under the heap, so a memory-hungry query fails alone (MemoryLimitExceeded) instead of the JVM.
        config.put("db.memory.transaction.max", args.getOrDefault("tx-memory", "256m"));
        config.put("db.memory.transaction.total.max", args.getOrDefault("tx-total-memory", "512m"));
        config.put("dbms.memory.transaction.total.max", args.getOrDefault("tx-total-memory", "512m"));
        // Small, fast throwaway stores: no preallocated 256 MiB log files, few kept.
        config.put("db.tx_log.preallocate", "false");
        config.put("db.tx_log.rotation.retention_policy", "2 files");
        config.put("db.tx_log.rotation.size", "64m");
        // Bolt waits 5 s for its connections and 5 s more for its thread pool at shutdown, after the
        // databases have already checkpointed and stopped: nothing is lost by waiting 1 s instead.
        config.put("internal.server.bolt.connection_shutdown_wait_time", "1s");
        config.put("internal.server.bolt.thread_pool_shutdown_wait_time", "1s");

        say("starting Neo4j in " + home + " (bolt port " + port + ")");
        // Settings go through a neo4j.conf-style file: the public builder API takes raw settings only that way,
        // and the file shows a user exactly what the local database runs with.
        Path conf = writeConf(home, config);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build();
        service = dbms;

        if (passwordFile != null) setPassword(dbms, Path.of(passwordFile));

        GraphDatabaseService db = dbms.database("neo4j");
        // Bolt accepts connections before the default database is online; wait until Cypher answers.
        while (!db.isAvailable(1000)) say("waiting for the database to come online");
        db.executeTransactionally("RETURN 1");
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        say("online in " + ms + " ms");
        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();

        READY.countDown();
        STOPPED.await();
        shutdown();
        System.exit(0);
    }

    /**
     * Makes the neo4j user's password the one in the file, at every start: the file in the data folder is the
     * only truth, so a lost or changed password is repaired by the next start, and nothing asks for a change.
     * The embedded API runs with full rights, which is how the first password gets set without a login.
     */
    private static void setPassword(DatabaseManagementService dbms, Path file) throws IOException {
        String password = Files.readAllLines(file, StandardCharsets.UTF_8).get(0).trim();
        if (password.length() < 8) throw new IllegalArgumentException("neo4j-launcher: the password file holds no password");
        GraphDatabaseService system = dbms.database("system");
        while (!system.isAvailable(1000)) say("waiting for the system database");
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to itself: on every start after the first, that is success.
            if (!causedBy(e, "cannot be the same")) throw e;
        }
        say("authentication on (password from " + file.getFileName() + ")");
    }

    private static boolean causedBy(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains(text)) return true;
        }
        return false;
    }

    /** EOF on stdin means the parent is gone or wants us gone: either way, stop cleanly. */
    private static void watchStdin() {
        try {
            InputStream in = System.in;
            byte[] buf = new byte[256];
            while (in.read(buf) >= 0) {
                // The parent writes nothing; any bytes are ignored.
            }
        } catch (IOException ignored) {
            // A broken pipe is the same as EOF.
        }
        say("stdin closed: shutting down");
        if (READY.getCount() > 0) {
            // Still starting: exit now; the shutdown hook stops what has started.
            System.exit(1);
        }
        STOPPED.countDown();
    }

    private static synchronized void shutdown() {
        DatabaseManagementService dbms = service;
        if (dbms == null) return;
        service = null;
        say("shutting down");
        dbms.shutdown();
        say("stopped");
    }

    private static Path writeConf(Path home, Map<String, String> config) throws IOException {
        Path dir = home.resolve("conf");
        Files.createDirectories(dir);
        StringBuilder text = new StringBuilder("# Written by the project's neo4j-launcher at every start; edits are overwritten.\n");
        for (Entry<String, String> e : new TreeMap<>(config).entrySet()) {
            text.append(e.getKey()).append('=').append(e.getValue()).append('\n');
        }
        Path conf = dir.resolve("neo4j.conf");
        Files.writeString(conf, text.toString(), StandardCharsets.UTF_8);
        return conf;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Map<String, String> parseArgs(String[] argv) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < argv.length; i++) {
            if (!argv[i].startsWith("--") || i + 1 >= argv.length) {
                throw new IllegalArgumentException("neo4j-launcher: expected --name value pairs, got " + argv[i]);
            }
            out.put(argv[i].substring(2), argv[++i]);
        }
        return out;
    }

    private static String require(Map<String, String> args, String name) {
        String value = args.get(name);
        if (value == null) throw new IllegalArgumentException("neo4j-launcher: --" + name + " is required");
        return value;
    }

    private static void say(String line) {
        System.out.println("neo4j-launcher: " + line);
        System.out.flush();
    }
}
