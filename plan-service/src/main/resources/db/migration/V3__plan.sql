-- The improvement plan: priorities (workstreams) answering Ofsted recommendations, actions with
-- their progress, milestones, boards and their meetings.

create table improvement_plan (
    id                      bigint generated always as identity primary key,
    ref                     varchar(50)  not null unique,
    title                   varchar(300) not null,
    plan_version            varchar(50),
    status                  varchar(20)  not null,
    approved_by             varchar(200),
    approved_date           date,
    approved_date_precision varchar(5),
    intervention_ref        varchar(50),
    submitted_to_dfe        date,
    submitted_to_ofsted     date,
    source                  varchar(500),
    version                 bigint       not null default 0
);

create table priority (
    id             bigint generated always as identity primary key,
    ref            varchar(50)  not null unique,
    plan_id        bigint references improvement_plan (id),
    title          varchar(300) not null,
    lead           varchar(200),
    judgement_area varchar(60),
    source         varchar(500),
    version        bigint       not null default 0
);
create index priority_plan on priority (plan_id);

-- The recommendation refs a priority answers (owned by inspection-service; the gateway checks them).
create table priority_recommendation (
    priority_id        bigint      not null references priority (id),
    recommendation_ref varchar(50) not null,
    primary key (priority_id, recommendation_ref)
);
create index priority_recommendation_ref on priority_recommendation (recommendation_ref);

create table action (
    id                  bigint generated always as identity primary key,
    ref                 varchar(50)   not null unique,
    priority_id         bigint        not null references priority (id),
    title               varchar(300)  not null,
    description         varchar(4000),
    owner_name          varchar(200),
    owner_team          varchar(200),
    start_date          date,
    due_date            date,
    original_due_date   date,
    revised_due_reason  varchar(1000),
    status              varchar(20)   not null,
    percent_complete    numeric(5, 2) not null default 0 check (percent_complete between 0 and 100),
    rag_override        varchar(20),
    rag_override_reason varchar(1000),
    evidence_links      jsonb         not null default '[]',
    success_measures    jsonb         not null default '[]',
    kpi_codes           jsonb         not null default '[]',
    source              varchar(500),
    version             bigint        not null default 0,
    check (due_date is null or start_date is null or due_date >= start_date),
    check ((rag_override is null) = (rag_override_reason is null)),
    check (status = 'COMPLETE' or percent_complete < 100)
);
create index action_priority on action (priority_id);
create index action_status on action (status);
create index action_due on action (due_date);
create index action_owner on action (lower(owner_name));

create table milestone (
    id             bigint generated always as identity primary key,
    action_id      bigint       not null references action (id),
    title          varchar(300) not null,
    due_date       date         not null,
    completed_date date
);
create index milestone_action on milestone (action_id);
create index milestone_due on milestone (due_date);

-- Progress updates are the record of what was said when: never edited, never deleted.
create table progress_update (
    id               bigint generated always as identity primary key,
    action_id        bigint        not null references action (id),
    update_date      date          not null,
    author           varchar(200)  not null,
    narrative        varchar(4000) not null,
    rag              varchar(20)   not null,
    percent_complete numeric(5, 2) not null check (percent_complete between 0 and 100),
    recorded_at      timestamptz   not null default now()
);
create index progress_update_action on progress_update (action_id, update_date, id);

create function progress_update_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'progress_update is append-only';
end;
$$;
create trigger progress_update_append_only before update or delete on progress_update
    for each row execute function progress_update_append_only();

create table board (
    id      bigint generated always as identity primary key,
    ref     varchar(50)  not null unique,
    type    varchar(40)  not null,
    name    varchar(300) not null,
    chair   varchar(200),
    source  varchar(500),
    version bigint       not null default 0
);

create table board_meeting (
    id               bigint generated always as identity primary key,
    ref              varchar(50)  not null unique,
    board_id         bigint       not null references board (id),
    meeting_date     date         not null,
    decisions        varchar(8000),
    actions_reviewed jsonb        not null default '[]',
    source           varchar(500),
    version          bigint       not null default 0
);
create index board_meeting_board on board_meeting (board_id, meeting_date);
create index board_meeting_date on board_meeting (meeting_date);

-- The derived RAG, the one definition used by every read: expected progress runs linearly from
-- the start date to the due date; at least 90% of expected is GREEN, 70-90% AMBER, below 70% or
-- past due and not complete RED; COMPLETE when complete; NOT_ASSESSED without both dates.
create function plan_derived_rag(status varchar, percent numeric, start_date date, due_date date, today date)
    returns varchar language sql immutable as $$
    select case
        when status = 'COMPLETE' then 'COMPLETE'
        when start_date is null or due_date is null then 'NOT_ASSESSED'
        when today > due_date then 'RED'
        when today <= start_date then 'GREEN'
        when percent >= 0.9 * (100.0 * (today - start_date) / greatest(due_date - start_date, 1)) then 'GREEN'
        when percent >= 0.7 * (100.0 * (today - start_date) / greatest(due_date - start_date, 1)) then 'AMBER'
        else 'RED'
    end
$$;
