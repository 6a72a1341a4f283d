-- Customers who asked, through the link in a review invitation, to receive no more of them. Kept
-- forever: neither the customer nor anyone with the address they had then is invited again. No
-- foreign key, so the opt-out outlives a change to the customer records.
create table invitation_opt_out (
    customer_id  bigint       not null primary key,
    email        varchar(320),
    opted_out_at timestamp    not null
);
create index invitation_opt_out_email_idx on invitation_opt_out (email);

-- The invitations are in the communication log (kind REVIEW_INVITATION); the job looks up the
-- recent ones of a kind.
create index communication_kind_sent_at_idx on communication (kind, sent_at);
