-- Published statistics (the DfE's files on Explore Education Statistics) behind the KPIs: which indicator of which
-- file is which KPI, every geography's figure as published, and each council's statistical neighbours.

-- Which column of a published file, on rows with these filter values, is the KPI. Data, so that a new file or a new
-- indicator needs no code. A reporting year ends on year_ends (month-day) of its year: 31 March for the children in
-- need and children looked after collections, 30 September for the workforce census.
create table kpi_published_source (
    kpi_id      bigint       primary key references kpi (id),
    publication varchar(300) not null,
    indicator   varchar(100) not null,
    filters     jsonb        not null default '{}',
    year_ends   varchar(5)   not null default '03-31' check (year_ends ~ '^[01][0-9]-[0-3][0-9]$'),
    version     bigint       not null default 0
);

-- Every geography's figure (England, each region, each local authority) for a KPI and period, as published. A
-- suppressed figure keeps its symbol (c, low, x, z, u, k) and has no value: it is never a zero. A revised figure
-- replaces the current one, which is kept with its replaced_at and its own source.
create table published_figure (
    id               bigint generated always as identity primary key,
    kpi_id           bigint       not null references kpi (id),
    time_period      varchar(20)  not null,
    period_label     varchar(30)  not null,
    period_start     date         not null,
    period_end       date         not null,
    geographic_level varchar(20)  not null,
    area_code        varchar(60)  not null,
    area_name        varchar(200) not null,
    old_la_code      varchar(30),
    region_code      varchar(20),
    region_name      varchar(100),
    value            numeric(18, 4),
    symbol           varchar(4),
    source           varchar(500) not null,
    imported_at      timestamptz  not null default now(),
    replaced_at      timestamptz,
    check ((value is null) <> (symbol is null))
);
create unique index published_figure_current on published_figure (kpi_id, area_code, time_period)
    where replaced_at is null;

-- The DfE's statistical-neighbour model: each council's ten closest councils (old three-digit LA codes), nearest first.
create table statistical_neighbour (
    la_code        varchar(10)  not null,
    la_name        varchar(200) not null,
    position       smallint     not null check (position between 1 and 10),
    neighbour_code varchar(10)  not null,
    closeness      varchar(40),
    primary key (la_code, position)
);

-- A KPI's series holds the council's own figures (LOCAL: management information it enters) beside the published
-- ones (PUBLISHED: its row of a published file, with England, region and neighbours beside it). A published figure
-- may be suppressed: a symbol and no value.
alter table kpi_value add column basis varchar(20) not null default 'LOCAL';
alter table kpi_value alter column value drop not null;
alter table kpi_value add column symbol varchar(4);
alter table kpi_value add column comparators jsonb;
alter table kpi_value add constraint kpi_value_value_or_symbol check (value is not null or symbol is not null);
alter table kpi_value drop constraint kpi_value_kpi_id_period_start_key;
alter table kpi_value add constraint kpi_value_kpi_basis_period unique (kpi_id, basis, period_start);
