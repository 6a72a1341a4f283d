-- What a case's review looked like when it was looked up again, some time after the case ended with a
-- public reply (the process ReviewRecheck): published with its rating then, removed, or unknown where
-- the platform cannot be asked. The rating at intake is kept beside it, so the outcomes can say how
-- many reviews improved.
alter table review_case add column rating_at_intake integer;
alter table review_case add column final_review_state varchar(16);
alter table review_case add column final_rating integer;
alter table review_case add column final_review_checked_at timestamp;
