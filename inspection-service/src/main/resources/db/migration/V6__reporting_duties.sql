-- What an intervention (a statutory direction above all) requires the council to report, to whom and how often: each
-- duty's due dates follow from its first due date and its interval, as an action plan's deadlines follow from a
-- report's publication.
create table reporting_duty (
    id              bigint generated always as identity primary key,
    intervention_id bigint        not null references intervention (id),
    position        integer       not null,
    what            varchar(500)  not null,
    to_whom         varchar(200)  not null,
    every_months    integer       not null check (every_months between 1 and 24),
    first_due       date          not null,
    until           date,
    source          varchar(500),
    check (until is null or until >= first_due)
);
create index reporting_duty_intervention on reporting_duty (intervention_id, position);
