package org.lapcheck.cli.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lapcheck.app.AssessJob;

/**
 * Times one phase with {@link System#nanoTime} and takes its peak heap from the heap pools' peak usage, reset
 * before the phase (after a collection, so the peak is what the phase holds and makes on top of what stays live).
 */
public final class PhaseMeter {

    /**
     * One measured phase: its result, wall time, peak heap during it, heap still used after it, and the part of the
     * wall time the collectors took.
     */
    public record Measured<T>(T result, long nanos, long peakHeapBytes, long retainedHeapBytes, long gcNanos) {
        public double seconds() {
            return nanos / 1e9;
        }

        public double gcSeconds() {
            return gcNanos / 1e9;
        }
    }

    private static final List<MemoryPoolMXBean> HEAP = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();

    private PhaseMeter() {}

    public static <T> Measured<T> measure(Callable<T> phase) throws Exception {
        Start start = start();
        T result = phase.call();
        return start.end(result);
    }

    /**
     * Measures each phase of an {@link AssessJob} as it runs, between the job's word that the phase begins and that
     * it ends: the bench runs the job itself, not a copy of its steps.
     */
    public static final class JobPhases implements AssessJob.Progress {
        private final Map<String, Measured<Void>> measured = new LinkedHashMap<>();
        private Start current;

        @Override
        public void begins(String phase) {
            current = start();
        }

        @Override
        public void ends(String phase) {
            measured.put(phase, current.end(null));
            current = null;
        }

        /** The measure of a phase of the job that ran; {@link AssessJob#PHASES} names them. */
        public Measured<Void> of(String phase) {
            Measured<Void> m = measured.get(phase);
            if (m == null) {
                throw new IllegalStateException("the job ran no phase '" + phase + "' (it ran " + measured.keySet() + ")");
            }
            return m;
        }
    }

    /** A phase under way: the clocks read after a collection, with the heap pools' peaks reset. */
    private record Start(long startNanos, long gcMillisBefore) {
        <T> Measured<T> end(T result) {
            long nanos = System.nanoTime() - startNanos;
            long gcNanos = (PhaseMeter.gcMillis() - gcMillisBefore) * 1_000_000L;
            // the sum of each pool's peak: an upper bound on the heap in use at any one moment of the phase
            long peak = HEAP.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            collect();
            long retained = HEAP.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
            return new Measured<>(result, nanos, peak, retained, gcNanos);
        }
    }

    private static Start start() {
        collect();
        HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
        long gcBefore = gcMillis();
        return new Start(System.nanoTime(), gcBefore);
    }

    /** The heap's limit ({@code -Xmx}). */
    public static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    /** Time the collectors have spent so far, all of them together (pauses, as the JVM accounts them). */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    private static void collect() {
        System.gc();
        System.gc();
    }
}
