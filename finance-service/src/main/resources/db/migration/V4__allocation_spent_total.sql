-- Each allocation's spend to date, kept by the database whenever spend lines are written (by the API, an
-- import or straight in SQL), so that a budget position or the finance summary adds up allocations instead
-- of every spend line (two million of them at the benchmark's scale 100, which took seconds each time).
-- The figures as at a past day still add up the spend lines dated by then.
alter table allocation add column spent_total numeric(16, 2) not null default 0;

update allocation a
   set spent_total = s.spent
  from (select allocation_id, sum(amount) as spent from spend_entry group by allocation_id) s
 where s.allocation_id = a.id;

create function allocation_spent_total_follows() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        update allocation a set spent_total = a.spent_total + s.spent
          from (select allocation_id, sum(amount) as spent from written group by allocation_id) s
         where a.id = s.allocation_id;
    elsif tg_op = 'DELETE' then
        update allocation a set spent_total = a.spent_total - s.spent
          from (select allocation_id, sum(amount) as spent from removed group by allocation_id) s
         where a.id = s.allocation_id;
    else
        update allocation a set spent_total = a.spent_total + s.spent
          from (select allocation_id, sum(amount) as spent
                  from (select allocation_id, amount from written
                        union all
                        select allocation_id, -amount from removed) changed
                 group by allocation_id) s
         where a.id = s.allocation_id and s.spent <> 0;
    end if;
    return null;
end $$;

create trigger spend_entry_written after insert on spend_entry
    referencing new table as written for each statement execute function allocation_spent_total_follows();
create trigger spend_entry_removed after delete on spend_entry
    referencing old table as removed for each statement execute function allocation_spent_total_follows();
create trigger spend_entry_changed after update on spend_entry
    referencing old table as removed new table as written for each statement execute function allocation_spent_total_follows();
