package org.lapcheck.cli.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lapcheck.app.Workspace;
import org.lapcheck.web.ServeSettings;
import org.lapcheck.web.Workbench;

/**
 * {@code lap bench --serve}: the web workbench measured from outside, over loopback HTTP as an editor or a script
 * calls it. The time from starting the server (rulebook, reference data, Jetty) to the first answer of the check
 * endpoint; then, warm, the latency of {@code POST /api/check} on a typical report (the bundled
 * {@code inputs/submissions/2025/DEU.yaml}: valid, about 100 lines, a dozen findings), one request at a time: median
 * and 95th percentile; and the heap while serving (after a collection, and the pools' peak during the run).
 */
public final class ServeBench {

    private ServeBench() {}

    public static int run(Workspace ws, String toolVersion, int requests, PrintWriter out) throws Exception {
        Path report = ws.inputs().resolve("submissions/2025/DEU.yaml");
        byte[] body = Files.readAllBytes(report);
        out.printf("lapcheck bench --serve: %s, %d bytes, %d lines; %d warm-up and %d measured requests, one at a time%n",
                ws.home().relativize(report), body.length, new String(body, java.nio.charset.StandardCharsets.UTF_8).lines().count(),
                requests, requests);
        out.printf("JVM: %s %s, %d processors, max heap %.0f MiB, flags %s%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / 1048576.0,
                String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long started = System.nanoTime();
        try (Workbench server = Workbench.start(new ServeSettings(ws, "127.0.0.1", 0, ws.inputs(), null, Map.of(), toolVersion))) {
            URI check = URI.create("http://127.0.0.1:" + server.port() + "/api/check");
            HttpRequest request = HttpRequest.newBuilder(check).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            long listening = System.nanoTime();
            HttpResponse<String> first = http.send(request, HttpResponse.BodyHandlers.ofString());
            long firstAnswer = System.nanoTime();
            if (first.statusCode() != 200 || !first.body().contains("\"valid\": true")) {
                out.println("the check endpoint answered " + first.statusCode() + ": " + first.body());
                return 2;
            }
            out.printf("start: listening after %.2f s (rulebook, reference data, Jetty); first check answered after %.2f s "
                    + "(%.0f ms for the first request)%n", (listening - started) / 1e9, (firstAnswer - started) / 1e9,
                    (firstAnswer - listening) / 1e6);
            for (int i = 0; i < requests; i++) {
                http.send(request, HttpResponse.BodyHandlers.discarding());
            }
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long[] nanos = new long[requests];
            for (int i = 0; i < requests; i++) {
                long t0 = System.nanoTime();
                HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
                nanos[i] = System.nanoTime() - t0;
                if (r.statusCode() != 200) {
                    out.println("request " + i + " answered " + r.statusCode());
                    return 2;
                }
            }
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.gc();
            long used = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
            Arrays.sort(nanos);
            double median = nanos[requests / 2] / 1e6;
            double p95 = nanos[(int) Math.ceil(requests * 0.95) - 1] / 1e6;
            double p99 = nanos[(int) Math.ceil(requests * 0.99) - 1] / 1e6;
            double total = Arrays.stream(nanos).sum() / 1e9;
            out.printf(Locale.ROOT, "check endpoint, warm: median %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (%.0f requests/s)%n",
                    median, p95, p99, nanos[requests - 1] / 1e6, requests / total);
            out.printf(Locale.ROOT, "heap while serving: %.0f MiB in use after a collection, peak of the pools %.0f MiB%n",
                    used / 1048576.0, peak / 1048576.0);
            out.printf(Locale.ROOT, "check p95: %.2f ms%n", p95);
        }
        return 0;
    }
}
