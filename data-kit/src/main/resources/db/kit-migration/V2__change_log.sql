-- The append-only history of every write, and the change feed's order (data-kit's change_log.sql).
create table change_event (
    id           bigint generated always as identity primary key,
    -- Feed order: given only once the writing transaction has committed (see ChangeFeed).
    position     bigint unique,
    occurred_at  timestamptz  not null default now(),
    entity_type  varchar(60)  not null,
    entity_ref   varchar(100) not null,
    operation    varchar(20)  not null check (operation in ('CREATE', 'UPDATE', 'DELETE')),
    actor        varchar(200),
    request_id   varchar(100),
    before_value jsonb,
    after_value  jsonb
);

create index change_event_entity on change_event (entity_type, entity_ref, id);
create index change_event_type_time on change_event (entity_type, occurred_at);
create index change_event_unpositioned on change_event (id) where position is null;

-- History is never edited or deleted; the one change allowed is the sequencer numbering a row.
create function change_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'change_event is append-only: % cannot be deleted', old.id;
    end if;
    if old.position is not null or new.position is null
            or (to_jsonb(new) - 'position') <> (to_jsonb(old) - 'position') then
        raise exception 'change_event is append-only: % cannot be changed', old.id;
    end if;
    return new;
end;
$$;

create trigger change_event_append_only
    before update or delete on change_event
    for each row execute function change_event_append_only();
