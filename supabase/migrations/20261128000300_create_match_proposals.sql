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
  computed_at timestamptz not null default now(),
  unique (request_id, offer_id)
);
alter table public.match_proposals enable row level security;
create index match_proposals_offer_idx on public.match_proposals (offer_id, score desc);
create index match_proposals_request_org_idx on public.match_proposals (request_organisation_id, score desc);
create index match_proposals_offer_org_idx on public.match_proposals (offer_organisation_id, score desc);
create index match_proposals_municipality_idx on public.match_proposals (municipality_id, score desc);

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
  dismissed_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  primary key (request_id, offer_id, organisation_id)
);
alter table public.proposal_dismissals enable row level security;
create index proposal_dismissals_offer_idx on public.proposal_dismissals (offer_id);

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

-- A matchmaker's word on a pair: pinned pairs are always shown, vetoed pairs never.
create type public.matchmaker_decision as enum ('pin', 'veto');

create table public.matchmaker_decisions (
  request_id uuid not null references public.listings (id) on delete cascade,
  offer_id uuid not null references public.listings (id) on delete cascade,
  municipality_id uuid not null references public.municipalities (id),
  decision public.matchmaker_decision not null,
  note text check (char_length(note) <= 500),
  decided_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  primary key (request_id, offer_id)
);
alter table public.matchmaker_decisions enable row level security;

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
