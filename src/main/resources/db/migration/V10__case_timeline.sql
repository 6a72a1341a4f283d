-- The timeline of each case, kept as things happen so the figures of the outcomes page and the
-- case API are sums over this table rather than over the engine's whole history:
-- received_at (already here) at intake, first_outreach_at when the first proposal reached the
-- customer (the message was sent, or for a phone proposal the agent recorded the customer's
-- answer), ended_at when the process instance ended and, if it reached an end event, its outcome.
alter table review_case add column first_outreach_at timestamp;
alter table review_case add column ended_at timestamp;
alter table review_case add column outcome varchar(32);
create index review_case_received_at_idx on review_case (received_at);
