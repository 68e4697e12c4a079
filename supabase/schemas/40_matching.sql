-- The matching engine's output: proposed pairs (request x offer) with score and reasons,
-- multi-party exchange cycles, "not interested" per party, and matchmakers' pins and vetoes.
-- Proposals are written only by the engine job (service role); people read them under RLS.

create or replace function private.is_municipality_staff(p_municipality uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.municipality_roles r
    where r.municipality_id = p_municipality and r.user_id = (select auth.uid())
  )
$$;
grant execute on function private.is_municipality_staff(uuid) to anon, authenticated, service_role;

create table public.match_proposals (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references public.municipalities (id),
  request_id uuid not null references public.listings (id) on delete cascade,
  offer_id uuid not null references public.listings (id) on delete cascade,
  request_organisation_id uuid not null references public.organisations (id) on delete cascade,
  offer_organisation_id uuid not null references public.organisations (id) on delete cascade,
  score real not null check (score >= 0 and score <= 1),
  -- [{ "code": "same_category", "params": {...} }]: the app renders them in the reader's language.
  reasons jsonb not null default '[]'::jsonb check (jsonb_typeof(reasons) = 'array'),
  -- What weighs against the pair (less than asked for, far away, late), in the same form as
  -- reasons; shown apart as caveats, never as a reason to match.
  caveats jsonb not null default '[]'::jsonb check (jsonb_typeof(caveats) = 'array'),
  computed_at timestamptz not null default now(),
  -- Each party is told separately: a proposal has a request side and an offer side.
  proposed_at timestamptz not null default now(),
  request_notified_at timestamptz,
  offer_notified_at timestamptz,
  unique (request_id, offer_id)
);
alter table public.match_proposals enable row level security;
-- Written by the engine job (service role) only.
revoke insert, update, delete, truncate, references, trigger on public.match_proposals from anon, authenticated;
create index match_proposals_offer_idx on public.match_proposals (offer_id, score desc);
create index match_proposals_request_org_idx on public.match_proposals (request_organisation_id, score desc);
create index match_proposals_offer_org_idx on public.match_proposals (offer_organisation_id, score desc);
create index match_proposals_municipality_idx on public.match_proposals (municipality_id, score desc);
create index match_proposals_unnotified_idx on public.match_proposals (municipality_id)
  where request_notified_at is null or offer_notified_at is null;

-- Both parties of a proposal and the municipality's staff see it; nobody else.
create policy "parties and staff read proposals"
  on public.match_proposals for select
  to authenticated
  using (
    private.is_member(request_organisation_id)
    or private.is_member(offer_organisation_id)
    or private.is_municipality_staff(municipality_id)
  );

