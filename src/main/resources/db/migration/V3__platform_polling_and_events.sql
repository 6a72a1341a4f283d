-- Where each platform's review poller stopped: the newest update it has handled. A restart
-- continues from here instead of starting over or missing what changed meanwhile.
create table platform_poll_state (
    platform         varchar(32) not null primary key,
    last_update_time timestamp   not null,
    polled_at        timestamp   not null
);

-- Every event a platform reported (signed webhook or poller), once per event id. A new review
-- starts a case; an update or removal is delivered to its case when the case waits for it, so an
-- event that arrives early is kept, not lost. The primary key makes a replayed event a no-op.
create table platform_event (
    platform           varchar(32)   not null,
    event_id           varchar(200)  not null,
    type               varchar(32)   not null,
    platform_review_id varchar(150)  not null,
    review             varchar(12000),
    state              varchar(16)   not null,
    received_at        timestamp     not null,
    handled_at         timestamp,
    primary key (platform, event_id)
);
create index platform_event_state_idx on platform_event (state);

-- Public replies per platform location and day, for platforms that cap them (Yelp: 20 a day).
-- Counted in the posting job's transaction, so a failed post gives its slot back.
create table platform_reply_quota (
    platform    varchar(32)  not null,
    location_id varchar(200) not null,
    reply_day   date         not null,
    replies     int          not null,
    primary key (platform, location_id, reply_day)
);
