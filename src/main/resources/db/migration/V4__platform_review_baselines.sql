-- What the review poller last saw of each review: its rating and a hash of its text with the
-- whitespace normalised. A later listing is compared with this, so an update is reported only when
-- the platform's own rating or wording changed. A review the poller has not seen before (its case
-- came through the API or a webhook, worded as that sender wrote it) only gets its baseline.
create table platform_review_baseline (
    platform           varchar(32)  not null,
    platform_review_id varchar(150) not null,
    rating             int          not null,
    text_sha256        char(64)     not null,
    primary key (platform, platform_review_id)
);
