package uk.csit.tracker.gateway.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import javax.sql.DataSource;
import uk.csit.tracker.gateway.rest.dto.WebhookDtos.Delivery;
import uk.csit.tracker.gateway.rest.dto.WebhookDtos.Webhook;

/**
 * Over 300 lines: every statement on the gateway's own tables, so that their locking is read in one place.
 *
 * <p>The gateway's own tables (Flyway V1__webhooks.sql): subscriptions, deliveries and the feed cursor, by JDBC.
 */
@ApplicationScoped
public class WebhookStore {

    @Inject
    DataSource dataSource;

    /** A subscription as the fan-out and the sender need it. */
    public record Subscription(UUID id, String url, String secret, List<String> eventTypes, Instant createdAt) {
    }

    /**
     * A delivery claimed for sending: not due again until {@code leaseUntil}, so no other sender takes it
     * meanwhile, and due again then if this sender died before recording the attempt.
     */
    public record DueDelivery(long id, UUID subscriptionId, String url, String secret, String eventId, String payload,
            int attempts, Instant createdAt, Instant leaseUntil) {
    }

    /** Work done in one transaction on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    public <T> T inTransaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }

    /**
     * Work whose commit does not wait for the disk ({@code synchronous_commit} off for this transaction only): a
     * delivery's renewed lease and its attempt's record, two commits for every event sent, which a crash of the
     * database can at most undo. Undone, the delivery is due again when its lease ends and is sent again with the
     * same {@code webhook-id}, as at-least-once delivery allows; what is owed is written with a durable commit, so
     * nothing owed is lost.
     */
    private <T> T inTransactionNotWaitingForDisk(Work<T> work) {
        return inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("set local synchronous_commit to off");
            }
            return work.run(c);
        });
    }

    public Webhook insert(UUID id, String url, String secret, List<String> eventTypes, String description,
            String createdBy, Instant createdAt) {
        return inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    insert into webhook_subscription (id, url, secret, event_types, description, created_by, created_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")) {
                s.setObject(1, id);
                s.setString(2, url);
                s.setString(3, secret);
                s.setArray(4, c.createArrayOf("text", eventTypes.toArray()));
                s.setString(5, description);
                s.setString(6, createdBy);
                s.setTimestamp(7, Timestamp.from(createdAt));
                s.executeUpdate();
            }
            return new Webhook(id, url, List.copyOf(eventTypes), description, createdBy, createdAt);
        });
    }

    public List<Webhook> webhooks() {
        return inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    select id, url, event_types, description, created_by, created_at from webhook_subscription
                    where removed_at is null order by created_at, id""");
                 ResultSet rs = s.executeQuery()) {
                List<Webhook> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(webhook(rs));
                }
                return out;
            }
        });
    }

    public Optional<Webhook> webhook(UUID id) {
        return inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    select id, url, event_types, description, created_by, created_at from webhook_subscription
                    where id = ? and removed_at is null""")) {
                s.setObject(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(webhook(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Removes a subscription and cancels what is still owed to it; false when there was none. */
    public boolean remove(UUID id, Instant at) {
        return inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "update webhook_subscription set removed_at = ? where id = ? and removed_at is null")) {
                s.setTimestamp(1, Timestamp.from(at));
                s.setObject(2, id);
                if (s.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    update webhook_delivery set state = 'CANCELLED', next_attempt_at = null
                    where subscription_id = ? and state = 'PENDING'""")) {
                s.setObject(1, id);
                s.executeUpdate();
            }
            return true;
        });
    }

    /** The subscription's deliveries, newest first; empty when it has none (or does not exist). */
    public List<Delivery> deliveries(UUID subscription, int limit) {
        return inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    select id, event_id, event_type, state, attempts, next_attempt_at, last_status, last_error,
                           created_at, delivered_at
                    from webhook_delivery where subscription_id = ? order by id desc limit ?""")) {
                s.setObject(1, subscription);
                s.setInt(2, limit);
                try (ResultSet rs = s.executeQuery()) {
                    List<Delivery> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Delivery(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getInt(5), instant(rs.getTimestamp(6)), (Integer) rs.getObject(7), rs.getString(8),
                                instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10))));
                    }
                    return out;
                }
            }
        });
    }

    // --- used inside the fan-out's transaction ---

    /** The feed cursor, locked for this transaction; empty before the first read. */
    public Optional<String> lockCursor(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select cursor_token from feed_follower where id = 1 for update");
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    public void saveCursor(Connection c, String token, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into feed_follower (id, cursor_token, updated_at) values (1, ?, ?)
                on conflict (id) do update set cursor_token = excluded.cursor_token, updated_at = excluded.updated_at""")) {
            s.setString(1, token);
            s.setTimestamp(2, Timestamp.from(at));
            s.executeUpdate();
        }
    }

    /** Seals every secret still stored in the clear (from before secrets were sealed); how many there were. */
    public int sealSecretsInTheClear(BiFunction<UUID, String, String> seal) {
        return inTransaction(c -> {
            int sealed = 0;
            try (PreparedStatement clear = c.prepareStatement(
                    "select id, secret from webhook_subscription where secret not like 'sealed:%' for update");
                 PreparedStatement update = c.prepareStatement("update webhook_subscription set secret = ? where id = ?");
                 ResultSet rs = clear.executeQuery()) {
                while (rs.next()) {
                    UUID id = (UUID) rs.getObject(1);
                    update.setString(1, seal.apply(id, rs.getString(2)));
                    update.setObject(2, id);
                    update.addBatch();
                    sealed++;
                }
                if (sealed > 0) {
                    update.executeBatch();
                }
            }
            return sealed;
        });
    }

    /** Whether any subscription is active. */
    public boolean anyActiveSubscription() {
        return inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "select exists (select 1 from webhook_subscription where removed_at is null)");
                 ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }

    public List<Subscription> activeSubscriptions(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "select id, url, secret, event_types, created_at from webhook_subscription where removed_at is null");
             ResultSet rs = s.executeQuery()) {
            List<Subscription> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new Subscription((UUID) rs.getObject(1), rs.getString(2), rs.getString(3), texts(rs.getArray(4)),
                        rs.getTimestamp(5).toInstant()));
            }
            return out;
        }
    }

    /** Owes one event to one subscription, once: the same event offered again changes nothing. */
    public void owe(Connection c, UUID subscription, String eventId, String eventType, String payload, Instant at)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into webhook_delivery (subscription_id, event_id, event_type, payload, state, next_attempt_at,
                                              created_at)
                values (?, ?, ?, ?, 'PENDING', ?, ?) on conflict (subscription_id, event_id) do nothing""")) {
            s.setObject(1, subscription);
            s.setString(2, eventId);
            s.setString(3, eventType);
            s.setString(4, payload);
            s.setTimestamp(5, Timestamp.from(at));
            s.setTimestamp(6, Timestamp.from(at));
            s.executeUpdate();
        }
    }

    // --- the sender's: short transactions of their own, none held while a receiver is called ---

    /**
     * Claims up to {@code limit} deliveries due by {@code now}, oldest due first, and leases each until
     * {@code now + perDelivery}; the sender renews a delivery's lease just before it sends it
     * ({@link #renew}), so a sender that dies leaves its undelivered claims due again within one lease,
     * not after its whole batch's turns. Rows another sender is claiming are skipped. The claim commits
     * before anything is sent, so no row lock or connection is held while a receiver answers.
     */
    public List<DueDelivery> claimDue(Instant now, int limit, Duration perDelivery) {
        return inTransaction(c -> {
            List<DueDelivery> claimed = new ArrayList<>();
            try (PreparedStatement due = c.prepareStatement("""
                    select d.id, d.subscription_id, w.url, w.secret, d.event_id, d.payload, d.attempts, d.created_at
                    from webhook_delivery d join webhook_subscription w on w.id = d.subscription_id
                    where d.state = 'PENDING' and d.next_attempt_at <= ?
                    order by d.next_attempt_at, d.id limit ? for update of d skip locked""");
                 PreparedStatement lease = c.prepareStatement(
                         "update webhook_delivery set next_attempt_at = ? where id = ?")) {
                due.setTimestamp(1, Timestamp.from(now));
                due.setInt(2, limit);
                try (ResultSet rs = due.executeQuery()) {
                    while (rs.next()) {
                        // Microseconds, as the column keeps them, so that the lease reads back equal.
                        Instant until = now.plus(perDelivery).truncatedTo(ChronoUnit.MICROS);
                        claimed.add(new DueDelivery(rs.getLong(1), (UUID) rs.getObject(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7),
                                rs.getTimestamp(8).toInstant(), until));
                        lease.setTimestamp(1, Timestamp.from(until));
                        lease.setLong(2, rs.getLong(1));
                        lease.addBatch();
                    }
                }
                if (!claimed.isEmpty()) {
                    lease.executeBatch();
                }
            }
            return claimed;
        });
    }

    /**
     * Leases a claimed delivery again, until {@code until}, just before it is sent: the renewed claim, or empty
     * (nothing written) when it is no longer this sender's (cancelled, or its lease ran out and another claimed it).
     */
    public Optional<DueDelivery> renew(DueDelivery delivery, Instant until) {
        Instant lease = until.truncatedTo(ChronoUnit.MICROS);
        return inTransactionNotWaitingForDisk(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    update webhook_delivery set next_attempt_at = ?
                    where id = ? and state = 'PENDING' and next_attempt_at = ?""")) {
                s.setTimestamp(1, Timestamp.from(lease));
                s.setLong(2, delivery.id());
                s.setTimestamp(3, Timestamp.from(delivery.leaseUntil()));
                if (s.executeUpdate() != 1) {
                    return Optional.<DueDelivery>empty();
                }
            }
            return Optional.of(new DueDelivery(delivery.id(), delivery.subscriptionId(), delivery.url(),
                    delivery.secret(), delivery.eventId(), delivery.payload(), delivery.attempts(),
                    delivery.createdAt(), lease));
        });
    }

    /**
     * Records one attempt of a claimed delivery: its state after it, when to try again (null when
     * done), and what the receiver said. False, and nothing written, when the delivery is no longer
     * the one claimed: cancelled meanwhile, or its lease ran out and another sender claimed it.
     */
    public boolean attempted(DueDelivery delivery, String state, Instant nextAttempt, Integer status, String error,
            Instant deliveredAt) {
        return inTransactionNotWaitingForDisk(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    update webhook_delivery set state = ?, attempts = attempts + 1, next_attempt_at = ?, last_status = ?,
                           last_error = ?, delivered_at = ?
                    where id = ? and state = 'PENDING' and next_attempt_at = ?""")) {
                s.setString(1, state);
                s.setTimestamp(2, nextAttempt == null ? null : Timestamp.from(nextAttempt));
                if (status == null) {
                    s.setNull(3, java.sql.Types.INTEGER);
                } else {
                    s.setInt(3, status);
                }
                s.setString(4, error == null ? null : error.substring(0, Math.min(error.length(), 1000)));
                s.setTimestamp(5, deliveredAt == null ? null : Timestamp.from(deliveredAt));
                s.setLong(6, delivery.id());
                s.setTimestamp(7, Timestamp.from(delivery.leaseUntil()));
                return s.executeUpdate() == 1;
            }
        });
    }

    private static Webhook webhook(ResultSet rs) throws SQLException {
        return new Webhook((UUID) rs.getObject(1), rs.getString(2), texts(rs.getArray(3)), rs.getString(4),
                rs.getString(5), rs.getTimestamp(6).toInstant());
    }

    private static List<String> texts(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(Object::toString).toList();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** The gateway's database failed; the problem mappers make it a 503. */
    public static final class StoreFailure extends RuntimeException {
        StoreFailure(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
