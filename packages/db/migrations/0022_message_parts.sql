-- A decoded ops message as its decoder's parts (@paylens/codes/code-message: a catalogued text, then what the issuer or
-- the provider said), so the console translates the parts instead of reading its English back; null for transactions
-- written before, whose message the console looks up whole.
ALTER TABLE "transactions" ADD COLUMN "message_parts" jsonb;
