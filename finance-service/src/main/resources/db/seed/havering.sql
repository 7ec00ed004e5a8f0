-- The money behind Havering's improvement, from public sources; every record names its own (publisher, title, date).
-- Applied once by the local run (SEED_ENABLED=true), never by the production migrations.
-- No spend lines are seeded: our sources give none. Where sources disagree (the £11m and £17m
-- reports; the £5m and £4.3m reports), both figures are held with their sources and one is in use.

insert into financial_year (label, start_date, end_date)
values ('2019-20', '2019-04-01', '2020-03-31'),
       ('2020-21', '2020-04-01', '2021-03-31'),
       ('2024-25', '2024-04-01', '2025-03-31'),
       ('2025-26', '2025-04-01', '2026-03-31')
on conflict (label) do nothing;

insert into funding_source (ref, name, type, repayment_term_years, source)
values ('FS-CAPDIR-2025-26', 'Capitalisation direction, 2025-26', 'CAPITALISATION_DIRECTION', 20,
        'Time 107.5 FM (Local Democracy Reporting Service), ''‘Still more to do’ to improve Havering’s children’s services, council says'', early 2025: a £35m "capitalisation direction" to be paid back over the next 20 years'),
       ('FS-SETTLEMENT-2025-26', 'Government funding settlement, 2025-26', 'GOVERNMENT_SETTLEMENT', null,
        'Time 107.5 FM (Local Democracy Reporting Service), ''‘Still more to do’ to improve Havering’s children’s services, council says'', early 2025: £40m in government funding for the coming year, up by £10m from 2024/25')
on conflict (ref) do nothing;

insert into allocation (ref, financial_year_id, category, amount, original_amount, purpose, approved_by, approved_date,
                        source_document)
select v.ref, y.id, v.category, v.amount, v.amount, v.purpose, v.approved_by, cast(v.approved_date as date), v.source
from financial_year y
join (values
    ('ALLOC-2019-20-001', '2019-20', 'IMPROVEMENT_PLAN', 750000.00,
     'Two-year improvement programme on seven areas, answering the 2018 Ofsted recommendations (the approval covers two years; its split between 2019-20 and 2020-21 is not in our sources)',
     'Cabinet', '2019-05-09',
     'Local press report of the May 2019 cabinet decision, May 2019: cabinet on Wednesday, May 9 agreed £750,000 for an improvement programme over the next two years'),
    ('ALLOC-2024-25-001', '2024-25', 'DEMAND_GROWTH', 11000000.00,
     'Additional funding to children''s services for expected demand growth ("just over £11m"; the exact figure is not in our sources)',
     null, null,
     'Local press report of the cabinet''s approval of the plan, 2024; Time 107.5 FM (Local Democracy Reporting Service), ''‘Still more to do’ to improve Havering’s children’s services, council says'', early 2025; Havering Council statement one year on from the Inadequate rating, December 2024: more than £11 million allocated to children''s services in 2024-25'),
    ('ALLOC-2024-25-002', '2024-25', 'IMPROVEMENT_PLAN', 5000000.00,
     'Implementation of the Children''s Services Improvement Plan ("an additional £5m", "£5m in total"; the years it spans are not in our sources)',
     'Cabinet', null,
     'Local press report of the cabinet''s approval of the plan, 2024; Time 107.5 FM (Local Democracy Reporting Service), ''‘Still more to do’ to improve Havering’s children’s services, council says'', early 2025; Havering Council statement one year on from the Inadequate rating, December 2024')
) as v(ref, year, category, amount, purpose, approved_by, approved_date, source) on v.year = y.label
on conflict (ref) do nothing;

insert into context_figure (ref, subject, description, amount, financial_year, source, in_use)
values
    ('CTX-CS-EXTRA-2024-25-11M', 'children-services-extra-2024-25', 'Extra funding to children''s services in 2024-25',
     11000000.00, '2024-25', 'Local press report of the cabinet''s approval of the plan, 2024; Time 107.5 FM (Local Democracy Reporting Service), ''‘Still more to do’ to improve Havering’s children’s services, council says'', early 2025; Havering Council statement one year on from the Inadequate rating, December 2024 ("more than £11 million", "an extra £11million", "just over £11m")', true),
    ('CTX-CS-EXTRA-2024-25-17M', 'children-services-extra-2024-25', 'Extra funding to children''s services in 2024-25, as one press report gives it',
     17000000.00, '2024-25', 'A press report whose publisher and date are not recorded ("one press report says £17m")', false),
    ('CTX-PLAN-COST-5M', 'improvement-plan-cost', 'The improvement plan''s additional cost',
     5000000.00, null, 'Local press report of the cabinet''s approval of the plan, 2024; Time 107.5 FM (Local Democracy Reporting Service), ''‘Still more to do’ to improve Havering’s children’s services, council says'', early 2025; Havering Council statement one year on from the Inadequate rating, December 2024 ("an additional £5 million", "£5m in total")', true),
    ('CTX-PLAN-COST-4.3M', 'improvement-plan-cost', 'The improvement plan''s additional cost, as one press report gives it',
     4300000.00, null, 'A press report whose publisher and date are not recorded ("£4.3m")', false),
    ('CTX-DEFICIT-2025-26', 'council-budget-deficit-2025-26', 'The council''s budget deficit for 2025-26, including the capitalisation direction',
     75000000.00, '2025-26', 'Time 107.5 FM (Local Democracy Reporting Service), ''‘Still more to do’ to improve Havering’s children’s services, council says'', early 2025', true),
    ('CTX-CAPDIR-2025-26', 'capitalisation-direction-2025-26', 'Capitalisation direction, to be paid back over 20 years',
     35000000.00, '2025-26', 'Time 107.5 FM (Local Democracy Reporting Service), ''‘Still more to do’ to improve Havering’s children’s services, council says'', early 2025', true),
    ('CTX-SETTLEMENT-2025-26', 'government-funding-2025-26', 'Government funding for 2025-26',
     40000000.00, '2025-26', 'Time 107.5 FM (Local Democracy Reporting Service), ''‘Still more to do’ to improve Havering’s children’s services, council says'', early 2025', true),
    ('CTX-SETTLEMENT-RISE-2025-26', 'government-funding-rise-2025-26', 'Rise in government funding from 2024-25 to 2025-26',
     10000000.00, '2025-26', 'Time 107.5 FM (Local Democracy Reporting Service), ''‘Still more to do’ to improve Havering’s children’s services, council says'', early 2025', true)
on conflict (ref) do nothing;
