package dev.quire.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The Server-Sent Events stream open pages listen to ({@code /_quire/events}). A connection holds
 * no thread: its handler answers with the stream's headers and returns, and events are written
 * to every open stream when a rebuild finishes, in order, from one thread of their own. A comment
 * every few seconds finds the streams of pages that were closed, and they are dropped.
 */
final class LiveEvents implements AutoCloseable {
    private static final long HEARTBEAT_SECONDS = 10;

    private record Client(HttpExchange exchange, OutputStream out) {
    }

    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "quire-events");
        t.setDaemon(true);
        return t;
    });

    LiveEvents() {
        sender.scheduleWithFixedDelay(() -> send(": ping\n\n"), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /** Opens a stream; {@code first} (may be null) is sent to this page alone, at once. */
    void open(HttpExchange exchange, String firstEvent, String firstData) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        Client client = new Client(exchange, out);
        // a page reconnects quickly when the server restarts
        StringBuilder hello = new StringBuilder("retry: 500\n\n");
        if (firstEvent != null) {
            hello.append(format(firstEvent, firstData));
        }
        if (write(client, hello.toString())) {
            clients.add(client);
        }
    }

    int size() {
        return clients.size();
    }

    /**
     * Sends an event to every open page, on the events thread: a page that stops reading can
     * hold up other pages' events, never a rebuild.
     */
    void publish(String event, String data) {
        String message = format(event, data);
        // to the pages open now: a page that opens after this build (the first build, announced
        // while no page is open yet) must not get its list of changes when the sender runs late
        List<Client> open = List.copyOf(clients);
        sender.execute(() -> send(message, open));
    }

    private static String format(String event, String data) {
        StringBuilder out = new StringBuilder("event: ").append(event).append('\n');
        for (String line : data.split("\n", -1)) {
            out.append("data: ").append(line).append('\n');
        }
        return out.append('\n').toString();
    }

    private void send(String message) {
        send(message, clients);
    }

    private void send(String message, List<Client> to) {
        for (Client client : to) {
            if (!write(client, message)) {
                clients.remove(client);
            }
        }
    }

    private static boolean write(Client client, String message) {
        synchronized (client) {
            try {
                client.out().write(message.getBytes(StandardCharsets.UTF_8));
                client.out().flush();
                return true;
            } catch (IOException e) {
                client.exchange().close(); // the page was closed
                return false;
            }
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
        for (Client client : clients) {
            client.exchange().close();
        }
        clients.clear();
    }
}
