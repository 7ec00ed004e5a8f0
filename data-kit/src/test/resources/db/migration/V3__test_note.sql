-- A small record that exists only in data-kit's tests, to drive the shared pieces.
create table test_note (
    id      bigint generated always as identity primary key,
    ref     varchar(50) not null unique,
    text    varchar(200) not null,
    version bigint not null default 0
);
