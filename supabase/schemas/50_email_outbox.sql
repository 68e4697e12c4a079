-- The email outbox: every email the app sends is first stored here and then delivered, at once
-- when possible and otherwise by the periodic runner with backoff, so nothing is lost when the
-- mail provider is down. Also the bookkeeping for proposal digests: which side of each proposal
-- has been told.

-- pending/sending/sent/failed: delivery. skipped: the recipient chose "never" for its kind, not
-- sent. held: the recipient chose "daily", waiting for their daily digest. bundled: went out in
-- that digest (bundled_into).
create type public.email_status as enum ('pending', 'sending', 'sent', 'failed', 'skipped', 'held', 'bundled');

create table public.email_outbox (
  id uuid primary key default gen_random_uuid(),
  -- Null for mail that belongs to no tenant; set null rather than lose the record of what was sent.
  municipality_id uuid references public.municipalities (id) on delete set null,
  -- The organisation a digest was for: the "at most one per organisation per day" rule reads it.
  organisation_id uuid references public.organisations (id) on delete set null,
  kind text not null check (kind ~ '^[a-z][a-z_]{1,39}$'),
  to_address text not null check (to_address ~* '^[^@\s]+@[^@\s]+\.[^@\s]+$' and char_length(to_address) <= 254),
  subject text not null check (char_length(subject) between 1 and 300),
  html text not null,
  text text not null,
  -- Sent to Resend as Idempotency-Key: a retry after a crash between "sent" and "marked" is not
  -- delivered twice. Unique, so enqueueing the same email twice stores it once.
  idempotency_key text not null unique check (char_length(idempotency_key) between 1 and 256),
  status public.email_status not null default 'pending',
  -- Counted when a delivery claims the row, so an attempt that crashed still counts.
  attempts integer not null default 0 check (attempts >= 0),
  next_attempt_at timestamptz not null default now(),
  claimed_at timestamptz,
  last_error text,
  resend_id text,
  created_at timestamptz not null default now(),
  sent_at timestamptz,
  -- The recipient's account: their email preferences apply and the unsubscribe link names them.
  -- Given by the caller, or found by the address (see apply_email_preference); null for
  -- addresses without an account.
  user_id uuid references auth.users (id) on delete set null,
  -- When a permanent failure was recorded (the municipality's list of failed messages).
  failed_at timestamptz,
  -- The daily digest a held message went out in.
  bundled_into uuid references public.email_outbox (id) on delete set null
);
-- Service role only: the rows hold other people's addresses and whole messages (invitations,
-- proposals). RLS is on with no policy at all, and the API roles lose their table grants too,
-- so anon and authenticated can neither read nor write it, whatever a future policy says.
alter table public.email_outbox enable row level security;
revoke all on table public.email_outbox from anon, authenticated;
grant select, insert, update, delete on table public.email_outbox to service_role;

create index email_outbox_municipality_idx on public.email_outbox (municipality_id);
create index email_outbox_due_idx on public.email_outbox (next_attempt_at) where status in ('pending', 'sending');
create index email_outbox_user_idx on public.email_outbox (user_id);
create index email_outbox_bundled_into_idx on public.email_outbox (bundled_into);
create index email_outbox_held_idx on public.email_outbox (user_id, created_at) where status = 'held';
create index email_outbox_failed_idx on public.email_outbox (municipality_id, failed_at desc) where status = 'failed';
create index email_outbox_digest_idx on public.email_outbox (organisation_id, kind, created_at desc)
  where organisation_id is not null;

-- Claims due rows for delivery and returns them: pending rows whose time has come, and rows left
-- "sending" longer than the lease by a process that died. SKIP LOCKED lets two server processes
-- claim at once without ever getting the same row; the update in the same statement makes the
-- claim stick. p_ids narrows it to rows just enqueued (the immediate delivery).
create or replace function public.claim_email_outbox(
  p_limit integer default 20,
  p_now timestamptz default now(),
  p_ids uuid[] default null,
  p_lease interval default interval '5 minutes'
) returns setof public.email_outbox
language sql
set search_path = ''
as $$
  with due as (
    select o.id
    from public.email_outbox o
    where (p_ids is null or o.id = any (p_ids))
      and ((o.status = 'pending' and o.next_attempt_at <= p_now)
           or (o.status = 'sending' and o.claimed_at <= p_now - p_lease))
    order by o.next_attempt_at, o.created_at
    limit greatest(p_limit, 0)
    for update skip locked
  )
  update public.email_outbox o
     set status = 'sending', attempts = o.attempts + 1, claimed_at = p_now
    from due
   where o.id = due.id
  returning o.*
