-- Programmes of work: the improvement plan answering Ofsted and the DfE, and beside it any reform the council runs
-- (the Families First Partnership, for one), each with its own plans, priorities and actions.
create table programme (
    id          bigint generated always as identity primary key,
    ref         varchar(50)   not null unique,
    title       varchar(300)  not null,
    kind        varchar(30)   not null,
    description varchar(2000),
    lead        varchar(200),
    start_date  date,
    source      varchar(500),
    version     bigint        not null default 0
);

-- Every database starts with the programme the plans and priorities recorded before programmes belong to. Its CREATE
-- is recorded as a seed's is (no actor, a "seed " request id), so that a copy built from the change feed has it too.
insert into programme (ref, title, kind, description)
values ('IMPROVEMENT', 'Children''s services improvement', 'INSPECTION_IMPROVEMENT',
        'The improvement plan answering the inspection and any intervention.');
insert into change_event (entity_type, entity_ref, operation, request_id, after_value)
values ('programmes', 'IMPROVEMENT', 'CREATE', 'seed V8__programmes.sql',
        jsonb_build_object('ref', 'IMPROVEMENT', 'title', 'Children''s services improvement',
                           'kind', 'INSPECTION_IMPROVEMENT',
                           'description', 'The improvement plan answering the inspection and any intervention.',
                           'version', 0));

alter table improvement_plan add column programme_id bigint references programme (id);
update improvement_plan set programme_id = (select id from programme where ref = 'IMPROVEMENT');
alter table improvement_plan alter column programme_id set not null;
create index improvement_plan_programme on improvement_plan (programme_id);

-- A priority of a plan is in the plan's programme (the service keeps them so).
alter table priority add column programme_id bigint references programme (id);
update priority p set programme_id = coalesce((select i.programme_id from improvement_plan i where i.id = p.plan_id),
                                              (select id from programme where ref = 'IMPROVEMENT'));
alter table priority alter column programme_id set not null;
create index priority_programme on priority (programme_id);

-- A plan or priority written without a programme (by a seed script, or by SQL written before programmes) takes the
-- one the API gives it: a priority its plan's, else IMPROVEMENT.
create function programme_left_out() returns trigger language plpgsql as $$
begin
    if new.programme_id is null then
        if tg_table_name = 'priority' then
            new.programme_id := (select i.programme_id from improvement_plan i where i.id = new.plan_id);
        end if;
        new.programme_id := coalesce(new.programme_id, (select id from programme where ref = 'IMPROVEMENT'));
    end if;
    return new;
end
$$;
create trigger improvement_plan_programme before insert on improvement_plan
    for each row execute function programme_left_out();
create trigger priority_programme before insert on priority
    for each row execute function programme_left_out();
