-- Webhooks: who wants which changes, and every delivery owed to them. Pending deliveries live here
-- so that a restart of the gateway loses none.
create table webhook_subscription (
    id          uuid          primary key,
    url         varchar(2000) not null,
    secret      varchar(200)  not null,
    event_types text[]        not null,
    description varchar(500),
    created_by  varchar(200)  not null,
    created_at  timestamptz   not null,
    removed_at  timestamptz
);

create table webhook_delivery (
    id              bigint        generated always as identity primary key,
    subscription_id uuid          not null references webhook_subscription (id),
    event_id        varchar(100)  not null,
    event_type      varchar(200)  not null,
    payload         text          not null,
    state           varchar(20)   not null check (state in ('PENDING', 'DELIVERED', 'FAILED', 'CANCELLED')),
    attempts        integer       not null default 0,
    next_attempt_at timestamptz,
    last_status     integer,
    last_error      varchar(1000),
    created_at      timestamptz   not null,
    delivered_at    timestamptz,
    unique (subscription_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where state = 'PENDING';
create index webhook_delivery_log on webhook_delivery (subscription_id, id desc);

-- How far the gateway has read the services' merged change feed (one row).
create table feed_follower (
    id           integer      primary key check (id = 1),
    cursor_token varchar(500) not null,
    updated_at   timestamptz  not null
);