-- "Niet interessant": the engine never proposes this pair again.
create table public.proposal_dismissals (
  request_id uuid not null references public.listings (id) on delete cascade,
  offer_id uuid not null references public.listings (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  municipality_id uuid not null references public.municipalities (id),
  dismissed_by uuid default auth.uid() references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  primary key (request_id, offer_id, organisation_id)
);
alter table public.proposal_dismissals enable row level security;
create index proposal_dismissals_offer_idx on public.proposal_dismissals (offer_id);
create index proposal_dismissals_dismissed_by_idx on public.proposal_dismissals (dismissed_by);
create index proposal_dismissals_municipality_idx on public.proposal_dismissals (municipality_id);
create index proposal_dismissals_organisation_idx on public.proposal_dismissals (organisation_id);
-- A dismissal is inserted, never changed; a member may withdraw it ("toch interessant").
revoke update, delete, truncate, references, trigger on public.proposal_dismissals from anon, authenticated;
grant delete on public.proposal_dismissals to authenticated;

-- The dismissal's municipality is its organisation's; the time is now.
create or replace function private.guard_dismissal_write() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not private.written_by_client() then
    return new;
  end if;
  new.municipality_id := (select o.municipality_id from public.organisations o where o.id = new.organisation_id);
  new.created_at := now();
  return new;
end
$$;
create trigger proposal_dismissals_client_guard before insert on public.proposal_dismissals
  for each row execute function private.guard_dismissal_write();

create or replace function private.is_party(p_request uuid, p_offer uuid, p_organisation uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.listings l
    where l.id in (p_request, p_offer) and l.organisation_id = p_organisation
  ) and exists (select 1 from public.listings r where r.id = p_request and r.kind = 'request')
    and exists (select 1 from public.listings o where o.id = p_offer and o.kind = 'offer')
$$;
grant execute on function private.is_party(uuid, uuid, uuid) to authenticated, service_role;

-- A member dismisses on behalf of their own organisation, which must be one of the two parties.
create policy "members dismiss proposals for their organisation"
  on public.proposal_dismissals for insert
  to authenticated
  with check (
    dismissed_by = (select auth.uid())
    and private.is_member(organisation_id)
    and private.is_party(request_id, offer_id, organisation_id)
    and municipality_id = (select o.municipality_id from public.organisations o where o.id = organisation_id)
  );

create policy "members and staff read dismissals"
  on public.proposal_dismissals for select
  to authenticated
  using (private.is_member(organisation_id) or private.is_municipality_staff(municipality_id));

-- "Toch interessant": a member withdraws their own organisation's dismissal, after which the
-- engine may propose the pair again. Another organisation's dismissal of the pair stays.
create policy "members withdraw their organisation's dismissals"
  on public.proposal_dismissals for delete
  to authenticated
  using (private.is_member(organisation_id));

-- A matchmaker's word on a pair: pinned pairs are always shown, vetoed pairs never.
create type public.matchmaker_decision as enum ('pin', 'veto');

create table public.matchmaker_decisions (
  request_id uuid not null references public.listings (id) on delete cascade,
  offer_id uuid not null references public.listings (id) on delete cascade,
  municipality_id uuid not null references public.municipalities (id),
  decision public.matchmaker_decision not null,
  note text check (char_length(note) <= 500),
  decided_by uuid default auth.uid() references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  primary key (request_id, offer_id)
);
alter table public.matchmaker_decisions enable row level security;
create index matchmaker_decisions_decided_by_idx on public.matchmaker_decisions (decided_by);
create index matchmaker_decisions_municipality_idx on public.matchmaker_decisions (municipality_id);
create index matchmaker_decisions_offer_idx on public.matchmaker_decisions (offer_id);
revoke update, truncate, references, trigger on public.matchmaker_decisions from anon, authenticated;
-- As for contacts: the matchmaker page saves a decision with an upsert on (request_id, offer_id);
-- the guard below keeps the pair and its municipality fixed.
grant update (request_id, offer_id, municipality_id, decision, note, decided_by)
  on public.matchmaker_decisions to authenticated;

-- The municipality of a listing, whoever may see it (a matchmaker sees only open listings).
create or replace function private.listing_municipality(p_listing uuid, p_kind public.listing_kind)
returns uuid
language sql stable security definer
set search_path = ''
as $$
  select l.municipality_id from public.listings l where l.id = p_listing and l.kind = p_kind
$$;
revoke execute on function private.listing_municipality(uuid, public.listing_kind) from public, anon;
grant execute on function private.listing_municipality(uuid, public.listing_kind) to authenticated, service_role;

-- A decision belongs to the municipality of the pair it is about: the policies then let only
-- that municipality's staff take, see, change or withdraw it, and the pair can have only one
-- decision across all municipalities (the key is (request_id, offer_id)).
create or replace function private.guard_decision_write() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  request_muni uuid := private.listing_municipality(new.request_id, 'request');
  offer_muni uuid := private.listing_municipality(new.offer_id, 'offer');
begin
  if not private.written_by_client() then
    return new;
  end if;
  if tg_op = 'UPDATE' and (new.request_id <> old.request_id or new.offer_id <> old.offer_id
                           or new.municipality_id <> old.municipality_id) then
    raise exception 'a decision stays with its pair' using errcode = '42501', hint = 'immutable';
  end if;
  if request_muni is null or offer_muni is null or request_muni <> offer_muni then
    raise exception 'a decision is about a request and an offer of one municipality'
      using errcode = '23514', hint = 'invalid_pair';
  end if;
  new.municipality_id := request_muni;
  new.decided_by := (select auth.uid());
  if tg_op = 'INSERT' then
    new.created_at := now();
  end if;
  return new;
end
$$;
create trigger matchmaker_decisions_client_guard before insert or update on public.matchmaker_decisions
  for each row execute function private.guard_decision_write();

create policy "staff read decisions"
  on public.matchmaker_decisions for select
  to authenticated
  using (private.is_municipality_staff(municipality_id));

create policy "staff decide"
  on public.matchmaker_decisions for insert
  to authenticated
  with check (decided_by = (select auth.uid()) and private.is_municipality_staff(municipality_id));

create policy "staff change decisions"
  on public.matchmaker_decisions for update
  to authenticated
  using (private.is_municipality_staff(municipality_id))
  with check (decided_by = (select auth.uid()) and private.is_municipality_staff(municipality_id));

create policy "staff withdraw decisions"
  on public.matchmaker_decisions for delete
  to authenticated
  using (private.is_municipality_staff(municipality_id));

-- Multi-party rounds closing a loop of organisations; a round can also run through what an
-- organisation gives back, so it may hold an odd number of listings (3 to 8).
create table public.exchange_cycles (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references public.municipalities (id),
  -- Listing ids in cycle order; organisation_ids in the same order, for RLS and display.
  members uuid[] not null check (cardinality(members) between 3 and 8),
  organisation_ids uuid[] not null,
  score real not null check (score >= 0 and score <= 1),
  reasons jsonb not null default '[]'::jsonb,
  computed_at timestamptz not null default now(),
  unique (municipality_id, members)
);
alter table public.exchange_cycles enable row level security;
create index exchange_cycles_orgs_idx on public.exchange_cycles using gin (organisation_ids);
revoke insert, update, delete, truncate, references, trigger on public.exchange_cycles from anon, authenticated;

create or replace function private.is_member_of_any(p_organisations uuid[]) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.memberships m
    where m.organisation_id = any (p_organisations) and m.user_id = (select auth.uid())
  )
