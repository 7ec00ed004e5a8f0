-- What a grant may be spent on (the conditions of, for example, the Children's Social Care Prevention Grant), kept
-- with the funding source so that its spend can be read beside them.
alter table funding_source add column conditions jsonb not null default '[]';
