-- What a case's review looked like when it was looked up again, some time after the case ended with a
-- public reply (the process ReviewRecheck): published with its rating then, removed, or unknown where
-- the platform cannot be asked. The rating at intake is kept beside it, so the outcomes can say how
-- many reviews improved.
alter table review_case add column rating_at_intake integer;
alter table review_case add column final_review_state varchar(16);
alter table review_case add column final_rating integer;
alter table review_case add column final_review_checked_at timestamp;

-- When the poller last asked the platform whether an open case's review is still published. Each
-- poll asks about a bounded number of open cases, those asked longest ago first, so the lookups stay
-- within the platforms' quotas at thousands of open cases.
alter table review_case add column presence_checked_at timestamp;
create index review_case_presence_check_idx on review_case (platform, ended_at, presence_checked_at);
