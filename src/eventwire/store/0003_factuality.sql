-- eventwire store, schema version 3: factuality. An event's record says whether the text asserts
-- it happened (aux: negated, hypothetical, future, denied, alleged). Every event is stored; the
-- default queries, exports, statistics and incidents read the facts only (`factual`).
ALTER TABLE events ADD COLUMN denied BOOLEAN DEFAULT FALSE;
ALTER TABLE events ADD COLUMN alleged BOOLEAN DEFAULT FALSE;
ALTER TABLE events ADD COLUMN factual BOOLEAN DEFAULT TRUE;
UPDATE events SET denied = (record LIKE '%"denied": true%'), alleged = (record LIKE '%"alleged": true%');
UPDATE events SET factual = NOT (negated OR hypothetical OR future OR denied OR alleged);
