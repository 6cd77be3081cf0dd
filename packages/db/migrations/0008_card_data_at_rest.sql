-- Card data at rest (PCI DSS 3): from now on every entry redacts before it writes (domain/card.ts, card-body.ts).
-- This migration adds the original body's SHA-256 to the inbox and redacts what was stored before, with the same
-- rules written once more in SQL (a test checks the two agree). On PostgreSQL the old row versions keep the card
-- numbers until vacuumed: run VACUUM FULL afterwards (README, "Card data").
ALTER TABLE "webhook_inbox" ADD COLUMN "raw_sha256" text;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION paylens_security_code_fields() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT array['cvv', 'cvv2', 'cvc', 'cvc2', 'cvn', 'cvn2', 'cvd', 'cav2', 'csc', 'cardcvv', 'cardcvv2', 'cardcvc', 'cardcvc2', 'cardcsc', 'cvvcode', 'cvccode', 'cvvnumber', 'cvcnumber', 'securitycode', 'cardsecuritycode', 'cardsecuritynumber', 'verificationvalue', 'cardverificationvalue', 'cardverificationcode', 'cardcode']
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION paylens_is_pan(d text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  s int := 0;
  n int;
  dbl boolean := false;
  len int := length(d);
BEGIN
  IF len < 13 OR len > 19 OR d !~ '^[0-9]+$' THEN RETURN false; END IF;
  IF NOT (d ~ '^4'
    OR (d ~ '^(5[1-5]|222[1-9]|22[3-9][0-9]|2[3-6][0-9][0-9]|27[01][0-9]|2720)' AND len = 16)
    OR (d ~ '^3[47]' AND len = 15)
    OR (d ~ '^(6011|65|64[4-9])' AND len >= 16)
    OR (d ~ '^35(2[89]|[3-8][0-9])' AND len >= 16)
    OR (d ~ '^3(0[0-5]|[689])' AND len >= 14)
    OR (d ~ '^62' AND len >= 16)
    OR d ~ '^(50|5[6-9]|6[0-9])') THEN
    RETURN false;
  END IF;
  FOR i IN REVERSE len..1 LOOP
    n := ascii(substr(d, i, 1)) - 48;
    IF dbl THEN
      n := n * 2;
      IF n > 9 THEN n := n - 9; END IF;
    END IF;
    s := s + n;
    dbl := NOT dbl;
  END LOOP;
  RETURN s % 10 = 0;
END $$;
--> statement-breakpoint
-- One run of digit groups (single space, dash or dot between them): each card number in it, on group edges, masked.
CREATE OR REPLACE FUNCTION paylens_mask_run(run text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  groups text[] := regexp_split_to_array(run, '[ .-]');
  seps text[] := array(SELECT m[1] FROM regexp_matches(run, '([ .-])', 'g') AS m);
  n int := array_length(groups, 1);
  out text := '';
  digits text;
  found int;
  i int := 1;
BEGIN
  WHILE i <= n LOOP
    found := 0;
    digits := '';
    FOR j IN i..n LOOP
      digits := digits || groups[j];
      EXIT WHEN length(digits) > 19;
      IF paylens_is_pan(digits) THEN
        found := j;
        EXIT;
      END IF;
    END LOOP;
    IF found > 0 THEN
      out := out || left(digits, 6) || repeat('*', length(digits) - 10) || right(digits, 4) || coalesce(seps[found], '');
      i := found + 1;
    ELSE
      out := out || groups[i] || coalesce(seps[i], '');
      i := i + 1;
    END IF;
  END LOOP;
  RETURN out;
END $$;
--> statement-breakpoint
-- A text with its card numbers masked and the digits after cvv / cvc / csc words removed (domain redactText).
CREATE OR REPLACE FUNCTION paylens_redact(t text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  parts text[];
  runs text[];
  out text := '';
BEGIN
  IF t IS NULL THEN RETURN NULL; END IF;
  IF t ~ '[0-9]{4}[ .-]?[0-9]' THEN
    parts := regexp_split_to_array(t, '[0-9]+([ .-][0-9]+)*');
    runs := array(SELECT m[1] FROM regexp_matches(t, '([0-9]+(?:[ .-][0-9]+)*)', 'g') AS m);
    FOR i IN 1..array_length(parts, 1) LOOP
      out := out || parts[i] || coalesce(paylens_mask_run(runs[i]), '');
    END LOOP;
  ELSE
    out := t;
  END IF;
  RETURN regexp_replace(out, '\m(cvv2?|cvc2?|cvn2?|csc|cav2|security[ _-]?code|card[ _-]?code)\M([^0-9A-Za-z]{0,6})([0-9]{3,4})(?![0-9])', '\1\2***', 'gi');
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION paylens_is_security_code_field(k text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT lower(regexp_replace(k, '[[:space:]_-]+', '', 'g')) = ANY (paylens_security_code_fields())
$$;
--> statement-breakpoint
-- Any depth: strings redacted, security-code fields dropped, a card number sent as a number masked.
CREATE OR REPLACE FUNCTION paylens_redact_jsonb(j jsonb) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  IF j IS NULL THEN RETURN NULL; END IF;
  CASE jsonb_typeof(j)
    WHEN 'object' THEN
      RETURN coalesce((SELECT jsonb_object_agg(paylens_redact(k), paylens_redact_jsonb(v)) FROM jsonb_each(j) AS e(k, v) WHERE NOT paylens_is_security_code_field(k)), '{}'::jsonb);
    WHEN 'array' THEN
      RETURN coalesce((SELECT jsonb_agg(paylens_redact_jsonb(v) ORDER BY i) FROM jsonb_array_elements(j) WITH ORDINALITY AS a(v, i)), '[]'::jsonb);
    WHEN 'string' THEN
      RETURN to_jsonb(paylens_redact(j #>> '{}'));
    WHEN 'number' THEN
      IF paylens_is_pan(j::text) THEN RETURN to_jsonb(left(j::text, 6) || repeat('*', length(j::text) - 10) || right(j::text, 4)); END IF;
      RETURN j;
    ELSE
      RETURN j;
  END CASE;
END $$;
--> statement-breakpoint
-- A stored body: JSON through jsonb (numbers stay exact; key order becomes jsonb's), a form pair by pair, else text.
CREATE OR REPLACE FUNCTION paylens_redact_body(t text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  IF t IS NULL THEN RETURN NULL; END IF;
  IF t ~ '^\s*[{\[]' THEN
    BEGIN
      RETURN paylens_redact_jsonb(t::jsonb)::text;
    EXCEPTION WHEN others THEN
      RETURN paylens_redact(t);
    END;
  END IF;
  IF t ~ '^[^\s=&]+=[^\s&]*(&[^\s=&]+=[^\s&]*)*$' THEN
    RETURN (SELECT string_agg(CASE WHEN paylens_is_security_code_field(split_part(p, '=', 1)) THEN split_part(p, '=', 1) || '=***' ELSE paylens_redact(replace(p, '+', ' ')) END, '&' ORDER BY i)
      FROM regexp_split_to_table(t, '&') WITH ORDINALITY AS s(p, i));
  END IF;
  RETURN paylens_redact(t);
END $$;
--> statement-breakpoint
UPDATE "webhook_inbox" SET "raw_body" = paylens_redact_body("raw_body"), "headers" = paylens_redact_jsonb("headers"), "error" = paylens_redact("error");
--> statement-breakpoint
UPDATE "transactions" SET "description" = paylens_redact("description"), "card_holder" = paylens_redact("card_holder"), "customer_email" = paylens_redact("customer_email"),
  "tracking_id" = paylens_redact("tracking_id"), "message" = paylens_redact("message"), "friendly_message" = paylens_redact("friendly_message"),
  "details" = paylens_redact_jsonb("details"), "raw" = paylens_redact_jsonb("raw")
  WHERE concat_ws(' ', "description", "card_holder", "customer_email", "tracking_id", "message", "friendly_message", "details"::text, "raw"::text) ~* '[0-9]{4}[ .-]?[0-9]{4}[ .-]?[0-9]{4}|cv[vcn]|csc|cav2|secur|verif|card.?code';
--> statement-breakpoint
UPDATE "transaction_events" SET "summary" = paylens_redact("summary"), "payload" = paylens_redact_jsonb("payload")
  WHERE concat_ws(' ', "summary", "payload"::text) ~* '[0-9]{4}[ .-]?[0-9]{4}[ .-]?[0-9]{4}|cv[vcn]|csc|cav2|secur|verif|card.?code';
--> statement-breakpoint
UPDATE "notes" SET "text" = paylens_redact("text");
--> statement-breakpoint
UPDATE "actions" SET "reason" = paylens_redact("reason"), "error" = paylens_redact("error"), "outcome" = paylens_redact_jsonb("outcome");
--> statement-breakpoint
UPDATE "saved_views" SET "name" = paylens_redact("name"), "query" = paylens_redact("query");
--> statement-breakpoint
UPDATE "provider_calls" SET "error" = paylens_redact("error") WHERE "error" IS NOT NULL;
--> statement-breakpoint
UPDATE "provider_report_rows" SET "raw" = paylens_redact_jsonb("raw") WHERE "raw" IS NOT NULL;
--> statement-breakpoint
UPDATE "reconciliation_items" SET "detail" = paylens_redact("detail"), "resolution_note" = paylens_redact("resolution_note");
--> statement-breakpoint
-- The audit log is append-only; this one rewrite of card data is the exception, inside this migration's transaction.
ALTER TABLE "audit_log" DISABLE TRIGGER "audit_log_no_update";
--> statement-breakpoint
UPDATE "audit_log" SET "subject" = paylens_redact("subject"), "before" = paylens_redact_jsonb("before"), "after" = paylens_redact_jsonb("after");
--> statement-breakpoint
ALTER TABLE "audit_log" ENABLE TRIGGER "audit_log_no_update";
