package uk.csit.tracker.kit.data;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Hot reads (an action by its ref, a summary) kept for a short time, so that a read that is asked
 * for again and again does not go to the database each time.
 *
 * <p>What a caller sees:
 * <ul>
 *   <li>after any write through this instance commits, every answer is read afresh: every write
 *       records its change ({@link uk.csit.tracker.kit.data.changes.ChangeRecorder}), and that
 *       moves the cache on to a new generation before the writer is answered;</li>
 *   <li>a write through another instance, or straight in the database, is seen within
 *       {@link ReadCacheConfig#ttl()} plus the time one read takes, and never later than the ttl
 *       plus {@link ReadCacheConfig#staleWhileReading()};</li>
 *   <li>answers that depend on today's date are read afresh when the services' day changes;</li>
 *   <li>one read of a key runs at a time. When a kept answer has passed its ttl, the first caller
 *       to ask starts reading it afresh in the background and every caller is given the kept one
 *       meanwhile, so a slow read (a budget position over two million spend lines takes seconds)
 *       holds up nobody. Callers wait for a read only when nothing usable is kept: none yet, one
 *       made out of date by a write or a new day, or one past the ttl plus
 *       {@link ReadCacheConfig#staleWhileReading()}.</li>
 * </ul>
 */
@ApplicationScoped
public class ReadCache {

    private static final Object REGISTERED = new Object();

    /** Set while this thread reads an answer to keep: Caffeine forbids a load inside a load, so an inner one is read. */
    private static final ThreadLocal<Boolean> LOADING = new ThreadLocal<>();

    /**
     * An answer kept as the bytes it is sent as, weighed by its size: each started kilobyte counts as one answer
     * towards {@link ReadCacheConfig#maximumSize()}, so that large answers (a page of 200 actions) cannot fill the
     * heap however many different ones callers ask for.
     */
    public interface Sized {
        int sizeInBytes();
    }

    private record Entry(Object value, long generation, LocalDate day, long readAtNanos, AtomicBoolean reading) {

        int weight() {
            return value instanceof Sized sized ? 1 + sized.sizeInBytes() / 1024 : 1;
        }
    }

    private final AtomicLong generation = new AtomicLong();
    private final Cache<String, Entry> entries;
    private final boolean enabled;
    private final long ttlNanos;
    private final Duration staleWhileReading;
    private final Ticker ticker;
    private final Executor refreshing;

    @Inject
    Clock clock;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** On the service's ticker (service-kit {@code ClockProducer}): a test moves it on or holds it still. */
    @Inject
    public ReadCache(ReadCacheConfig config, uk.csit.tracker.kit.time.Ticker ticker) {
        this(config, (Ticker) ticker::nanos);
    }


    ReadCache(ReadCacheConfig config, Ticker ticker) {
        this(config, ticker, Executors.newFixedThreadPool(2, Thread.ofPlatform().daemon().name("read-cache-", 1)
                .factory()));
    }

    ReadCache(ReadCacheConfig config, Ticker ticker, Executor refreshing) {
        this.enabled = config.ttl().isPositive();
        this.ttlNanos = config.ttl().toNanos();
        this.staleWhileReading = config.staleWhileReading();
        this.ticker = ticker;
        this.refreshing = refreshing;
        this.entries = Caffeine.newBuilder()
                .ticker(ticker)
                .expireAfterWrite(enabled ? config.ttl().plus(config.staleWhileReading()) : Duration.ofNanos(1))
                .maximumWeight(config.maximumSize())
                .weigher((String key, Entry entry) -> entry.weight())
                .build();
    }

    /** The answer for {@code key}: the one kept, if it is still good, else what {@code read} gives now. */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> read) {
        if (bypassed()) {
            return read.get();
        }
        Entry entry = entries.get(key, k -> load(read));
        if (!current(entry)) {
            entries.asMap().remove(key, entry);
            entry = entries.get(key, k -> load(read));
        }
        refreshIfDue(key, entry, read);
        return (T) entry.value();
    }

    /**
     * The answer kept for {@code key} when one is usable without reading, else null: never reads on the caller's
     * thread, so a caller that must not block (an event loop) can answer from it and hand only a miss to a thread
     * that may. A kept answer past the ttl is given, and read afresh in the background, as by {@link #get}.
     */
    @SuppressWarnings("unchecked")
    public <T> T kept(String key, Supplier<T> read) {
        if (bypassed()) {
            return null;
        }
        Entry kept = entries.getIfPresent(key);
        if (kept == null || !current(kept)) {
            return null;
        }
        refreshIfDue(key, kept, read);
        return (T) kept.value();
    }

    /** Whether every answer is read afresh: no cache, a transaction that has written, or a read inside a read. */
    private boolean bypassed() {
        return !enabled || writing() || LOADING.get() != null;
    }

    /** Whether a kept answer was read since the last write and on the services' today. */
    private boolean current(Entry entry) {
        return entry.generation() == generation.get() && entry.day().equals(today());
    }

    private void refreshIfDue(String key, Entry kept, Supplier<?> read) {
        if (ticker.read() - kept.readAtNanos() >= ttlNanos && kept.reading().compareAndSet(false, true)) {
            refreshing.execute(() -> readAfresh(key, kept, read));
        }
    }

    /**
     * Reads a kept answer afresh off the caller's thread (in a request context of its own, as a
     * request's would be) and keeps it; a read that fails leaves the kept one for the next caller
     * past the ttl to try again.
     */
    private void readAfresh(String key, Entry kept, Supplier<?> read) {
        ManagedContext requests = Arc.container() == null ? null : Arc.container().requestContext();
        boolean activated = requests != null && !requests.isActive();
        if (activated) {
            requests.activate();
        }
        try {
            entries.asMap().replace(key, kept, load(read));
        } catch (RuntimeException e) {
            Log.warnf("Reading %s afresh failed; the answer kept is given until a read succeeds or it is %s old: %s",
                    key, Duration.ofNanos(ttlNanos).plus(staleWhileReading), e.toString());
        } finally {
            kept.reading().set(false);
            if (activated) {
                requests.terminate();
            }
        }
    }

    /** Carries out pending evictions now rather than on the cache's next maintenance: for tests of its bounds. */
    void cleanUp() {
        entries.cleanUp();
    }

    @PreDestroy
    void stop() {
        if (refreshing instanceof ExecutorService pool) {
            pool.shutdownNow();
        }
    }

    /**
     * Called inside a writing transaction: when it ends, committed or not, every kept answer is out
     * of date (after a rollback that only costs a fresh read).
     */
    public void changing() {
        if (!enabled || transactions.getResource(REGISTERED) != null) {
            return;
        }
        transactions.putResource(REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                generation.incrementAndGet();
            }
        });
    }

    /** Inside a transaction that has written: it must see its own writes, never a kept answer. */
    private boolean writing() {
        return transactions.getTransactionStatus() == Status.STATUS_ACTIVE && transactions.getResource(REGISTERED) != null;
    }

    private Entry load(Supplier<?> read) {
        long before = generation.get();
        LocalDate day = today();
        long started = ticker.read();
        LOADING.set(Boolean.TRUE);
        try {
            return new Entry(read.get(), before, day, started, new AtomicBoolean());
        } finally {
            LOADING.remove();
        }
    }

    /** The services' own "today" (the one their RAG and overdue rules use). */
    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
