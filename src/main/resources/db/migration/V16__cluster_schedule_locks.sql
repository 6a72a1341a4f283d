-- Which node runs each schedule (the review poller, the redelivery of platform events, review
-- invitations, retention) and until when: ShedLock's table (io.reviewrecovery.database.OncePerCluster).
-- A node takes a schedule's row with a conditional update; the others skip that run.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
