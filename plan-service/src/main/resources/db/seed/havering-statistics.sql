-- Which column of the DfE's published files is each of Havering's KPIs (data, not code: a new file or indicator
-- needs only a row here or a POST /api/v1/kpis/{ref}/published-source). The files themselves are imported after this
-- script, from statistics/dfe (tracker.published-statistics.seed-files).

insert into kpi (code, name, unit, polarity, frequency, source, target, notes)
values
    ('CLA_RATE', 'Children looked after per 10,000 children', 'per 10,000 children under 18', 'LOWER_IS_BETTER',
     'ANNUAL', 'SSDA903', null, 'Ranked lowest first; a lower rate is not of itself better, and no source sets a target (Department for Education, Children looked after in England including adoptions)')
on conflict (code) do nothing;

insert into kpi_published_source (kpi_id, publication, indicator, filters, year_ends)
select k.id, m.publication, m.indicator, cast(m.filters as jsonb), m.year_ends
  from (values
    ('SW_CASELOAD', 'Children''s social work workforce', 'caseload_fte', '{}', '09-30'),
    ('AGENCY_RATE', 'Children''s social work workforce', 'agency_rate_fte', '{}', '09-30'),
    ('VACANCY_RATE', 'Children''s social work workforce', 'vacancy_rate_fte', '{}', '09-30'),
    ('TURNOVER_RATE', 'Children''s social work workforce', 'turnover_rate_fte', '{}', '09-30'),
    ('REREFERRALS_12_MONTHS', 'Children in need', 'rereferral_percent', '{}', '03-31'),
    ('REPEAT_CP_PLANS', 'Children in need', 'CPP_subsequent_percent', '{}', '03-31'),
    ('CLA_RATE', 'Children looked after in England including adoptions', 'rate_per_10000',
     '{"population_type": "Children looked after on 31 March each year"}', '03-31'),
    ('CARE_LEAVERS_SUITABLE_ACCOMMODATION', 'Children looked after in England including adoptions',
     'care_leaver_percent', '{"care_leaver_age": "17 to 18 years", "breakdown": "Accommodation considered suitable"}',
     '03-31')
  ) as m (code, publication, indicator, filters, year_ends)
  join kpi k on k.code = m.code
on conflict (kpi_id) do nothing;
