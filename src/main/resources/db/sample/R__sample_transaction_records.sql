-- A small, realistic set of customers and purchases for the local demo (profile "local" only).
-- Dates are relative to the day the sample is loaded so that fresh demo reviews match.
delete from customer_transaction where customer_id between 1 and 99;
delete from customer where id between 1 and 99;

insert into customer (id, full_name, email, phone) values
    (1, 'Jane Doe',        'jane.doe@example.com',      '+44 20 7946 0011'),
    (2, 'Marcus Webb',     'marcus.webb@example.com',   null),
    (3, 'Priya Natarajan', 'priya.n@example.com',       '+44 20 7946 0433'),
    (4, 'Tom Okafor',      null,                        '+44 20 7946 0870'),
    (5, 'Jane Doe',        'jane.doe.84@example.org',   null),
    (6, 'Elena Rossi',     'elena.rossi@example.com',   '+44 20 7946 0219');

insert into customer_transaction (id, customer_id, order_reference, purchased_on, description, amount) values
    (1,  1, 'HSB-10231', current_date - interval '12' day,  'Celebration cake, 2 tiers, lemon', 85.00),
    (2,  2, 'HSB-10244', current_date - interval '5' day,   'Sourdough subscription, 4 weeks',  48.00),
    (3,  3, 'HSB-10102', current_date - interval '40' day,  'Wedding cake tasting',              35.00),
    (4,  3, 'HSB-10250', current_date - interval '3' day,   'Wedding cake, 4 tiers',            620.00),
    (5,  4, 'HSB-09870', current_date - interval '400' day, 'Birthday cupcakes, 24',             54.00),
    (6,  5, 'HSB-10199', current_date - interval '20' day,  'Croissants, box of 12',             26.40),
    (7,  6, 'HSB-10261', current_date - interval '1' day,   'Catering platter for 30',          310.00),
    (8,  6, 'HSB-10011', current_date - interval '90' day,  'Catering platter for 40',          395.00);
