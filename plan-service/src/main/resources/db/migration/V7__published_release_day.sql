-- The day a published figure was released, where the import was told it: a view as at an earlier day does not show
-- a figure nobody could have read then.
alter table published_figure add column released date;
alter table kpi_value add column released date;