$$;
grant execute on function private.is_member_of_any(uuid[]) to authenticated, service_role;

create policy "cycle members and staff read cycles"
  on public.exchange_cycles for select
  to authenticated
  using (private.is_member_of_any(organisation_ids) or private.is_municipality_staff(municipality_id));

-- Writing the matching engine's output: one RPC that replaces a municipality's proposals (all of
-- them, or the lists around one changed listing) in a single transaction, so nobody ever reads a
-- half-written result; triggers that make "niet interessant" and a veto take effect at once; and
-- the "pinned" flag both parties may see.

-- Whether a matchmaker pinned this pair, as a computed column (select=...,pinned). The parties
-- may not read matchmaker_decisions, so this reads it for them; the row is re-checked against
-- the caller, because PostgREST also accepts a hand-made row when the function is called as RPC.
create or replace function public.pinned(p public.match_proposals) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1
    from public.matchmaker_decisions d
    join public.match_proposals mp
      on mp.request_id = d.request_id and mp.offer_id = d.offer_id and mp.municipality_id = d.municipality_id
    where d.request_id = p.request_id and d.offer_id = p.offer_id and d.decision = 'pin'
      and (private.is_member(mp.request_organisation_id)
           or private.is_member(mp.offer_organisation_id)
           or private.is_municipality_staff(mp.municipality_id))
  )
$$;
revoke execute on function public.pinned(public.match_proposals) from public;
grant execute on function public.pinned(public.match_proposals) to anon, authenticated, service_role;
comment on function public.pinned(public.match_proposals) is
  'Whether a matchmaker pinned this pair (computed column select=...,pinned).
advisor: authenticated may execute: the parties of a proposal may not read matchmaker_decisions; it answers true only for a pinned proposal the caller is a party to or staff of, whatever row is passed in.
advisor: anon may execute: selecting the column must not error for a visitor, who sees no proposal rows and for whom it answers false.';

