-- Havering's inspection and intervention history, from public sources; every record names its own (publisher, title, date).
-- Applied once by the local run (SEED_ENABLED=true), never by the production migrations.
-- Dates the sources give only to the month or year are stored as the first day of that month or
-- year with their precision; nothing is invented. The six December 2023 recommendations are not
-- quoted by our sources: their text is a marker to be replaced from the published report.

insert into inspection (ref, local_authority_name, local_authority_ons_code, type, start_date, end_date, date_precision,
                        published_date, published_date_precision, report_url, focus_areas, progress_verdict, source)
values
    ('ILACS-2018', 'London Borough of Havering', 'E09000016', 'ILACS_STANDARD', '2018-01-01', null, 'YEAR',
     '2018-06-01', 'MONTH', null, '[]', null,
     'Local press report of the May 2019 cabinet decision, May 2019: "recommendations made by Ofsted in June 2018, following an inspection earlier that year"'),
    ('ILACS-2023', 'London Borough of Havering', 'E09000016', 'ILACS_STANDARD', '2023-12-11', '2023-12-22', 'DAY',
     '2024-02-16', 'DAY', null, '[]', null,
     'Ofsted, local authority inspection outcomes (management information): inspection from 11 December 2023, report published 16 February 2024; a two-week inspection (local press report of the cabinet''s approval of the plan, 2024)'),
    ('MV-2024-10', 'London Borough of Havering', 'E09000016', 'MONITORING_VISIT', '2024-10-01', null, 'MONTH',
     null, null, null, '[]', null,
     'Havering Council statement one year on from the Inadequate rating, December 2024: "In early October, Ofsted undertook their first monitoring visit"'),
    ('MV-2025-03', 'London Borough of Havering', 'E09000016', 'MONITORING_VISIT', '2025-03-26', '2025-03-27', 'DAY',
     '2025-04-29', 'DAY', null, '["Children in care"]', null,
     'Havering Council news on the second monitoring visit (26 and 27 March 2025, children in care); Ofsted''s letter published 29 April 2025'),
    ('MV-2025-09', 'London Borough of Havering', 'E09000016', 'MONITORING_VISIT', '2025-09-16', '2025-09-17', 'DAY',
     null, null, null, '[]', 'good progress',
     'Local news, ''Havering’s Children’s Services praised for ‘good progress’ by Ofsted'', October 2025: the visit on 16 and 17 September was the third monitoring inspection; "good progress"')
on conflict (ref) do nothing;

insert into judgement (inspection_id, area, grade)
select i.id, j.area, j.grade
from inspection i
join (values
    ('ILACS-2018', 'OVERALL_EFFECTIVENESS', 'GOOD'),
    ('ILACS-2018', 'IMPACT_OF_LEADERS', 'GOOD'),
    ('ILACS-2018', 'HELP_AND_PROTECTION', 'REQUIRES_IMPROVEMENT_TO_BE_GOOD'),
    ('ILACS-2018', 'CHILDREN_IN_CARE_AND_CARE_LEAVERS', 'GOOD'),
    ('ILACS-2023', 'OVERALL_EFFECTIVENESS', 'INADEQUATE'),
    ('ILACS-2023', 'IMPACT_OF_LEADERS', 'INADEQUATE'),
    ('ILACS-2023', 'HELP_AND_PROTECTION', 'INADEQUATE'),
    ('ILACS-2023', 'CHILDREN_IN_CARE', 'INADEQUATE'),
    ('ILACS-2023', 'CARE_LEAVERS', 'REQUIRES_IMPROVEMENT_TO_BE_GOOD')
) as j(inspection_ref, area, grade) on j.inspection_ref = i.ref
on conflict (inspection_id, area) do nothing;

