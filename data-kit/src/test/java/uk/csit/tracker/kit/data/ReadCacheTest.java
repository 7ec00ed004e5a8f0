package uk.csit.tracker.kit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** When the read cache answers from what it kept, and when it reads again. */
class ReadCacheTest {

    final MovableClock clock = new MovableClock(Instant.parse("2026-06-30T12:00:00Z"));
    final FakeTransactions transactions = new FakeTransactions();
    final AtomicInteger reads = new AtomicInteger();
    final AtomicLong ticker = new AtomicLong();
    ReadCache cache;

    @BeforeEach
    void aCache() {
        cache = cacheFor(Duration.ofHours(1));
    }

    ReadCache cacheFor(Duration ttl) {
        return cacheFor(ttl, Runnable::run);
    }

    /** With reads afresh run by {@code refreshing}: at once on the caller's thread unless a test says otherwise. */
    ReadCache cacheFor(Duration ttl, Executor refreshing) {
        ReadCache made = new ReadCache(new ReadCacheConfig() {
            @Override
            public Duration ttl() {
                return ttl;
            }

            @Override
            public Duration staleWhileReading() {
                return Duration.ofSeconds(5);
            }

            @Override
            public long maximumSize() {
                return 100;
            }
        }, ticker::get, refreshing);
        made.clock = clock;
        made.transactions = transactions;
        return made;
    }

    String read() {
        return "answer " + reads.incrementAndGet();
    }

    record Bytes(int sizeInBytes) implements ReadCache.Sized {
    }

    Bytes readBytes(int size) {
        reads.incrementAndGet();
        return new Bytes(size);
    }

    @Test
    void answersKeptAsBytesAreWeighedBySizeSoLargeOnesCannotAllBeKept() {
        // The cache holds 100 answers; each of these weighs 61 (a kilobyte each), so at most one is kept.
        List<String> keys = List.of("page 1", "page 2", "page 3");
        keys.forEach(key -> cache.get(key, () -> readBytes(60 * 1024)));
        cache.cleanUp();
        int before = reads.get();
        keys.forEach(key -> cache.get(key, () -> readBytes(60 * 1024)));
        assertTrue(reads.get() - before >= 2, "read again: " + (reads.get() - before));

        // Small answers are kept as before: a hundred of them.
        cache = cacheFor(Duration.ofHours(1));
        for (int i = 0; i < 90; i++) {
            int n = i;
            cache.get("small " + n, () -> readBytes(100));
        }
        cache.cleanUp();
        int smallBefore = reads.get();
        for (int i = 0; i < 90; i++) {
            int n = i;
            cache.get("small " + n, () -> readBytes(100));
        }
        assertEquals(smallBefore, reads.get());
    }

    @Test
    void aReadThatAsksTheCacheForAnotherAnswerIsServedAndTheOuterAnswerKept() {
        // Enough keys that some inner one shares its hash bin with its outer one (Caffeine's "Recursive update").
        for (int i = 0; i < 60; i++) {
            String outer = "outer " + i;
            String inner = "inner " + i;
            assertEquals("outer of answer", cache.get(outer, () -> "outer of " + cache.get(inner, () -> "answer")));
        }
        int before = reads.get();
        assertEquals("outer of answer", cache.get("outer 7", () -> "outer of " + read()));
        assertEquals(before, reads.get());
    }

    @Test
    void anAnswerIsKeptUntilSomethingIsWritten() {
        assertEquals("answer 1", cache.get("k", this::read));
        assertEquals("answer 1", cache.get("k", this::read));
        assertEquals("answer 2", cache.get("other", this::read));

        transactions.begin();
        cache.changing();
        cache.changing();
        transactions.end(Status.STATUS_COMMITTED);

        assertEquals("answer 3", cache.get("k", this::read));
        assertEquals("answer 3", cache.get("k", this::read));
    }

    @Test
    void aWritingTransactionReadsItsOwnWritesNotTheKeptAnswer() {
        assertEquals("answer 1", cache.get("k", this::read));
        transactions.begin();
        cache.changing();
        assertEquals("answer 2", cache.get("k", this::read));
        assertEquals("answer 3", cache.get("k", this::read));
        transactions.end(Status.STATUS_ROLLEDBACK);
        assertEquals("answer 4", cache.get("k", this::read));
    }

    @Test
    void aReadThatACommitOverlappedIsReadAgainAndNotKept() {
        AtomicInteger overlapped = new AtomicInteger();
        String first = cache.get("k", () -> {
            if (overlapped.getAndIncrement() == 0) {
                transactions.begin();
                cache.changing();
                transactions.end(Status.STATUS_COMMITTED);
            }
            return read();
        });
        assertEquals("answer 2", first);
        assertEquals(2, overlapped.get());
        assertEquals("answer 2", cache.get("k", this::read));
    }

    @Test
    void aNewDayReadsAgain() {
        clock.set(Instant.parse("2026-06-30T23:59:00Z"));
        assertEquals("answer 1", cache.get("k", this::read));
        clock.set(Instant.parse("2026-06-30T23:59:59Z"));
        assertEquals("answer 1", cache.get("k", this::read));
        // The services' clock is UTC: their "today" for RAG and overdue changes at midnight UTC.
        clock.set(Instant.parse("2026-07-01T00:00:00Z"));
        assertEquals("answer 2", cache.get("k", this::read));
    }

