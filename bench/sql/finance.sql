-- SYNTHETIC data for the benchmark: 2,000 allocations and 20,000 spend lines (x :scale) over three
-- financial years, and a forecast for every tenth allocation.
insert into financial_year (label, start_date, end_date)
select to_char(d, 'YYYY') || '-' || to_char(d + interval '1 year', 'YY'), d, (d + interval '1 year' - interval '1 day')::date
  from (select (date '2023-04-01' + make_interval(years => y))::date d from generate_series(0, 3) y) years
on conflict (label) do nothing;

insert into allocation (ref, financial_year_id, category, amount, original_amount, purpose, approved_by, approved_date,
                        priority_ref)
select 'SYN-AL-' || g, y.id, (array['DEMAND_GROWTH', 'IMPROVEMENT_PLAN', 'WORKSTREAM', 'OTHER'])[1 + g % 4],
       10000 + (g % 97) * 1000, 10000 + (g % 97) * 1000, 'Synthetic allocation ' || g, 'Synthetic cabinet',
       y.start_date, 'SYN-P' || (1 + g % 20)
  from generate_series(1, 2000 * :scale) g
  join financial_year y on y.label = (array['2023-24', '2024-25', '2025-26'])[1 + g % 3];

insert into spend_entry (external_id, allocation_id, spend_date, amount, description, supplier)
select 'SYN-S-' || g, a.id, y.start_date + (g % 365), 10 + (g % 500), 'Synthetic spend ' || g, 'Synthetic supplier'
  from generate_series(1, 20000 * :scale) g
  join allocation a on a.ref = 'SYN-AL-' || (1 + g % (2000 * :scale))
  join financial_year y on y.id = a.financial_year_id;

insert into forecast (allocation_id, month, forecast_outturn)
select a.id, y.start_date + interval '6 months', a.amount * 0.9
  from allocation a join financial_year y on y.id = a.financial_year_id
 where a.ref like 'SYN-AL-%' and a.id % 10 = 0;

analyze;
