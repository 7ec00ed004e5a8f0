-- Ofsted inspections of the council's children's services, their judgements and findings.
-- Dates the sources give only to the month or year are stored as the first day of that month or
-- year, with their precision, so that nothing is invented and the timeline still orders them.

create table inspection (
    id                       bigint generated always as identity primary key,
    ref                      varchar(50)  not null unique,
    local_authority_name     varchar(200) not null,
    local_authority_ons_code varchar(9)   not null,
    type                     varchar(40)  not null,
    start_date               date         not null,
    end_date                 date,
    date_precision           varchar(5)   not null default 'DAY',
    published_date           date,
    published_date_precision varchar(5),
    report_url               varchar(500),
    focus_areas              jsonb        not null default '[]',
    progress_verdict         varchar(300),
    source                   varchar(500),
    version                  bigint       not null default 0,
    check (end_date is null or end_date >= start_date),
    check (published_date is null or published_date >= start_date)
);
create index inspection_type_start on inspection (type, start_date);
create index inspection_start on inspection (start_date);

create table judgement (
    id            bigint generated always as identity primary key,
    inspection_id bigint      not null references inspection (id),
    area          varchar(60) not null,
    grade         varchar(40) not null,
    version       bigint      not null default 0,
    unique (inspection_id, area)
);
create index judgement_area on judgement (area);

create table finding (
    id              bigint generated always as identity primary key,
    ref             varchar(50)   not null unique,
    inspection_id   bigint        not null references inspection (id),
    type            varchar(40)   not null,
    text            varchar(4000) not null,
    text_pending    boolean       not null default false,
    area            varchar(60),
    status          varchar(20),
    status_date     date,
    status_evidence varchar(2000),
    source          varchar(500),
    version         bigint        not null default 0,
    check ((type = 'RECOMMENDATION') = (status is not null))
);
create index finding_inspection on finding (inspection_id);
create index finding_type_status on finding (type, status);
create index finding_area on finding (area);

-- A recommendation's changes of status: kept, never overwritten.
create table finding_status_change (
    id            bigint generated always as identity primary key,
    finding_id    bigint        not null references finding (id),
    from_status   varchar(20),
    to_status     varchar(20)   not null,
    changed_on    date          not null,
    evidence_note varchar(2000),
    changed_by    varchar(200),
    recorded_at   timestamptz   not null default now()
);
create index finding_status_change_finding on finding_status_change (finding_id, id);
