-- SYNTHETIC data for the benchmark (never the Havering seed): refs start SYN-. :scale multiplies
-- 20 priorities, 500 actions, 5,000 progress updates.
insert into priority (ref, title, lead)
select 'SYN-P' || g, 'Synthetic priority ' || g, 'Synthetic lead'
  from generate_series(1, 20 * :scale) g;

insert into priority_recommendation (priority_id, recommendation_ref)
select p.id, 'SYN-I1-R' || (1 + (p.id % 6)) from priority p where p.ref like 'SYN-P%';

insert into action (ref, priority_id, title, start_date, due_date, original_due_date, status, percent_complete)
select 'SYN-A-' || g, p.id, 'Synthetic action ' || g,
       date '2025-04-01' + (g % 90), date '2026-03-31' + (g % 180), date '2026-03-31' + (g % 180),
       (array['NOT_STARTED', 'IN_PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS', 'COMPLETE', 'BLOCKED'])[1 + g % 6],
       case when g % 6 = 4 then 100 when g % 6 = 0 then 0 else (g * 7) % 100 end
  from generate_series(1, 500 * :scale) g
  join priority p on p.ref = 'SYN-P' || (1 + g % (20 * :scale));

insert into progress_update (action_id, update_date, author, narrative, rag, percent_complete)
select a.id, date '2025-04-01' + (g % 400), 'synthetic@bench', 'Synthetic progress ' || g,
       (array['RED', 'AMBER', 'GREEN'])[1 + g % 3], least(a.percent_complete, (g % 10) * 10)
  from generate_series(1, 5000 * :scale) g
  join action a on a.ref = 'SYN-A-' || (1 + g % (500 * :scale));
analyze;