$$;
revoke execute on function public.claim_email_outbox(integer, timestamptz, uuid[], interval) from public, anon, authenticated;
grant execute on function public.claim_email_outbox(integer, timestamptz, uuid[], interval) to service_role;

-- Email preferences ---------------------------------------------------------------------------

create type public.email_frequency as enum ('immediately', 'daily', 'never');

-- Per user and kind of email: at once, bundled in one daily digest, or never. No row: the
-- kind's default (src/lib/email/kinds.ts: immediately; the proposals digest is daily by nature).
-- The kinds are the ones a user may choose for; other mail (invitations, sign-in) always goes.
create table public.email_preferences (
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  kind text not null check (kind in ('proposals_digest', 'deal_started', 'deal_answered', 'deal_agreed',
                                     'followup_question', 'followup_reminder', 'event_invitation')),
  frequency public.email_frequency not null,
  updated_at timestamptz not null default now(),
  primary key (user_id, kind)
);
alter table public.email_preferences enable row level security;
revoke all on table public.email_preferences from anon, authenticated;
grant select, delete on table public.email_preferences to authenticated;
grant insert (user_id, kind, frequency) on table public.email_preferences to authenticated;
grant update (frequency) on table public.email_preferences to authenticated;
grant select, insert, update, delete on table public.email_preferences to service_role;

create trigger email_preferences_touch before update on public.email_preferences
  for each row execute function private.touch_updated_at();

-- Own rows only: nobody reads or changes another person's choices (staff neither).
create policy "own email preferences: read" on public.email_preferences for select
  to authenticated using (user_id = (select auth.uid()));
create policy "own email preferences: insert" on public.email_preferences for insert
  to authenticated with check (user_id = (select auth.uid()));
create policy "own email preferences: update" on public.email_preferences for update
  to authenticated using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
create policy "own email preferences: delete" on public.email_preferences for delete
  to authenticated using (user_id = (select auth.uid()));

-- Saves the caller's choices ({"kind": "frequency", ...}) in one go. Security invoker: the
-- policies above decide, so it writes the caller's own rows only; an unknown kind or frequency
-- fails the table's checks (400) and nothing is saved.
create or replace function public.save_email_preferences(p_preferences jsonb) returns void
language plpgsql
set search_path = ''
as $$
begin
  if auth.uid() is null then
    raise exception 'not signed in' using errcode = '42501';
  end if;
  if jsonb_typeof(p_preferences) <> 'object' then
    raise exception 'p_preferences must be an object' using errcode = '22023';
  end if;
  insert into public.email_preferences (user_id, kind, frequency)
  select auth.uid(), e.key, (e.value #>> '{}')::public.email_frequency
  from jsonb_each(p_preferences) e
  on conflict (user_id, kind) do update set frequency = excluded.frequency;
end
$$;
revoke execute on function public.save_email_preferences(jsonb) from public, anon;
grant execute on function public.save_email_preferences(jsonb) to authenticated, service_role;

-- Applied to every message as it is stored, whichever path stores it (the app's enqueue, the
-- digest RPCs, other features' RPCs): finds the recipient's account by address when the caller
-- gave none, then follows their choice for the kind: never = skipped, daily = held for the daily
-- digest (the proposals digest is itself at most daily, so it goes as it is). Security definer:
-- it reads auth.users and everyone's preferences, which the service role writing the outbox may
-- not see through RLS on a hosted project. Not callable: a trigger function. Auth stores
-- addresses in lower case, so the lookup uses auth.users' own email index.
create or replace function private.apply_email_preference() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  v_frequency public.email_frequency;
begin
  if new.user_id is null then
    select u.id into new.user_id
    from auth.users u
    where u.email = lower(new.to_address)
    order by u.created_at
    limit 1;
  end if;
  if new.user_id is null or new.status <> 'pending' then
    return new;
  end if;
  select p.frequency into v_frequency
  from public.email_preferences p
  where p.user_id = new.user_id and p.kind = new.kind;
  if v_frequency = 'never' then
    new.status := 'skipped';
    new.last_error := 'the recipient chose never for this kind';
  elsif v_frequency = 'daily' and new.kind <> 'proposals_digest' then
    new.status := 'held';
  end if;
  return new;
end
$$;
revoke execute on function private.apply_email_preference() from public, anon, authenticated;

create trigger email_outbox_preference before insert on public.email_outbox
  for each row execute function private.apply_email_preference();

-- One user's daily digest: stores the digest (p_email = { "to", "subject", "html", "text",
-- "idempotency_key" }) and marks the held messages it lists bundled, in one transaction, so two
-- runners never bundle a message twice. Returns
--   { "status": "enqueued", "id": digest id }
--   { "status": "stale" }  a message was bundled or removed meanwhile; the next run starts over
create or replace function public.enqueue_daily_digest(
  p_user uuid,
  p_ids uuid[],
  p_email jsonb,
  p_municipality uuid default null
) returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  v_found integer;
  v_id uuid;
