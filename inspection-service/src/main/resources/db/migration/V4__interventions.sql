-- The DfE's intervention: improvement notices and statutory directions, who oversees them, and
-- the DfE's reviews of progress.

create table intervention (
    id                    bigint generated always as identity primary key,
    ref                   varchar(50)  not null unique,
    type                  varchar(40)  not null,
    legal_basis           varchar(300),
    issued_date           date         not null,
    issued_date_precision varchar(5)   not null default 'DAY',
    lifted_date           date,
    status                varchar(20)  not null,
    conditions            jsonb        not null default '[]',
    source                varchar(500),
    version               bigint       not null default 0,
    check (lifted_date is null or lifted_date >= issued_date),
    check ((status = 'LIFTED') = (lifted_date is not null))
);
create index intervention_status on intervention (status);

create table oversight_role (
    id              bigint generated always as identity primary key,
    intervention_id bigint      not null references intervention (id),
    position        integer     not null,
    role            varchar(40) not null,
    person_name     varchar(200),
    from_date       date,
    to_date         date,
    check (to_date is null or from_date is null or to_date >= from_date)
);
create index oversight_role_intervention on oversight_role (intervention_id, position);

create table dfe_review (
    id                    bigint generated always as identity primary key,
    ref                   varchar(50)   not null unique,
    intervention_id       bigint        not null references intervention (id),
    review_date           date          not null,
    review_date_precision varchar(5)    not null default 'DAY',
    summary               varchar(4000),
    next_review_due       date,
    source                varchar(500),
    version               bigint        not null default 0
);
create index dfe_review_intervention on dfe_review (intervention_id, review_date);
