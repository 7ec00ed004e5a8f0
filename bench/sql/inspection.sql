-- SYNTHETIC data for the benchmark: 50 inspections (x :scale), each with six recommendations.
insert into inspection (ref, local_authority_name, local_authority_ons_code, type, start_date, end_date, date_precision)
select 'SYN-I' || g, 'Synthetic Council', 'E09999999', case when g % 5 = 0 then 'ILACS_STANDARD' else 'MONITORING_VISIT' end,
       date '2015-01-05' + g * 7, date '2015-01-05' + g * 7 + 2, 'DAY'
  from generate_series(1, 50 * :scale) g;

insert into finding (ref, inspection_id, type, text, text_pending, area, status, status_date)
select i.ref || '-R' || r, i.id, 'RECOMMENDATION', 'Synthetic recommendation ' || r, false, 'HELP_AND_PROTECTION',
       (array['OPEN', 'ADDRESSED', 'CLOSED'])[1 + r % 3], i.start_date + 30
  from inspection i cross join generate_series(1, 6) r
 where i.ref like 'SYN-I%';
analyze;
