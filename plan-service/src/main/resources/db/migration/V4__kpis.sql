-- Key performance indicators: their definitions and values over time.
create table kpi (
    id        bigint generated always as identity primary key,
    code      varchar(50)  not null unique,
    name      varchar(300) not null,
    unit      varchar(50)  not null,
    polarity  varchar(20)  not null,
    frequency varchar(20)  not null,
    source    varchar(40)  not null,
    target    numeric(14, 4),
    notes     varchar(2000),
    version   bigint       not null default 0
);

create table kpi_value (
    id                     bigint generated always as identity primary key,
    kpi_id                 bigint         not null references kpi (id),
    period_start           date           not null,
    period_end             date           not null,
    period_label           varchar(30)    not null,
    value                  numeric(14, 4) not null,
    numerator              numeric(14, 4),
    denominator            numeric(14, 4),
    target                 numeric(14, 4),
    england                numeric(14, 4),
    london                 numeric(14, 4),
    statistical_neighbours numeric(14, 4),
    source                 varchar(500),
    recorded_at            timestamptz    not null default now(),
    unique (kpi_id, period_start),
    check (period_end >= period_start),
    check (denominator is null or denominator > 0)
);
create index kpi_value_kpi_period on kpi_value (kpi_id, period_start);