begin
  select count(*) into v_found
  from (
    select 1 from public.email_outbox o
    where o.id = any (p_ids) and o.user_id = p_user and o.status = 'held'
    for update skip locked
  ) locked;
  if v_found = 0 or v_found <> cardinality(array(select distinct unnest(p_ids))) then
    return jsonb_build_object('status', 'stale');
  end if;
  insert into public.email_outbox (municipality_id, user_id, kind, to_address, subject, html, text, idempotency_key)
  values (p_municipality, p_user, 'daily_digest', p_email ->> 'to', p_email ->> 'subject', p_email ->> 'html',
          p_email ->> 'text', p_email ->> 'idempotency_key')
  on conflict (idempotency_key) do nothing
  returning id into v_id;
  if v_id is null then
    return jsonb_build_object('status', 'stale');
  end if;
  update public.email_outbox o set status = 'bundled', bundled_into = v_id
   where o.id = any (p_ids);
  return jsonb_build_object('status', 'enqueued', 'id', v_id);
end
$$;
revoke execute on function public.enqueue_daily_digest(uuid, uuid[], jsonb, uuid) from public, anon, authenticated;
grant execute on function public.enqueue_daily_digest(uuid, uuid[], jsonb, uuid) to service_role;

-- Proposal notifications ----------------------------------------------------------------------

-- What the digest may announce, one row per (proposal, organisation to tell): above the engine's
-- threshold (p_min_score, passed in so the engine stays its only source) or pinned by a
-- matchmaker; both listings still open; nobody dismissed or vetoed the pair; not yet told to that
-- organisation; and the organisation had no digest within p_min_interval and its oldest news is
-- at least p_settle old (so a few listings posted in a row arrive in one email).
create or replace function public.pending_proposal_notifications(
  p_municipality uuid,
  p_min_score real,
  p_min_interval interval default interval '1 day',
  p_settle interval default interval '0'
) returns table (
  proposal_id uuid,
  organisation_id uuid,
  side public.listing_kind,
  request_id uuid,
  offer_id uuid,
  score real,
  reasons jsonb,
  pinned boolean
)
language sql stable
set search_path = ''
as $$
  with sides as (
    select mp.id, mp.request_organisation_id as organisation_id, 'request'::public.listing_kind as side,
           mp.request_id, mp.offer_id, mp.score, mp.reasons, mp.proposed_at
    from public.match_proposals mp
    where mp.municipality_id = p_municipality and mp.request_notified_at is null
    union all
    select mp.id, mp.offer_organisation_id, 'offer'::public.listing_kind,
           mp.request_id, mp.offer_id, mp.score, mp.reasons, mp.proposed_at
    from public.match_proposals mp
    where mp.municipality_id = p_municipality and mp.offer_notified_at is null
  ),
  candidates as (
    select s.*,
           exists (select 1 from public.matchmaker_decisions d
                    where d.request_id = s.request_id and d.offer_id = s.offer_id and d.decision = 'pin'
                      and d.municipality_id = p_municipality) as pinned
    from sides s
    where private.listing_is_live(s.request_id, p_municipality, 'request')
      and private.listing_is_live(s.offer_id, p_municipality, 'offer')
      and not exists (select 1 from public.proposal_dismissals d
                       where d.request_id = s.request_id and d.offer_id = s.offer_id
                         and d.municipality_id = p_municipality)
      and not exists (select 1 from public.matchmaker_decisions d
                       where d.request_id = s.request_id and d.offer_id = s.offer_id and d.decision = 'veto'
                         and d.municipality_id = p_municipality)
      and not exists (select 1 from public.email_outbox e
                       where e.organisation_id = s.organisation_id and e.kind = 'proposals_digest'
                         and e.created_at > now() - p_min_interval)
  ),
  shown as (
    select c.*, min(c.proposed_at) over (partition by c.organisation_id) as oldest
    from candidates c
    where c.score >= p_min_score or c.pinned
  )
  select s.id, s.organisation_id, s.side, s.request_id, s.offer_id, s.score, s.reasons, s.pinned
  from shown s
  where s.oldest <= now() - p_settle
  order by s.organisation_id, s.pinned desc, s.score desc, s.id
