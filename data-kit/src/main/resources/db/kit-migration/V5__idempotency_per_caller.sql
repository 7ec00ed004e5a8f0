-- An Idempotency-Key is its caller's own (the token's subject): another caller sending the same key
-- makes its own request, and never meets the first caller's answer or learns that the key was used.
alter table idempotency_record add column caller varchar(255) not null default '';
alter table idempotency_record drop constraint idempotency_record_pkey;
alter table idempotency_record add primary key (caller, scope, idempotency_key);