    @Test
    void pastItsTtlTheAnswerIsReadAfreshInTheBackgroundWhileEveryCallerIsGivenTheKeptOne() throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            cache = cacheFor(Duration.ofSeconds(1), background);
            assertEquals("answer 1", cache.get("k", this::read));
            ticker.addAndGet(Duration.ofMillis(999).toNanos());
            assertEquals("answer 1", cache.get("k", this::read));
            ticker.addAndGet(Duration.ofMillis(2).toNanos());

            CountDownLatch reading = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            // The caller that finds it past its ttl is not held up by the read it starts.
            assertEquals("answer 1", cache.get("k", () -> {
                reading.countDown();
                await(release);
                return read();
            }));
            assertTrue(reading.await(5, TimeUnit.SECONDS));
            // While it is read, nobody waits and nobody starts another read.
            assertEquals("answer 1", cache.get("k", this::read));
            assertEquals("answer 1", cache.get("k", this::read));
            assertEquals(1, reads.get());

            release.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            String now = cache.get("k", this::read);
            while (!now.equals("answer 2") && System.nanoTime() < deadline) {
                Thread.sleep(5);
                now = cache.get("k", this::read);
            }
            assertEquals("answer 2", now);
            assertEquals(2, reads.get());
        } finally {
            background.shutdownNow();
        }
    }

    @Test
    void anAnswerPastItsTtlAndTheStaleWindowIsNeverGiven() {
        cache = cacheFor(Duration.ofSeconds(1));
        assertEquals("answer 1", cache.get("k", this::read));
        ticker.addAndGet(Duration.ofSeconds(6).toNanos());
        assertEquals("answer 2", cache.get("k", this::read));
    }

    @Test
    void aFailedReadAfreshLeavesTheKeptAnswerForTheNextCallerToTryAgain() {
        cache = cacheFor(Duration.ofSeconds(1));
        assertEquals("answer 1", cache.get("k", this::read));
        ticker.addAndGet(Duration.ofSeconds(2).toNanos());
        assertEquals("answer 1", cache.get("k", () -> {
            throw new IllegalStateException("database gone");
        }));
        // The next caller starts another read (here it runs at once, so the caller after it has its answer).
        assertEquals("answer 1", cache.get("k", this::read));
        assertEquals("answer 2", cache.get("k", this::read));
    }

    @Test
    void aWriteIsNeverAnsweredFromTheAnswerBeforeItEvenPastTheTtl() {
        cache = cacheFor(Duration.ofSeconds(1));
        assertEquals("answer 1", cache.get("k", this::read));
        ticker.addAndGet(Duration.ofSeconds(2).toNanos());
        transactions.begin();
        cache.changing();
        transactions.end(Status.STATUS_COMMITTED);
        assertEquals("answer 2", cache.get("k", this::read));
    }

    @Test
    void aLookupThatMustNotBlockIsGivenOnlyAUsableKeptAnswerAndNeverReads() {
        cache = cacheFor(Duration.ofSeconds(1));
        assertNull(cache.kept("k", this::read));
        assertEquals(0, reads.get());

        assertEquals("answer 1", cache.get("k", this::read));
        assertEquals("answer 1", cache.kept("k", this::read));
        // Past the ttl the kept answer is still given, and read afresh (here at once) for the next caller.
        ticker.addAndGet(Duration.ofSeconds(2).toNanos());
        assertEquals("answer 1", cache.kept("k", this::read));
        assertEquals("answer 2", cache.kept("k", this::read));

        // Nothing usable after a write, on a new day, or past the ttl and the stale window: the caller must read.
        transactions.begin();
        cache.changing();
        transactions.end(Status.STATUS_COMMITTED);
        assertNull(cache.kept("k", this::read));
        assertEquals("answer 3", cache.get("k", this::read));
        clock.set(Instant.parse("2026-07-01T00:00:00Z"));
        assertNull(cache.kept("k", this::read));
        assertEquals("answer 4", cache.get("k", this::read));
        ticker.addAndGet(Duration.ofSeconds(7).toNanos());
        assertNull(cache.kept("k", this::read));
        assertEquals(4, reads.get());

        // Nor inside a transaction that has written, which must see its own writes.
        assertEquals("answer 5", cache.get("k", this::read));
        transactions.begin();
        cache.changing();
        assertNull(cache.kept("k", this::read));
        transactions.end(Status.STATUS_ROLLEDBACK);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aTtlOfZeroReadsEveryTime() {
        ReadCache off = cacheFor(Duration.ZERO);
        assertEquals("answer 1", off.get("k", this::read));
        assertEquals("answer 2", off.get("k", this::read));
        off.changing();
        assertEquals(0, transactions.registered.size());
    }

    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            MovableClock parent = this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId other) {
                    return parent.withZone(other);
                }

                @Override
                public Instant instant() {
                    return parent.instant();
                }
            };
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** One transaction at a time, as a request thread sees it. */
    static final class FakeTransactions implements TransactionSynchronizationRegistry {
        final List<Synchronization> registered = new ArrayList<>();
        private Map<Object, Object> resources;

        void begin() {
            resources = new HashMap<>();
            registered.clear();
        }

        void end(int status) {
            resources = null;
            registered.forEach(s -> s.afterCompletion(status));
        }

        @Override
        public int getTransactionStatus() {
            return resources == null ? Status.STATUS_NO_TRANSACTION : Status.STATUS_ACTIVE;
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            registered.add(sync);
        }

        @Override
        public Object getTransactionKey() {
            return resources;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
