-- What a node's user list is made of changes only when a user row changes in a way the list can
-- see (credentials, limits, eligibility, crossing the traffic quota) or a user comes or goes. Each
-- such commit adds one to a generation here (V14_1 installs the triggers), so a node polling an
-- unchanged list is answered from the sum of these rows instead of the eligibility query. The
-- generation is spread over sixteen rows so that concurrent commits rarely wait for each other.
CREATE TABLE user_list_generations (
    stripe      integer NOT NULL,
    generation  bigint  DEFAULT 0 NOT NULL,
    CONSTRAINT user_list_generations_pkey PRIMARY KEY (stripe)
);
INSERT INTO user_list_generations (stripe) VALUES
    (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15);
