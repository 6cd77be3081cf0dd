CREATE INDEX "transactions_unlinked_children" ON "transactions" USING btree ("account_id","parent_provider_uid") WHERE parent_id is null and parent_provider_uid is not null;--> statement-breakpoint
-- Hand-written below. The balance check looked its groups up with IN (SELECT … FROM the transition table), which the
-- planner ran as a nested loop over every entry of the statement (0.25 million comparisons for a batch of 500
-- movements); = ANY(ARRAY(…)) is one index lookup per group.
CREATE OR REPLACE FUNCTION ledger_groups_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  bad record;
BEGIN
  SELECT e.group_id, sum(e.amount_minor) AS total, count(DISTINCT e.currency) AS currencies, count(*) AS entries INTO bad
    FROM ledger_entries e
   WHERE e.group_id = ANY (ARRAY(SELECT DISTINCT group_id FROM ledger_new_entries))
   GROUP BY e.group_id
  HAVING sum(e.amount_minor) <> 0 OR count(DISTINCT e.currency) <> 1 OR count(*) < 2
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'ledger group % does not balance: % entries in % currencies sum to %', bad.group_id, bad.entries, bad.currencies, bad.total
      USING ERRCODE = 'check_violation', CONSTRAINT = 'ledger_group_balanced';
  END IF;
  RETURN NULL;
END $$;
