-- Each message's response links can be used once: the first answer given through a link of a
-- message is recorded here, in the transaction that completes the waiting task; the primary key
-- refuses a second use, also when two arrive at the same moment.
create table customer_response (
    message_key  varchar(255) not null primary key,
    business_key varchar(200) not null,
    answer       varchar(32)  not null,
    answered_at  timestamp    not null
);
create index customer_response_business_key_idx on customer_response (business_key);