insert into finding (ref, inspection_id, type, text, text_pending, area, status, status_date, source)
select f.ref, i.id, f.type, f.text, f.text_pending, f.area, f.status, cast(f.status_date as date), f.source
from inspection i
join (values
    ('ILACS-2023-R1', 'ILACS-2023', 'RECOMMENDATION', 'To be entered from the published Ofsted report (recommendation 1 of 6).', true, null, 'OPEN', '2024-02-16', 'Ofsted ILACS report, published 16 February 2024: six recommendations (local press report of the cabinet''s approval of the plan, 2024); wording not quoted by our sources'),
    ('ILACS-2023-R2', 'ILACS-2023', 'RECOMMENDATION', 'To be entered from the published Ofsted report (recommendation 2 of 6).', true, null, 'OPEN', '2024-02-16', 'Ofsted ILACS report, published 16 February 2024: six recommendations (local press report of the cabinet''s approval of the plan, 2024); wording not quoted by our sources'),
    ('ILACS-2023-R3', 'ILACS-2023', 'RECOMMENDATION', 'To be entered from the published Ofsted report (recommendation 3 of 6).', true, null, 'OPEN', '2024-02-16', 'Ofsted ILACS report, published 16 February 2024: six recommendations (local press report of the cabinet''s approval of the plan, 2024); wording not quoted by our sources'),
    ('ILACS-2023-R4', 'ILACS-2023', 'RECOMMENDATION', 'To be entered from the published Ofsted report (recommendation 4 of 6).', true, null, 'OPEN', '2024-02-16', 'Ofsted ILACS report, published 16 February 2024: six recommendations (local press report of the cabinet''s approval of the plan, 2024); wording not quoted by our sources'),
    ('ILACS-2023-R5', 'ILACS-2023', 'RECOMMENDATION', 'To be entered from the published Ofsted report (recommendation 5 of 6).', true, null, 'OPEN', '2024-02-16', 'Ofsted ILACS report, published 16 February 2024: six recommendations (local press report of the cabinet''s approval of the plan, 2024); wording not quoted by our sources'),
    ('ILACS-2023-R6', 'ILACS-2023', 'RECOMMENDATION', 'To be entered from the published Ofsted report (recommendation 6 of 6).', true, null, 'OPEN', '2024-02-16', 'Ofsted ILACS report, published 16 February 2024: six recommendations (local press report of the cabinet''s approval of the plan, 2024); wording not quoted by our sources'),
    ('ILACS-2018-S1', 'ILACS-2018', 'STRENGTH', 'The Cocoon, the care leavers'' hub launched in October 2017, was described as "highly impressive".', false, 'CHILDREN_IN_CARE_AND_CARE_LEAVERS', null, null, 'Local press report of the May 2019 cabinet decision, May 2019'),
    ('MV-2024-10-H1', 'MV-2024-10', 'HEADLINE_FINDING', 'A significant amount of work has been undertaken since the improvement notice was issued (as reported by the council).', false, null, null, null, 'Havering Council statement one year on from the Inadequate rating, December 2024'),
    ('MV-2024-10-H2', 'MV-2024-10', 'HEADLINE_FINDING', 'Caseloads have been brought down to more manageable levels, albeit with some significant complexities, helping staff morale (as reported by the council).', false, null, null, null, 'Havering Council statement one year on from the Inadequate rating, December 2024'),
    ('MV-2024-10-H3', 'MV-2024-10', 'HEADLINE_FINDING', 'Staff are positive about the piloting of AI tools that help them work more efficiently (as reported by the council).', false, null, null, null, 'Havering Council statement one year on from the Inadequate rating, December 2024'),
    ('MV-2025-09-H1', 'MV-2025-09', 'HEADLINE_FINDING', 'Smaller caseloads mean social workers can spend more time with children and families.', false, null, null, null, 'Local news, ''Havering’s Children’s Services praised for ‘good progress’ by Ofsted'', October 2025'),
    ('MV-2025-09-H2', 'MV-2025-09', 'HEADLINE_FINDING', 'Regular visits build stronger relationships, and better supervision of frontline staff means children''s needs are planned more effectively.', false, null, null, null, 'Local news, ''Havering’s Children’s Services praised for ‘good progress’ by Ofsted'', October 2025'),
    ('MV-2025-09-H3', 'MV-2025-09', 'HEADLINE_FINDING', 'The response to domestic abuse through local MARAC meetings is stronger, with good attendance from partners.', false, null, null, null, 'Local news, ''Havering’s Children’s Services praised for ‘good progress’ by Ofsted'', October 2025'),
    ('MV-2025-09-H4', 'MV-2025-09', 'HEADLINE_FINDING', 'Better use of tools such as the NSPCC''s graded care profiles to identify and address neglect.', false, null, null, null, 'Local news, ''Havering’s Children’s Services praised for ‘good progress’ by Ofsted'', October 2025'),
    ('MV-2025-09-H5', 'MV-2025-09', 'HEADLINE_FINDING', 'The response to children missing or at risk of exploitation has improved.', false, null, null, null, 'Local news, ''Havering’s Children’s Services praised for ‘good progress’ by Ofsted'', October 2025'),
    ('MV-2025-09-H6', 'MV-2025-09', 'HEADLINE_FINDING', 'There are still areas that need further work.', false, null, null, null, 'Local news, ''Havering’s Children’s Services praised for ‘good progress’ by Ofsted'', October 2025')
) as f(ref, inspection_ref, type, text, text_pending, area, status, status_date, source) on f.inspection_ref = i.ref
on conflict (ref) do nothing;

insert into intervention (ref, type, legal_basis, issued_date, issued_date_precision, lifted_date, status, conditions, source)
values ('DFE-IN-2024', 'IMPROVEMENT_NOTICE', 'Non-statutory improvement notice from the Department for Education',
        '2024-03-01', 'MONTH', null, 'OPEN',
        '["An improvement plan", "An improvement board", "Work with a DfE improvement adviser", "A DfE review of progress at least every six months"]',
        'Improvement notice, March 2024 (local press report of the cabinet''s approval of the plan, 2024; Havering Council statement one year on from the Inadequate rating, December 2024). Conditions: those an improvement notice sets (Department for Education, children''s services improvement notices, GOV.UK)')
on conflict (ref) do nothing;

insert into oversight_role (intervention_id, position, role, person_name, from_date, to_date)
select i.id, 0, 'DFE_IMPROVEMENT_ADVISER', null, '2024-03-01', null
from intervention i
where i.ref = 'DFE-IN-2024'
  and not exists (select 1 from oversight_role o where o.intervention_id = i.id);

insert into dfe_review (ref, intervention_id, review_date, review_date_precision, summary, next_review_due, source)
select 'DFE-REV-2024-11', i.id, '2024-11-01', 'MONTH',
       'First DfE review, mid-November 2024. Both Ofsted and the DfE recognised a significant amount of work undertaken since the improvement notice (as reported by the council).',
       null, 'Havering Council statement one year on from the Inadequate rating, December 2024: "the first review by the Department for Education (DfE) in mid-November"'
from intervention i
where i.ref = 'DFE-IN-2024'
on conflict (ref) do nothing;
