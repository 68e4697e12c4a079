-- The email outbox: every email the app sends is first stored here and then delivered, at once
-- when possible and otherwise by the periodic runner with backoff, so nothing is lost when the
-- mail provider is down. Also the bookkeeping for proposal digests: which side of each proposal
-- has been told.

create type public.email_status as enum ('pending', 'sending', 'sent', 'failed');

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
  sent_at timestamptz
);
-- Service role only: the rows hold other people's addresses and whole messages (invitations,
-- proposals). RLS is on with no policy at all, and the API roles lose their table grants too,
-- so anon and authenticated can neither read nor write it, whatever a future policy says.
alter table public.email_outbox enable row level security;
revoke all on table public.email_outbox from anon, authenticated;
grant select, insert, update, delete on table public.email_outbox to service_role;

create index email_outbox_municipality_idx on public.email_outbox (municipality_id);
create index email_outbox_due_idx on public.email_outbox (next_attempt_at) where status in ('pending', 'sending');
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
-- [{ "to", "subject", "html", "text", "idempotency_key" }]) and marks its proposals told, in one
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
    insert into public.email_outbox (municipality_id, organisation_id, kind, to_address, subject, html, text, idempotency_key)
    select p_municipality, p_organisation, 'proposals_digest', e ->> 'to', e ->> 'subject', e ->> 'html', e ->> 'text',
           e ->> 'idempotency_key'
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
