-- Havering's Children's Services Improvement Plan, from public sources; every record names its own (publisher, title, date).
-- Applied once by the local run (SEED_ENABLED=true), never by the production migrations.
-- Nothing is invented: where a source gives no date, state or figure, none is stored and the
-- source column says so. The sources do not say which of the six Ofsted recommendations each
-- priority answers (they do not quote the recommendations), so no priority-recommendation links
-- are seeded: enter them with the recommendations' wording (PUT /api/v1/priorities/{ref}).

insert into improvement_plan (ref, title, plan_version, status, approved_by, approved_date, approved_date_precision,
                              intervention_ref, source)
values ('CSIP-2024', 'Children''s Services Improvement Plan', null, 'APPROVED', 'Cabinet', '2024-01-01', 'YEAR',
        'DFE-IN-2024',
        'Local press report of the cabinet''s approval of the plan, 2024: cabinet approved the plan, built on the six recommendations, after the report published in February 2024')
on conflict (ref) do nothing;

insert into priority (ref, plan_id, title, lead, judgement_area, source)
select v.ref, p.id, v.title, null, v.area, v.source
from improvement_plan p
join (values
    ('P1', 'Leadership, governance and oversight of the improvement', 'IMPACT_OF_LEADERS', 'Local press report of the cabinet''s approval of the plan, 2024: DfE improvement adviser, officer improvement board, cross-party oversight board'),
    ('P2', 'Workforce: structure, recruitment, retention and manageable caseloads', 'IMPACT_OF_LEADERS', 'Local press report of the cabinet''s approval of the plan, 2024; Time 107.5 FM (Local Democracy Reporting Service), ''‘Still more to do’ to improve Havering’s children’s services, council says'', early 2025; Havering Council statement one year on from the Inadequate rating, December 2024: workforce restructure, recruitment programme, high caseloads'),
    ('P3', 'Quality of practice: management oversight, supervision, drift and delay', 'HELP_AND_PROTECTION', 'Time 107.5 FM (Local Democracy Reporting Service), ''‘Still more to do’ to improve Havering’s children’s services, council says'', early 2025: "poor management and supervision" leading to "widespread drift and delay"'),
    ('P4', 'Early help, the front door and specialist safeguarding', 'HELP_AND_PROTECTION', 'Havering Council statement one year on from the Inadequate rating, December 2024: next, Early Help, MASH and Specialist Safeguarding; more capacity for EHC plans'),
    ('P5', 'Responding to neglect, domestic abuse, and children missing or at risk of exploitation', 'HELP_AND_PROTECTION', 'Local news, ''Havering’s Children’s Services praised for ‘good progress’ by Ofsted'', October 2025: NSPCC graded care profiles, MARAC, missing and exploitation'),
    ('P6', 'Systems and assurance: case management, audit and new tools', null, 'Time 107.5 FM (Local Democracy Reporting Service), ''‘Still more to do’ to improve Havering’s children’s services, council says'', early 2025; Havering Council statement one year on from the Inadequate rating, December 2024: case management system, audit processes, AI tools pilot')
) as v(ref, title, area, source) on p.ref = 'CSIP-2024'
on conflict (ref) do nothing;

insert into action (ref, priority_id, title, description, start_date, due_date, original_due_date, status,
                    percent_complete, source)
