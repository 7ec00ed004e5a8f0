-- The money behind the improvement. Money is numeric(14,2) in pounds sterling, never floating point.

create table financial_year (
    id         bigint generated always as identity primary key,
    label      varchar(7) not null unique check (label ~ '^\d{4}-\d{2}$'),
    start_date date       not null,
    end_date   date       not null,
    version    bigint     not null default 0,
    check (extract(month from start_date) = 4 and extract(day from start_date) = 1),
    check (end_date = (start_date + interval '1 year' - interval '1 day')::date),
    check (label = to_char(start_date, 'YYYY') || '-' || to_char(end_date, 'YY'))
);

-- A closed month refuses spend dated in it.
create table closed_month (
    financial_year_id bigint      not null references financial_year (id),
    month             date        not null check (extract(day from month) = 1),
    closed_by         varchar(200),
    closed_at         timestamptz not null default now(),
    primary key (financial_year_id, month)
);

create table funding_source (
    id                     bigint generated always as identity primary key,
    ref                    varchar(50)  not null unique,
    name                   varchar(300) not null,
    type                   varchar(40)  not null,
    repayment_term_years   integer check (repayment_term_years is null or repayment_term_years between 1 and 100),
    source                 varchar(500),
    version                bigint       not null default 0,
    check ((type = 'CAPITALISATION_DIRECTION') or repayment_term_years is null)
);

create table allocation (
    id                bigint generated always as identity primary key,
    ref               varchar(50)    not null unique,
    financial_year_id bigint         not null references financial_year (id),
    category          varchar(30)    not null,
    amount            numeric(14, 2) not null check (amount > 0),
    original_amount   numeric(14, 2) not null check (original_amount > 0),
    funding_source_id bigint references funding_source (id),
    purpose           varchar(1000)  not null,
    approved_by       varchar(200),
    approved_date     date,
    source_document   varchar(500),
    priority_ref      varchar(50),
    action_ref        varchar(50),
    version           bigint         not null default 0
);
create index allocation_year on allocation (financial_year_id, category);
create index allocation_priority on allocation (priority_ref);
create index allocation_action on allocation (action_ref);

-- Changes to an approved amount: kept, never overwritten.
create table allocation_variation (
    id            bigint generated always as identity primary key,
    allocation_id bigint         not null references allocation (id),
    from_amount   numeric(14, 2) not null,
    to_amount     numeric(14, 2) not null check (to_amount > 0),
    reason        varchar(1000)  not null,
    varied_on     date           not null,
    varied_by     varchar(200),
    recorded_at   timestamptz    not null default now()
);
create index allocation_variation_allocation on allocation_variation (allocation_id, id);

create table spend_entry (
    id            bigint generated always as identity primary key,
    external_id   varchar(100)   not null unique,
    allocation_id bigint         not null references allocation (id),
    spend_date    date           not null,
    amount        numeric(14, 2) not null check (amount <> 0),
    description   varchar(1000)  not null,
    supplier      varchar(300),
    reverses_id   bigint unique references spend_entry (id),
    recorded_by   varchar(200),
    recorded_at   timestamptz    not null default now(),
    check ((amount < 0) = (reverses_id is not null))
);
create index spend_entry_allocation on spend_entry (allocation_id, spend_date);
create index spend_entry_date on spend_entry (spend_date);

create table forecast (
    id               bigint generated always as identity primary key,
    allocation_id    bigint         not null references allocation (id),
    month            date           not null check (extract(day from month) = 1),
    forecast_outturn numeric(14, 2) not null check (forecast_outturn >= 0),
    recorded_by      varchar(200),
    recorded_at      timestamptz    not null default now(),
    unique (allocation_id, month)
);

-- Sourced figures that are not allocations. Where sources disagree, each figure is held with its
-- source and one per subject is marked as the figure in use.
create table context_figure (
    id             bigint generated always as identity primary key,
    ref            varchar(50)    not null unique,
    subject        varchar(100)   not null,
    description    varchar(1000)  not null,
    amount         numeric(14, 2) not null,
    financial_year varchar(7),
    source         varchar(500)   not null,
    in_use         boolean        not null default false,
    version        bigint         not null default 0
);
create unique index context_figure_one_in_use on context_figure (subject) where in_use;
