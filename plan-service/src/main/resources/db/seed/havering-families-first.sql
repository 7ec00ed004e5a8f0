-- The Families First Partnership: the DfE's reform of help, support and protection, run beside the improvement plan as
-- a programme of its own. Its priorities are the three parts of the reform the DfE's programme guide expects every
-- council to deliver. The sources do not give Havering's own actions, lead or dates for it, so none are seeded: the
-- council adds them (POST /api/v1/actions with one of these priorities).

insert into programme (ref, title, kind, description, source)
values ('FAMILIES-FIRST', 'Families First Partnership', 'REFORM',
        'The national reform of children''s social care from April 2025: Family Help, multi-agency child protection'
        || ' and family group decision-making, delivered with the statutory safeguarding partners and funded by the'
        || ' Children''s Social Care Prevention Grant.',
        'Department for Education, Families First Partnership (FFP) programme guide, March 2025,'
        || ' https://www.gov.uk/government/publications/families-first-partnership-programme')
on conflict (ref) do nothing;

insert into priority (ref, programme_id, title, source)
select v.ref, p.id, v.title,
       'Department for Education, Families First Partnership (FFP) programme guide, March 2025,'
       || ' https://www.gov.uk/government/publications/families-first-partnership-programme'
from programme p
join (values
    ('FFP-1', 'Family Help: one multi-disciplinary Family Help service, with a lead practitioner for each family'),
    ('FFP-2', 'Multi-agency child protection teams, with a lead child protection practitioner for each child'),
    ('FFP-3', 'Family group decision-making: the family network brought into decisions, before any proceedings')
) as v (ref, title) on true
where p.ref = 'FAMILIES-FIRST'
on conflict (ref) do nothing;