select v.ref, pr.id, v.title, null, null, null, null, v.status, v.percent, v.source
from priority pr
join (values
    ('A-1.1', 'P1', 'Appoint the DfE improvement adviser', 'COMPLETE', 100.00, 'DfE improvement adviser appointed March 2024 (local press report of the cabinet''s approval of the plan, 2024)'),
    ('A-1.2', 'P1', 'Establish the officer improvement board', 'IN_PROGRESS', 0.00, 'Part of the approved plan (local press report of the cabinet''s approval of the plan, 2024); its state is not given by our sources'),
    ('A-1.3', 'P1', 'Establish the cross-party oversight board', 'IN_PROGRESS', 0.00, 'Part of the approved plan (local press report of the cabinet''s approval of the plan, 2024); its state is not given by our sources'),
    ('A-1.4', 'P1', 'Submit the improvement plan to Ofsted and the DfE', 'IN_PROGRESS', 0.00, 'Part of the approved plan (local press report of the cabinet''s approval of the plan, 2024); the submission date is not given by our sources'),
    ('A-2.1', 'P2', 'Restructure the workforce into separate Corporate Parenting and Safeguarding services', 'COMPLETE', 100.00, 'Reorganisation finalised July 2024 (Havering Council statement one year on from the Inadequate rating, December 2024)'),
    ('A-2.2', 'P2', 'Recruitment and retention programme', 'IN_PROGRESS', 0.00, 'Part of the approved plan (local press report of the cabinet''s approval of the plan, 2024); caseloads brought down to more manageable levels (Havering Council statement one year on from the Inadequate rating, December 2024)'),
    ('A-3.1', 'P3', 'Strengthen management oversight and supervision of frontline staff', 'IN_PROGRESS', 0.00, 'Better supervision noted at the September 2025 monitoring visit (local news, ''Havering’s Children’s Services praised for ‘good progress’ by Ofsted'', October 2025)'),
    ('A-4.1', 'P4', 'Reorganise Early Help, MASH and Specialist Safeguarding', 'NOT_STARTED', 0.00, 'Named as the next step in December 2024 (Havering Council statement one year on from the Inadequate rating, December 2024)'),
    ('A-4.2', 'P4', 'More capacity for education, health and care (EHC) plans', 'NOT_STARTED', 0.00, 'Named as a next step in December 2024 (Havering Council statement one year on from the Inadequate rating, December 2024)'),
    ('A-5.1', 'P5', 'Use NSPCC graded care profiles to identify and address neglect', 'IN_PROGRESS', 0.00, 'Better use noted at the September 2025 monitoring visit (local news, ''Havering’s Children’s Services praised for ‘good progress’ by Ofsted'', October 2025)'),
    ('A-5.2', 'P5', 'Strengthen the response to domestic abuse through MARAC', 'IN_PROGRESS', 0.00, 'Stronger, with good partner attendance, at the September 2025 monitoring visit (local news, ''Havering’s Children’s Services praised for ‘good progress’ by Ofsted'', October 2025)'),
    ('A-5.3', 'P5', 'Improve the response to children missing or at risk of exploitation', 'IN_PROGRESS', 0.00, 'Improved at the September 2025 monitoring visit (local news, ''Havering’s Children’s Services praised for ‘good progress’ by Ofsted'', October 2025)'),
    ('A-6.1', 'P6', 'Review the case management system in partnership with Islington Council', 'NOT_STARTED', 0.00, 'Still to do (Time 107.5 FM (Local Democracy Reporting Service), ''‘Still more to do’ to improve Havering’s children’s services, council says'', early 2025; Havering Council statement one year on from the Inadequate rating, December 2024)'),
    ('A-6.2', 'P6', 'Put audit processes in place', 'NOT_STARTED', 0.00, 'Still to do (Time 107.5 FM (Local Democracy Reporting Service), ''‘Still more to do’ to improve Havering’s children’s services, council says'', early 2025; Havering Council statement one year on from the Inadequate rating, December 2024)'),
    ('A-6.3', 'P6', 'Pilot AI tools that help social workers work more efficiently', 'IN_PROGRESS', 0.00, 'Staff positive about the pilot, October 2024 (Havering Council statement one year on from the Inadequate rating, December 2024)')
) as v(ref, priority_ref, title, status, percent, source) on pr.ref = v.priority_ref
on conflict (ref) do nothing;

insert into board (ref, type, name, chair, source)
values
    ('OIB', 'OFFICER_IMPROVEMENT_BOARD', 'Officer improvement board', null, 'Local press report of the cabinet''s approval of the plan, 2024'),
    ('CPOB', 'CROSS_PARTY_OVERSIGHT_BOARD', 'Cross-party oversight board', null, 'Local press report of the cabinet''s approval of the plan, 2024'),
    ('CABINET', 'CABINET', 'Havering Council Cabinet', null, 'Local press report of the cabinet''s approval of the plan, 2024; local press report of the May 2019 cabinet decision, May 2019'),
    ('SCRUTINY', 'SCRUTINY', 'Overview and scrutiny', null, 'Local Government Act 2000, Part 1A: overview and scrutiny committees review the executive''s plans')
on conflict (ref) do nothing;

insert into kpi (code, name, unit, polarity, frequency, source, target, notes)
values
    ('SW_CASELOAD', 'Average social worker caseload', 'children per social worker', 'LOWER_IS_BETTER', 'MONTHLY', 'LOCAL_MI', null, 'High, complex caseloads were a cause named by Ofsted in December 2023 (Time 107.5 FM (Local Democracy Reporting Service), ''‘Still more to do’ to improve Havering’s children’s services, council says'', early 2025)'),
    ('AGENCY_RATE', 'Agency social worker rate', 'percent', 'LOWER_IS_BETTER', 'ANNUAL', 'WORKFORCE_CENSUS', null, null),
    ('VACANCY_RATE', 'Social worker vacancy rate', 'percent', 'LOWER_IS_BETTER', 'ANNUAL', 'WORKFORCE_CENSUS', null, null),
    ('TURNOVER_RATE', 'Social worker turnover rate', 'percent', 'LOWER_IS_BETTER', 'ANNUAL', 'WORKFORCE_CENSUS', null, null),
    ('ASSESSMENTS_45_DAYS', 'Assessments completed within 45 working days', 'percent', 'HIGHER_IS_BETTER', 'ANNUAL', 'CIN_CENSUS', null, null),
    ('REREFERRALS_12_MONTHS', 'Re-referrals within 12 months', 'percent', 'LOWER_IS_BETTER', 'ANNUAL', 'CIN_CENSUS', null, null),
    ('REPEAT_CP_PLANS', 'Child protection plans that are repeat plans', 'percent', 'LOWER_IS_BETTER', 'ANNUAL', 'CIN_CENSUS', null, null),
    ('CP_VISITS_IN_TIMESCALE', 'Child protection visits in timescale', 'percent', 'HIGHER_IS_BETTER', 'MONTHLY', 'LOCAL_MI', null, null),
    ('CARE_LEAVERS_SUITABLE_ACCOMMODATION', 'Care leavers in suitable accommodation', 'percent', 'HIGHER_IS_BETTER', 'ANNUAL', 'SSDA903', null, null),
    ('CARE_LEAVERS_EET', 'Care leavers in education, employment or training', 'percent', 'HIGHER_IS_BETTER', 'ANNUAL', 'SSDA903', null, null)
on conflict (code) do nothing;