-- The matchmaker console's proposals: filtered by a category or place of either side, a score
-- range and pinned or not, one page of them (pinned first, then the best), each row with the
-- number of matches. Security invoker: RLS shows staff their municipality's proposals and
-- nobody else any, and a matchmaker only open listings (a side hidden from them has no category
-- or place to filter on). The filters a caller leaves empty are null.
create or replace function public.staff_proposals(
  p_municipality uuid,
  p_category public.listing_category default null,
  p_place text default null,
  p_min_score real default null,
  p_max_score real default null,
  p_pinned boolean default null,
  p_limit integer default 25,
  p_offset integer default 0
) returns table (
  request_id uuid,
  offer_id uuid,
  request_organisation_id uuid,
  offer_organisation_id uuid,
  score real,
  reasons jsonb,
  caveats jsonb,
  pinned boolean,
  total_count bigint
)
language sql stable
set search_path = ''
as $$
  select p.request_id, p.offer_id, p.request_organisation_id, p.offer_organisation_id, p.score, p.reasons,
         p.caveats, d.request_id is not null, count(*) over ()
    from public.match_proposals p
    left join public.matchmaker_decisions d
      on d.request_id = p.request_id and d.offer_id = p.offer_id and d.decision = 'pin'
    left join public.listings r on r.id = p.request_id
    left join public.listings o on o.id = p.offer_id
   where p.municipality_id = p_municipality
     and (p_category is null or r.category = p_category or o.category = p_category)
     and (p_place is null or r.place = p_place or o.place = p_place)
     and (p_min_score is null or p.score >= p_min_score)
     and (p_max_score is null or p.score < p_max_score)
     and (p_pinned is null or (d.request_id is not null) = p_pinned)
   order by d.request_id is not null desc, p.score desc, p.id
   limit least(greatest(coalesce(p_limit, 25), 1), 100)
  offset greatest(coalesce(p_offset, 0), 0)
$$;
revoke execute on function public.staff_proposals(
  uuid, public.listing_category, text, real, real, boolean, integer, integer
) from public, anon;
grant execute on function public.staff_proposals(
  uuid, public.listing_category, text, real, real, boolean, integer, integer
) to authenticated, service_role;
comment on function public.staff_proposals(uuid, public.listing_category, text, real, real, boolean, integer, integer) is
  'The matchmaker console: a filtered page of the municipality''s proposals, pinned first, with the number of matches (RLS applies).';

-- A listing the engine may still propose: open and not past its end date.
create or replace function private.listing_is_live(p_listing uuid, p_municipality uuid, p_kind public.listing_kind)
returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.listings l
    where l.id = p_listing and l.municipality_id = p_municipality and l.kind = p_kind
      and l.state = 'open' and (l.ends_on is null or l.ends_on >= private.today())
  )
$$;
revoke execute on function private.listing_is_live(uuid, uuid, public.listing_kind) from public, anon, authenticated;
grant execute on function private.listing_is_live(uuid, uuid, public.listing_kind) to service_role;

-- "Niet interessant" and a veto take effect in the same transaction as the insert, not at the
-- next batch: the pair's proposal and every round holding both listings disappear. Security
-- definer because proposals and cycles are otherwise written by the service role only; the
-- insert itself already passed the dismissal or decision policy.
create or replace function private.forget_rejected_pair() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  -- Nested: a dismissal row has no "decision" field, and PL/pgSQL does not short-circuit.
  if tg_table_name = 'matchmaker_decisions' then
    if new.decision <> 'veto' then
      return null;
    end if;
  end if;
  delete from public.match_proposals mp
   where mp.request_id = new.request_id and mp.offer_id = new.offer_id
     and mp.municipality_id = new.municipality_id;
  delete from public.exchange_cycles c
   where c.municipality_id = new.municipality_id and c.members @> array[new.request_id, new.offer_id];
  return null;
end
$$;
revoke execute on function private.forget_rejected_pair() from public, anon, authenticated;

create trigger proposal_dismissals_forget after insert on public.proposal_dismissals
  for each row execute function private.forget_rejected_pair();