$$;
revoke execute on function public.pending_proposal_notifications(uuid, real, interval, interval) from public, anon, authenticated;
grant execute on function public.pending_proposal_notifications(uuid, real, interval, interval) to service_role;

-- Enqueues one organisation's digest (one email per recipient, p_emails =
-- [{ "to", "subject", "html", "text", "idempotency_key", "user_id"? }]) and marks its proposals told, in one
-- transaction: a proposal is announced exactly once, even with two runners. Returns
--   { "status": "enqueued", "ids": [outbox ids] }
--   { "status": "too_soon" }  a digest went to this organisation within p_min_interval
--   { "status": "stale" }     a proposal is gone or was told meanwhile; the next run starts over
create or replace function public.enqueue_proposal_digest(
  p_municipality uuid,
  p_organisation uuid,
  p_proposal_ids uuid[],
  p_emails jsonb,
  p_min_interval interval default interval '1 day'
) returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  v_found integer;
  v_ids uuid[];
begin
  if jsonb_typeof(p_emails) <> 'array' or jsonb_array_length(p_emails) = 0 then
    raise exception 'p_emails must be a non-empty array' using errcode = '22023';
  end if;
  -- Runners of several server processes take turns per organisation.
  perform pg_advisory_xact_lock(hashtext('proposals_digest'), hashtext(p_organisation::text));

  if exists (select 1 from public.email_outbox e
              where e.organisation_id = p_organisation and e.kind = 'proposals_digest'
                and e.created_at > now() - p_min_interval) then
    return jsonb_build_object('status', 'too_soon');
  end if;

  select count(*) into v_found
  from (
    select 1 from public.match_proposals mp
    where mp.id = any (p_proposal_ids) and mp.municipality_id = p_municipality
      and ((mp.request_organisation_id = p_organisation and mp.request_notified_at is null)
           or (mp.offer_organisation_id = p_organisation and mp.offer_notified_at is null))
    for update
  ) locked;
  if v_found <> cardinality(array(select distinct unnest(p_proposal_ids))) then
    return jsonb_build_object('status', 'stale');
  end if;

  update public.match_proposals mp
     set request_notified_at = case when mp.request_organisation_id = p_organisation then now() else mp.request_notified_at end,
         offer_notified_at = case when mp.offer_organisation_id = p_organisation then now() else mp.offer_notified_at end
   where mp.id = any (p_proposal_ids);

  with inserted as (
    insert into public.email_outbox (municipality_id, organisation_id, kind, to_address, subject, html, text, idempotency_key, user_id)
    select p_municipality, p_organisation, 'proposals_digest', e ->> 'to', e ->> 'subject', e ->> 'html', e ->> 'text',
           e ->> 'idempotency_key', nullif(e ->> 'user_id', '')::uuid
    from jsonb_array_elements(p_emails) e
    on conflict (idempotency_key) do nothing
    returning id
  )
  select coalesce(array_agg(id), '{}') into v_ids from inserted;

  return jsonb_build_object('status', 'enqueued', 'ids', to_jsonb(v_ids));
end
$$;
revoke execute on function public.enqueue_proposal_digest(uuid, uuid, uuid[], jsonb, interval) from public, anon, authenticated;
grant execute on function public.enqueue_proposal_digest(uuid, uuid, uuid[], jsonb, interval) to service_role;
