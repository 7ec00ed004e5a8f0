-- What every service's schema has beside its domain: the record of Idempotency-Key requests and
-- of the seed scripts applied by the local run.
create table idempotency_record (
    scope             varchar(200) not null,
    idempotency_key   varchar(255) not null,
    request_hash      char(64)     not null,
    response_status   integer,
    response_location varchar(2000),
    response_etag     varchar(200),
    response_body     text,
    created_at        timestamptz  not null default now(),
    primary key (scope, idempotency_key)
);

create index idempotency_record_created_at on idempotency_record (created_at);

create table seed_history (
    script     varchar(300) primary key,
    applied_at timestamptz not null
);