create trigger matchmaker_decisions_forget after insert or update of decision on public.matchmaker_decisions
  for each row execute function private.forget_rejected_pair();

-- Replaces proposals computed by the engine job (src/lib/server/matching), atomically.
--   p_proposals    [{ "request": uuid, "offer": uuid, "score": 0..1, "reasons": [...], "caveats": [...] }]
--   p_request_ids  the requests whose whole list is replaced; null replaces every proposal of
--                  the municipality (the full batch)
--   p_listing_ids  listings whose every pair not in p_proposals goes (a changed offer)
--   p_cycles       [{ "members": [uuid...], "score": 0..1, "reasons": [...] }] replaces all the
--                  municipality's cycles; null keeps them
-- The database has the last word, whatever the job computed from its snapshot: pairs whose
-- listings are no longer open, that either party dismissed or a matchmaker vetoed, or that join
-- an organisation to itself are not written; pinned pairs are kept even when the engine dropped
-- them. Proposals and cycles that point at a listing no longer open are removed everywhere.
create or replace function public.replace_match_proposals(
  p_municipality uuid,
  p_proposals jsonb,
  p_request_ids uuid[] default null,
  p_listing_ids uuid[] default '{}',
  p_cycles jsonb default null
) returns jsonb
language plpgsql security definer
set search_path = ''
as $$
declare
  v_full boolean := p_request_ids is null;
  v_written integer;
  v_deleted integer;
  v_stale integer;
  v_cycles integer;
begin
  if jsonb_typeof(coalesce(p_proposals, '[]'::jsonb)) <> 'array' then
    raise exception 'p_proposals must be an array' using errcode = '22023';
  end if;
  -- One writer per municipality at a time, across server processes: a full batch and an
  -- incremental update never interleave their deletes and inserts.
  perform pg_advisory_xact_lock(hashtext('match_proposals'), hashtext(p_municipality::text));

  with incoming as (
    select distinct on (request_id, offer_id) *
    from (
      select (e ->> 'request')::uuid as request_id,
             (e ->> 'offer')::uuid as offer_id,
             least(greatest(coalesce((e ->> 'score')::real, 0), 0), 1) as score,
             case when jsonb_typeof(e -> 'reasons') = 'array' then e -> 'reasons' else '[]'::jsonb end as reasons,
             case when jsonb_typeof(e -> 'caveats') = 'array' then e -> 'caveats' else '[]'::jsonb end as caveats
      from jsonb_array_elements(coalesce(p_proposals, '[]'::jsonb)) e
    ) raw
    order by request_id, offer_id, score desc
  ),
  valid as (
    select i.request_id, i.offer_id, i.score, i.reasons, i.caveats,
           r.organisation_id as request_organisation_id, o.organisation_id as offer_organisation_id
    from incoming i
    join public.listings r on r.id = i.request_id
    join public.listings o on o.id = i.offer_id
    where r.organisation_id <> o.organisation_id
      and private.listing_is_live(r.id, p_municipality, 'request')
      and private.listing_is_live(o.id, p_municipality, 'offer')
      and not exists (select 1 from public.proposal_dismissals d
                       where d.request_id = i.request_id and d.offer_id = i.offer_id
                         and d.municipality_id = p_municipality)
      and not exists (select 1 from public.matchmaker_decisions m
                       where m.request_id = i.request_id and m.offer_id = i.offer_id and m.decision = 'veto'
                         and m.municipality_id = p_municipality)
      -- a pair with a deal going on or done is past proposing (deals: 60_deals.sql)
      and not exists (select 1 from public.deals dl
                       where dl.offer_id = i.offer_id and dl.request_id = i.request_id
                         and dl.state in ('interested', 'agreed', 'in_progress', 'carried_out'))
  ),
  removed as (
    delete from public.match_proposals mp
     where mp.municipality_id = p_municipality
       and (v_full or mp.request_id = any (p_request_ids)
            or mp.request_id = any (p_listing_ids) or mp.offer_id = any (p_listing_ids))
       and not exists (select 1 from valid v where v.request_id = mp.request_id and v.offer_id = mp.offer_id)
       -- a pinned pair stays, as long as both listings are open and nobody dismissed it
       and not (
         exists (select 1 from public.matchmaker_decisions m
                  where m.request_id = mp.request_id and m.offer_id = mp.offer_id and m.decision = 'pin'
                    and m.municipality_id = p_municipality)
         and private.listing_is_live(mp.request_id, p_municipality, 'request')
         and private.listing_is_live(mp.offer_id, p_municipality, 'offer')
         and not exists (select 1 from public.proposal_dismissals d
                          where d.request_id = mp.request_id and d.offer_id = mp.offer_id
                            and d.municipality_id = p_municipality)
       )
    returning 1
  ),
  written as (
    insert into public.match_proposals as mp (
      municipality_id, request_id, offer_id, request_organisation_id, offer_organisation_id, score, reasons, caveats,
      computed_at
    )
    select p_municipality, v.request_id, v.offer_id, v.request_organisation_id, v.offer_organisation_id,
           v.score, v.reasons, v.caveats, now()
    from valid v
    on conflict (request_id, offer_id) do update
      set score = excluded.score, reasons = excluded.reasons, caveats = excluded.caveats,
          computed_at = excluded.computed_at
    returning 1
  )
  select (select count(*) from written), (select count(*) from removed) into v_written, v_deleted;

  -- A pin the engine never proposed (or no longer does) is still shown, without a score of its own.
  insert into public.match_proposals (
    municipality_id, request_id, offer_id, request_organisation_id, offer_organisation_id, score, reasons
  )
  select p_municipality, m.request_id, m.offer_id, r.organisation_id, o.organisation_id, 0, '[]'::jsonb
  from public.matchmaker_decisions m
  join public.listings r on r.id = m.request_id
  join public.listings o on o.id = m.offer_id
  where m.municipality_id = p_municipality and m.decision = 'pin'
    and (v_full or m.request_id = any (p_request_ids)
         or m.request_id = any (p_listing_ids) or m.offer_id = any (p_listing_ids))
    and r.organisation_id <> o.organisation_id
    and private.listing_is_live(r.id, p_municipality, 'request')
    and private.listing_is_live(o.id, p_municipality, 'offer')
    and not exists (select 1 from public.proposal_dismissals d
                     where d.request_id = m.request_id and d.offer_id = m.offer_id
                       and d.municipality_id = p_municipality)
  on conflict (request_id, offer_id) do nothing;

  -- Listings closed, paused or expired since they were proposed, wherever they appear.
  with gone as (
    delete from public.match_proposals mp
     where mp.municipality_id = p_municipality
       and not (private.listing_is_live(mp.request_id, p_municipality, 'request')
                and private.listing_is_live(mp.offer_id, p_municipality, 'offer'))
    returning 1
  )
  select count(*) into v_stale from gone;
  delete from public.exchange_cycles c
   where c.municipality_id = p_municipality
     and exists (select 1 from unnest(c.members) m(id)
                  where not (private.listing_is_live(m.id, p_municipality, 'offer')
                             or private.listing_is_live(m.id, p_municipality, 'request')));

  if p_cycles is not null then
    delete from public.exchange_cycles c where c.municipality_id = p_municipality;
    with incoming as (
      select array(select x::uuid from jsonb_array_elements_text(e -> 'members') x) as members,
             least(greatest(coalesce((e ->> 'score')::real, 0), 0), 1) as score,
             case when jsonb_typeof(e -> 'reasons') = 'array' then e -> 'reasons' else '[]'::jsonb end as reasons
      from jsonb_array_elements(p_cycles) e
      where jsonb_typeof(e -> 'members') = 'array'
    ),
    inserted as (
      insert into public.exchange_cycles (municipality_id, members, organisation_ids, score, reasons)
      select p_municipality, i.members,
             array(select l.organisation_id
                     from unnest(i.members) with ordinality m(id, n)
                     join public.listings l on l.id = m.id
                    order by m.n),
             i.score, i.reasons
      from incoming i
      -- the table holds rounds of 3 to 8 listings; every listing open in this municipality
      where cardinality(i.members) between 3 and 8
        and not exists (select 1 from unnest(i.members) m(id)
                         where not (private.listing_is_live(m.id, p_municipality, 'offer')
                                    or private.listing_is_live(m.id, p_municipality, 'request')))
        and not exists (select 1 from public.proposal_dismissals d
                         where d.request_id = any (i.members) and d.offer_id = any (i.members)
                           and d.municipality_id = p_municipality)
        and not exists (select 1 from public.matchmaker_decisions m
                         where m.decision = 'veto' and m.request_id = any (i.members) and m.offer_id = any (i.members)
                           and m.municipality_id = p_municipality)
      on conflict (municipality_id, members) do nothing
      returning 1
    )
    select count(*) into v_cycles from inserted;
  end if;

  return jsonb_build_object(
    'written', v_written,
    'deleted', v_deleted + v_stale,
    'cycles', v_cycles
  );
end
$$;
revoke execute on function public.replace_match_proposals(uuid, jsonb, uuid[], uuid[], jsonb) from public, anon, authenticated;
grant execute on function public.replace_match_proposals(uuid, jsonb, uuid[], uuid[], jsonb) to service_role;

-- What the matching has learned per municipality from what people did with its proposals
-- ("niet interessant", pins, vetoes, agreed deals): weights per theme and per pair of categories
-- that the engine multiplies a pair's score by (src/lib/matching/learning.ts). Computed and
-- written by the matching job (service role) from the feedback since learned_since; the
-- municipality's staff read it in the matchmaker console and may reset it, after which the
-- weights are neutral and only feedback given after the reset counts.
create table public.matching_adjustments (
  municipality_id uuid primary key references public.municipalities (id) on delete cascade,
  -- { "categories": { "offer|request": { "factor", "events", "by" } }, "themes": {...}, "events": n }
  weights jsonb not null default '{"categories": {}, "themes": {}, "events": 0}'::jsonb
    check (jsonb_typeof(weights) = 'object'),
  events integer not null default 0 check (events >= 0),
  -- Feedback older than this is not learned from (null: all of it); set by a reset.
  learned_since timestamptz,
  computed_at timestamptz not null default now(),
  reset_at timestamptz,
  reset_by uuid references auth.users (id) on delete set null
);
alter table public.matching_adjustments enable row level security;
create index matching_adjustments_reset_by_idx on public.matching_adjustments (reset_by);
-- Written by the matching job only; staff reset through reset_matching_adjustments().
revoke insert, update, delete, truncate, references, trigger on public.matching_adjustments from anon, authenticated;

-- The municipality's staff see what was learned; nobody else.
create policy "staff read what matching learned"
  on public.matching_adjustments for select
  to authenticated
  using (private.is_municipality_staff(municipality_id));

-- "Leren terugzetten": the weights become neutral at once and only later feedback counts.
create or replace function public.reset_matching_adjustments(p_municipality uuid) returns void
language plpgsql security definer
set search_path = ''
as $$
begin
  if not private.is_municipality_staff(p_municipality) then
    raise exception 'only this municipality''s staff may reset what matching learned'
      using errcode = '42501', hint = 'not_staff';
  end if;
  insert into public.matching_adjustments as a (municipality_id, weights, events, learned_since, computed_at, reset_at, reset_by)
  values (p_municipality, '{"categories": {}, "themes": {}, "events": 0}'::jsonb, 0, now(), now(), now(), (select auth.uid()))
  on conflict (municipality_id) do update
    set weights = excluded.weights, events = 0, learned_since = excluded.learned_since,
        computed_at = excluded.computed_at, reset_at = excluded.reset_at, reset_by = excluded.reset_by;
end
$$;
revoke execute on function public.reset_matching_adjustments(uuid) from public, anon;
grant execute on function public.reset_matching_adjustments(uuid) to authenticated, service_role;
comment on function public.reset_matching_adjustments(uuid) is
  'Resets what matching learned for a municipality: neutral weights, feedback counted from now on.
advisor: authenticated may execute: it refuses anyone who is not staff of the municipality named, and writes only that municipality''s row.';
