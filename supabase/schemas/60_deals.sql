-- Deals: the step after matching. Two organisations agree on an exchange (the digital
-- matchformulier), carry it out and record it; every transition is kept in deal_events; contact
-- details are shared only from the agreement on (deal_contacts); the social value is computed
-- with the municipality's rates of the day of agreement (municipality_rates, versioned).
-- RLS is on for every table. State changes go through the RPCs below, which lock the rows they
-- decide on, so two people clicking at once make one deal and an amount is never over-promised.

create type public.deal_state as enum (
  'interested', 'agreed', 'in_progress', 'carried_out', 'not_feasible', 'cancelled', 'declined'
);

-- A limited amount on a listing (12 laptops); `amount` stays the description in words. Deals
-- promise parts of it; the sum promised never exceeds it (see private.agree_deal).
alter table public.listings add column quantity integer
  constraint listings_quantity_range check (quantity between 1 and 100000);
grant update (quantity) on public.listings to authenticated;

-- Rates -------------------------------------------------------------------------------------

-- Euros per hour for each kind of help, per municipality, from a date on. Never changed or
-- deleted: a new version is a new row, and a deal keeps the id of the version it was agreed under.
create table public.municipality_rates (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references public.municipalities (id) on delete cascade,
  valid_from date not null default (now() at time zone 'Europe/Amsterdam')::date,
  hands_rate numeric(7, 2) not null check (hands_rate between 0 and 1000),
  expertise_rate numeric(7, 2) not null check (expertise_rate between 0 and 1000),
  students_rate numeric(7, 2) not null check (students_rate between 0 and 1000),
  created_by uuid default auth.uid() references auth.users (id) on delete set null,
  created_at timestamptz not null default now()
);
alter table public.municipality_rates enable row level security;
revoke update, delete, truncate, references, trigger on public.municipality_rates from anon, authenticated;
revoke insert on public.municipality_rates from anon;
create index municipality_rates_current_idx on public.municipality_rates (municipality_id, valid_from desc, created_at desc);
create index municipality_rates_created_by_idx on public.municipality_rates (created_by);

-- Rates are public, like the municipality's other settings: anyone may check a social value.
create policy "rates are public"
  on public.municipality_rates for select
  to anon, authenticated
  using (true);

-- Only the municipality's admins set new rates.
create policy "admins set rates"
  on public.municipality_rates for insert
  to authenticated
  with check (created_by = (select auth.uid()) and private.is_municipality_admin(municipality_id));

-- A client's new version starts today or later (history is never rewritten) and is theirs.
create or replace function private.guard_rates_write() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not private.written_by_client() then
    return new;
  end if;
  new.created_at := now();
  new.created_by := (select auth.uid());
  if new.valid_from < private.today() then
    raise exception 'new rates apply from today on' using errcode = '23514', hint = 'rates_in_past';
  end if;
  return new;
end
$$;
create trigger municipality_rates_client_guard before insert on public.municipality_rates
  for each row execute function private.guard_rates_write();

-- The version in force on a day: the latest valid_from on or before it, the newest row on a tie.
create or replace function private.rate_on(p_municipality uuid, p_day date) returns uuid
language sql stable security definer
set search_path = ''
as $$
  select r.id from public.municipality_rates r
   where r.municipality_id = p_municipality and r.valid_from <= p_day
   order by r.valid_from desc, r.created_at desc, r.id desc
   limit 1
$$;

-- Every municipality starts with rates: those of its settings (seed: 50/80/20), else 50/80/20.
create or replace function private.add_default_rates() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  insert into public.municipality_rates (municipality_id, valid_from, hands_rate, expertise_rate, students_rate)
  values (
    new.id, date '2000-01-01',
    coalesce((new.settings #>> '{rates,hands}')::numeric, 50),
    coalesce((new.settings #>> '{rates,expertise}')::numeric, 80),
    coalesce((new.settings #>> '{rates,student}')::numeric, 20)
  );
  return new;
end
$$;
create trigger municipalities_default_rates after insert on public.municipalities
  for each row execute function private.add_default_rates();

-- Deals -------------------------------------------------------------------------------------

create table public.deals (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references public.municipalities (id),
  -- Party A gives (usually the business, the offer's organisation); party B receives (the
  -- voluntary organisation, the request's organisation).
  giver_organisation_id uuid not null references public.organisations (id) on delete cascade,
  receiver_organisation_id uuid not null references public.organisations (id) on delete cascade,
  offer_id uuid references public.listings (id) on delete cascade,
  request_id uuid references public.listings (id) on delete cascade,
  -- Where it started; the engine replaces proposals and cycles, the deal stays.
  proposal_id uuid references public.match_proposals (id) on delete set null,
  cycle_id uuid references public.exchange_cycles (id) on delete set null,
  -- The legs of one round share cycle_group, the round's id, kept when the engine drops the round.
  cycle_group uuid,
  cycle_leg smallint check (cycle_leg between 1 and 8),
  -- Made on the beursvloer: the edition and corner (foreign keys in 75_event_floor.sql, after the
  -- event tables). Such a deal may be about no listing at all: a match made in conversation.
  event_edition_id uuid,
  event_corner_id uuid,
  started_by uuid references auth.users (id) on delete set null,
  started_by_organisation_id uuid not null references public.organisations (id) on delete cascade,
  state public.deal_state not null default 'interested',
  -- Each side's yes; both = agreed. A change of the form clears the other side's yes.
  giver_accepted_at timestamptz,
  receiver_accepted_at timestamptz,
  -- The matchformulier, editable by both parties until agreed.
  quantity integer check (quantity between 1 and 100000),
  category public.listing_category not null,
  what_given text not null default '' check (char_length(what_given) <= 2000),
  in_return text not null default '' check (char_length(in_return) <= 2000),
  hours_hands numeric(6, 1) not null default 0 check (hours_hands between 0 and 10000),
  hours_expertise numeric(6, 1) not null default 0 check (hours_expertise between 0 and 10000),
  hours_students numeric(6, 1) not null default 0 check (hours_students between 0 and 10000),
  materials_value numeric(9, 2) not null default 0 check (materials_value between 0 and 1000000),
  other_costs numeric(9, 2) not null default 0 check (other_costs between 0 and 1000000),
  -- Null until agreed: then the agreement date plus a year unless the parties chose one.
  deadline date check (deadline between date '2000-01-01' and date '2199-12-31'),
  -- Set at agreement: the rate version the social value is computed with, for good.
  rate_id uuid references public.municipality_rates (id),
  agreed_at timestamptz,
  closed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint deals_has_listing check (offer_id is not null or request_id is not null or event_edition_id is not null),
  constraint deals_two_parties check (giver_organisation_id <> receiver_organisation_id),
  constraint deals_starter_is_party check (started_by_organisation_id in (giver_organisation_id, receiver_organisation_id)),
  constraint deals_what_given_plain check (private.is_plain_text(what_given)),
  constraint deals_in_return_plain check (private.is_plain_text(in_return))
);
alter table public.deals enable row level security;
-- Written by the RPCs below; the parties change only the matchformulier's fields.
revoke insert, update, delete, truncate, references, trigger on public.deals from anon, authenticated;
grant update (quantity, category, what_given, in_return, hours_hands, hours_expertise, hours_students,
              materials_value, other_costs, deadline)
  on public.deals to authenticated;

-- One active deal per pair of listings and parties: two people starting it at once make one.
create unique index deals_one_active_per_pair on public.deals (
  coalesce(offer_id, '00000000-0000-0000-0000-000000000000'::uuid),
  coalesce(request_id, '00000000-0000-0000-0000-000000000000'::uuid),
  giver_organisation_id, receiver_organisation_id
) where state in ('interested', 'agreed', 'in_progress') and (offer_id is not null or request_id is not null);
create index deals_municipality_idx on public.deals (municipality_id, state, created_at desc);
create index deals_giver_idx on public.deals (giver_organisation_id, created_at desc);
create index deals_receiver_idx on public.deals (receiver_organisation_id, created_at desc);
create index deals_offer_idx on public.deals (offer_id, state);
create index deals_request_idx on public.deals (request_id, state);
create index deals_proposal_idx on public.deals (proposal_id);
create index deals_cycle_idx on public.deals (cycle_id);
create index deals_cycle_group_idx on public.deals (cycle_group);
create index deals_started_by_idx on public.deals (started_by);
create index deals_started_by_org_idx on public.deals (started_by_organisation_id);
create index deals_rate_idx on public.deals (rate_id);
create index deals_event_edition_idx on public.deals (event_edition_id, event_corner_id);
create index deals_event_corner_idx on public.deals (event_corner_id);

create trigger deals_touch before update on public.deals
  for each row execute function private.touch_updated_at();

-- A client edits the form only while the deal is "interested"; the edit clears the other side's
-- yes (they agreed to another text). Named to run after deals_touch.
create or replace function private.guard_deal_client_write() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not private.written_by_client() then
    return new;
  end if;
  if old.state <> 'interested' then
    raise exception 'the matchformulier is fixed once agreed' using errcode = 'P0001', hint = 'deal_frozen';
  end if;
  if (new.quantity, new.category, new.what_given, new.in_return, new.hours_hands, new.hours_expertise,
      new.hours_students, new.materials_value, new.other_costs, new.deadline)
     is distinct from
     (old.quantity, old.category, old.what_given, old.in_return, old.hours_hands, old.hours_expertise,
      old.hours_students, old.materials_value, old.other_costs, old.deadline) then
    if not private.is_member(new.giver_organisation_id) then
      new.giver_accepted_at := null;
    end if;
    if not private.is_member(new.receiver_organisation_id) then
      new.receiver_accepted_at := null;
    end if;
  end if;
  return new;
end
$$;
create trigger deals_zclient_guard before update on public.deals
  for each row execute function private.guard_deal_client_write();

-- Both parties and the municipality's staff see a deal; nobody else.
create policy "parties and staff read deals"
  on public.deals for select
  to authenticated
  using (
    giver_organisation_id in (select private.my_organisation_ids())
    or receiver_organisation_id in (select private.my_organisation_ids())
    or private.is_municipality_staff(municipality_id)
  );

-- Members of either party fill in the form (the guard refuses it once agreed).
create policy "parties edit the form"
  on public.deals for update
  to authenticated
  using (
    giver_organisation_id in (select private.my_organisation_ids())
    or receiver_organisation_id in (select private.my_organisation_ids())
  )
  with check (
    giver_organisation_id in (select private.my_organisation_ids())
    or receiver_organisation_id in (select private.my_organisation_ids())
  );

-- History -----------------------------------------------------------------------------------

-- Every step of a deal, written by the RPCs only: when, by whom (user and organisation; no
-- organisation when municipality staff or the system acted), from which state to which, and why.
create table public.deal_events (
  id bigint generated always as identity primary key,
  deal_id uuid not null references public.deals (id) on delete cascade,
  municipality_id uuid not null references public.municipalities (id),
  actor_id uuid references auth.users (id) on delete set null,
  actor_organisation_id uuid references public.organisations (id) on delete set null,
  -- followup_answered: a party's one-click answer to a follow-up question (65_followup.sql).
  action text not null check (action in ('started', 'accepted', 'declined', 'agreed', 'state_changed', 'followup_answered')),
  from_state public.deal_state,
  to_state public.deal_state not null,
  message text not null default '' check (char_length(message) <= 2000),
  created_at timestamptz not null default now()
);
alter table public.deal_events enable row level security;
revoke insert, update, delete, truncate, references, trigger on public.deal_events from anon, authenticated;
create index deal_events_deal_idx on public.deal_events (deal_id, id);
create index deal_events_municipality_idx on public.deal_events (municipality_id);
create index deal_events_actor_idx on public.deal_events (actor_id);
create index deal_events_actor_org_idx on public.deal_events (actor_organisation_id);

-- Whoever sees the deal sees its history (the deals policy decides).
create policy "who sees the deal reads its history"
  on public.deal_events for select
  to authenticated
  using (exists (select 1 from public.deals d where d.id = deal_events.deal_id));

-- Contact persons ---------------------------------------------------------------------------

-- Each party's contact person for this deal. The own organisation always sees and edits its row;
-- the other party and the municipality's staff see it only from the agreement on.
create table public.deal_contacts (
  deal_id uuid not null references public.deals (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  municipality_id uuid not null references public.municipalities (id),
  name text not null default '' check (char_length(name) <= 120),
  email text check (email ~* '^[^@\s]+@[^@\s]+\.[^@\s]+$' and char_length(email) <= 254),
  phone text check (phone ~ '^[0-9+() -]{6,20}$'),
  updated_at timestamptz not null default now(),
  primary key (deal_id, organisation_id),
  constraint deal_contacts_name_plain check (private.is_plain_text(name))
);
alter table public.deal_contacts enable row level security;
revoke insert, update, delete, truncate, references, trigger on public.deal_contacts from anon, authenticated;
grant update (name, email, phone) on public.deal_contacts to authenticated;
create index deal_contacts_organisation_idx on public.deal_contacts (organisation_id);
create index deal_contacts_municipality_idx on public.deal_contacts (municipality_id);
create trigger deal_contacts_touch before update on public.deal_contacts
  for each row execute function private.touch_updated_at();

-- Whether the caller may see the other party's contact details of this deal: they see the deal
-- (a party or staff, by the deals policy) and it has been agreed. Security invoker on purpose.
create or replace function private.deal_contacts_shared(p_deal uuid) returns boolean
language sql stable
set search_path = ''
as $$
  select exists (select 1 from public.deals d where d.id = p_deal and d.agreed_at is not null)
$$;

create policy "own organisation always, the other party and staff once agreed"
  on public.deal_contacts for select
  to authenticated
  using (organisation_id in (select private.my_organisation_ids()) or private.deal_contacts_shared(deal_id));

create policy "members keep their own contact person up to date"
  on public.deal_contacts for update
  to authenticated
  using (organisation_id in (select private.my_organisation_ids()))
  with check (organisation_id in (select private.my_organisation_ids()));

-- A closed deal's contact person stays as it was.
create or replace function private.guard_deal_contact_write() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not private.written_by_client() then
    return new;
  end if;
  if exists (select 1 from public.deals d
              where d.id = new.deal_id and d.state in ('carried_out', 'not_feasible', 'cancelled', 'declined')) then
    raise exception 'the deal is closed' using errcode = 'P0001', hint = 'deal_frozen';
  end if;
  return new;
end
$$;
create trigger deal_contacts_zclient_guard before update on public.deal_contacts
  for each row execute function private.guard_deal_contact_write();

-- The steps, in SQL ---------------------------------------------------------------------------

create or replace function private.deal_transition_allowed(p_from public.deal_state, p_to public.deal_state)
returns boolean
language sql immutable
set search_path = ''
as $$
  select (p_from, p_to) in (
    ('interested', 'agreed'), ('interested', 'declined'), ('interested', 'cancelled'),
    ('agreed', 'in_progress'), ('agreed', 'carried_out'), ('agreed', 'not_feasible'), ('agreed', 'cancelled'),
    ('in_progress', 'carried_out'), ('in_progress', 'not_feasible'), ('in_progress', 'cancelled')
  )
$$;

-- The caller's organisation among the given ones (the first they are a member of), or null.
create or replace function private.my_party(p_first uuid, p_second uuid) returns uuid
language sql stable security definer
set search_path = ''
as $$
  select o from unnest(array[p_first, p_second]) with ordinality as u(o, n)
   where exists (select 1 from public.memberships m where m.organisation_id = u.o and m.user_id = (select auth.uid()))
   order by n
   limit 1
$$;

create or replace function private.add_deal_event(
  p_deal public.deals, p_organisation uuid, p_action text, p_from public.deal_state, p_message text
) returns void
language sql
set search_path = ''
as $$
  insert into public.deal_events (deal_id, municipality_id, actor_id, actor_organisation_id, action, from_state, to_state, message)
  values (p_deal.id, p_deal.municipality_id, (select auth.uid()), p_organisation, p_action, p_from, p_deal.state,
          left(coalesce(p_message, ''), 2000))
$$;

-- The organisation's contact person for a deal, first filled from its contact details and the
-- name of the member who acts.
create or replace function private.add_deal_contact(p_deal public.deals, p_organisation uuid) returns void
language sql
set search_path = ''
as $$
  insert into public.deal_contacts (deal_id, organisation_id, municipality_id, name, email, phone)
  select p_deal.id, p_organisation, p_deal.municipality_id,
         coalesce((select left(p.display_name, 120) from public.profiles p where p.id = (select auth.uid())), ''),
         (select c.email from public.organisation_contacts c where c.organisation_id = p_organisation),
         (select c.phone from public.organisation_contacts c where c.organisation_id = p_organisation)
  on conflict (deal_id, organisation_id) do nothing
$$;

-- How much of a listing is promised by agreed, running and carried-out deals.
create or replace function private.promised_quantity(p_listing uuid) returns bigint
language sql stable
set search_path = ''
as $$
  select coalesce(sum(coalesce(d.quantity, 1)), 0) from public.deals d
   where (d.offer_id = p_listing or d.request_id = p_listing)
     and d.state in ('agreed', 'in_progress', 'carried_out')
$$;

-- Both said yes: checks and takes the amount (listing rows locked, in id order, so concurrent
-- agreements on one listing queue up), keeps the rate version of today, marks listings whose
-- whole amount is promised as matched, and removes the pair (and matched listings) from the
-- proposals and rounds. The caller holds the deal's row lock.
create or replace function private.agree_deal(p_deal uuid, p_organisation uuid, p_message text) returns public.deals
language plpgsql
set search_path = ''
as $$
declare
  d public.deals;
  l record;
  promised bigint;
  full_ids uuid[] := '{}';
begin
  select * into d from public.deals where id = p_deal;
  for l in
    select li.id, li.quantity, li.state from public.listings li
     where li.id in (d.offer_id, d.request_id)
     order by li.id
     for update
  loop
    -- Closed or expired since the deal started: nothing to promise any more.
    if l.state not in ('open', 'paused', 'matched') then
      raise exception 'the listing is no longer available' using errcode = 'P0001', hint = 'listing_unavailable';
    end if;
    promised := private.promised_quantity(l.id);
    if l.quantity is null then
      if promised > 0 then
        raise exception 'this listing already has its match' using errcode = 'P0001', hint = 'listing_taken';
      end if;
      full_ids := full_ids || l.id;
    else
      if d.quantity is null then
        -- No amount named: the deal takes what is left.
        d.quantity := l.quantity - promised;
      end if;
      if d.quantity <= 0 or promised + d.quantity > l.quantity then
        raise exception 'only % of % left', greatest(l.quantity - promised, 0), l.quantity
          using errcode = 'P0001', hint = 'insufficient_quantity';
      end if;
      if promised + d.quantity >= l.quantity then
        full_ids := full_ids || l.id;
      end if;
    end if;
  end loop;

  update public.deals
     set state = 'agreed', agreed_at = now(), quantity = d.quantity,
         rate_id = private.rate_on(d.municipality_id, private.today()),
         deadline = coalesce(deadline, private.today() + interval '1 year')
   where id = p_deal
  returning * into d;
  perform private.add_deal_event(d, p_organisation, 'agreed', 'interested', p_message);

  update public.listings set state = 'matched'
   where id = any (full_ids) and state in ('open', 'paused');
  delete from public.match_proposals mp
   where (mp.offer_id = d.offer_id and mp.request_id = d.request_id)
      or mp.offer_id = any (full_ids) or mp.request_id = any (full_ids);
  delete from public.exchange_cycles c
   where c.municipality_id = d.municipality_id
     and c.id is distinct from d.cycle_id
     and (c.members && full_ids
          or (d.offer_id is not null and d.request_id is not null and c.members @> array[d.offer_id, d.request_id]));
  return d;
end
$$;

-- The deal's listings that were matched by it and now have room again open up (if still within
-- their dates; a listing past its end stays matched).
create or replace function private.release_deal(p_deal public.deals) returns void
language plpgsql
set search_path = ''
as $$
declare
  l record;
begin
  for l in
    select li.id, li.quantity from public.listings li
     where li.id in (p_deal.offer_id, p_deal.request_id) and li.state = 'matched'
       and (li.ends_on is null or li.ends_on >= private.today())
     order by li.id
     for update
  loop
    if private.promised_quantity(l.id) < coalesce(l.quantity, 1) then
      update public.listings set state = 'open' where id = l.id;
    end if;
  end loop;
end
$$;

-- Starts a deal (or joins the one already there). From a proposal (p_proposal), from both
-- listings, or from one listing's page with the other party named (p_counterparty). The caller
-- acts for p_organisation, or for their organisation among the parties. Returns
-- { "id", "state", "created": boolean }; when the other side had started the same pair, calling
-- this is their yes.
create or replace function public.start_deal(
  p_offer uuid default null,
  p_request uuid default null,
  p_proposal uuid default null,
  p_counterparty uuid default null,
  p_organisation uuid default null,
  p_message text default '',
  p_quantity integer default null
) returns jsonb
language plpgsql security definer
set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
  offer_row public.listings;
  request_row public.listings;
  listing_row public.listings;
  me uuid;
  giver uuid;
  receiver uuid;
  muni uuid;
  existing public.deals;
  d public.deals;
begin
  if uid is null then
    raise exception 'not signed in' using errcode = '42501';
  end if;
  if p_proposal is not null then
    select mp.offer_id, mp.request_id into p_offer, p_request
      from public.match_proposals mp
     where mp.id = p_proposal
       and (private.is_member(mp.offer_organisation_id) or private.is_member(mp.request_organisation_id));
    if not found then
      raise exception 'proposal not found' using errcode = 'P0001', hint = 'not_found';
    end if;
  end if;
  if p_offer is null and p_request is null then
    raise exception 'a deal is about a listing' using errcode = 'P0001', hint = 'not_found';
  end if;
  if p_offer is not null then
    select * into offer_row from public.listings where id = p_offer and kind = 'offer';
    if not found then
      raise exception 'offer not found' using errcode = 'P0001', hint = 'not_found';
    end if;
  end if;
  if p_request is not null then
    select * into request_row from public.listings where id = p_request and kind = 'request';
    if not found then
      raise exception 'request not found' using errcode = 'P0001', hint = 'not_found';
    end if;
  end if;
  if p_offer is not null and p_request is not null and offer_row.municipality_id <> request_row.municipality_id then
    raise exception 'the listings belong to different municipalities' using errcode = 'P0001', hint = 'not_found';
  end if;

  -- Who acts for which side.
  me := coalesce(p_organisation, private.my_party(offer_row.organisation_id, request_row.organisation_id));
  if me is null then
    -- Neither listing is ours: the caller's one organisation in the listing's municipality.
    select m.organisation_id into me from public.memberships m
      join public.organisations o on o.id = m.organisation_id
     where m.user_id = uid and o.municipality_id = coalesce(offer_row.municipality_id, request_row.municipality_id)
     order by m.created_at
     limit 1;
  end if;
  if me is null or not private.is_member(me) then
    raise exception 'act for an organisation you are a member of' using errcode = 'P0001', hint = 'not_a_party';
  end if;
  if p_offer is not null and p_request is not null then
    giver := offer_row.organisation_id;
    receiver := request_row.organisation_id;
  elsif p_offer is not null then
    giver := offer_row.organisation_id;
    receiver := case when me = giver then p_counterparty else me end;
  else
    receiver := request_row.organisation_id;
    giver := case when me = receiver then p_counterparty else me end;
  end if;
  if me not in (giver, receiver) then
    raise exception 'act for one of the two parties' using errcode = 'P0001', hint = 'not_a_party';
  end if;
  if giver is null or receiver is null then
    raise exception 'name the other party' using errcode = 'P0001', hint = 'counterparty_required';
  end if;
  if giver = receiver then
    raise exception 'a deal is between two organisations' using errcode = 'P0001', hint = 'same_organisation';
  end if;
  muni := coalesce(offer_row.municipality_id, request_row.municipality_id);
  if (select count(*) from public.organisations o where o.id in (giver, receiver) and o.municipality_id = muni) <> 2 then
    raise exception 'the other party is not in this municipality' using errcode = 'P0001', hint = 'not_found';
  end if;
  if p_quantity is not null and offer_row.quantity is not null and p_quantity > offer_row.quantity then
    raise exception 'more than the offer holds' using errcode = 'P0001', hint = 'insufficient_quantity';
  end if;

  -- One at a time per pair: the second caller waits and then finds the first one's deal.
  perform pg_advisory_xact_lock(hashtext('deal'),
    hashtext(concat_ws('/', p_offer, p_request, giver, receiver)));
  select * into existing from public.deals x
   where x.offer_id is not distinct from p_offer and x.request_id is not distinct from p_request
     and x.giver_organisation_id = giver and x.receiver_organisation_id = receiver
     and x.state in ('interested', 'agreed', 'in_progress')
   for update;
  if found then
    if existing.state = 'interested'
       and ((me = giver and existing.giver_accepted_at is null) or (me = receiver and existing.receiver_accepted_at is null)) then
      return public.respond_to_deal(existing.id, true, p_message) || jsonb_build_object('created', false);
    end if;
    return jsonb_build_object('id', existing.id, 'state', existing.state, 'created', false);
  end if;

  -- A listing must be on the marketplace to start from it; the owner of a listing may also
  -- record a deal for it while it is paused.
  for listing_row in select * from public.listings li where li.id in (p_offer, p_request) loop
    if not (public.effective_state(listing_row) = 'open'
            or (public.effective_state(listing_row) = 'paused' and listing_row.organisation_id = me)) then
      raise exception 'the listing is not open' using errcode = 'P0001', hint = 'listing_unavailable';
    end if;
  end loop;

  -- Every start mails the other side: a daily quota per organisation against mass mailing.
  perform private.check_quota(
    (select count(*) from public.deals x where x.started_by_organisation_id = me and x.created_at > now() - interval '1 day'),
    50, 'deals started per organisation');
  insert into public.deals (
    municipality_id, giver_organisation_id, receiver_organisation_id, offer_id, request_id, proposal_id,
    started_by, started_by_organisation_id, giver_accepted_at, receiver_accepted_at,
    quantity, category, what_given, in_return, hours_hands, hours_expertise, materials_value
  )
  select muni, giver, receiver, p_offer, p_request, p_proposal, uid, me,
         case when me = giver then now() end, case when me = receiver then now() end,
         p_quantity,
         coalesce(offer_row.category, request_row.category),
         left(coalesce(offer_row.title, request_row.title), 2000),
         left(coalesce(request_row.can_offer_in_return, offer_row.wants_in_return, ''), 2000),
         case when coalesce(offer_row.category, request_row.category) = 'hands'
              then coalesce(offer_row.estimated_hours, request_row.estimated_hours, 0) else 0 end,
         case when coalesce(offer_row.category, request_row.category) = 'expertise'
              then coalesce(offer_row.estimated_hours, request_row.estimated_hours, 0) else 0 end,
         case when coalesce(offer_row.category, request_row.category) = 'materials'
              then coalesce(offer_row.estimated_value, request_row.estimated_value, 0) else 0 end
  returning * into d;
  perform private.add_deal_event(d, me, 'started', null, p_message);
  perform private.add_deal_contact(d, me);
  return jsonb_build_object('id', d.id, 'state', d.state, 'created', true);
end
$$;
revoke execute on function public.start_deal(uuid, uuid, uuid, uuid, uuid, text, integer) from public, anon;
grant execute on function public.start_deal(uuid, uuid, uuid, uuid, uuid, text, integer) to authenticated;
comment on function public.start_deal(uuid, uuid, uuid, uuid, uuid, text, integer) is
  'Starts a deal between two organisations about an offer and/or a request, or joins the active one for the same pair.
advisor: authenticated may execute: clients may not insert deals; the function checks that the caller acts for one of the two parties, that the listings are open and of one municipality, and serialises starts of the same pair.';

-- The other side's answer. A yes from the side that had not said yes yet; both yes = agreed
-- (see agree_deal). A no declines the deal (or, from the side that started it, withdraws it). Answering again, or after agreement, changes nothing
-- and answers the current state (idempotent). Returns { "id", "state", "changed": boolean }.
create or replace function public.respond_to_deal(p_deal uuid, p_accept boolean, p_message text default '')
returns jsonb
language plpgsql security definer
set search_path = ''
as $$
declare
  d public.deals;
  me uuid;
begin
  if (select auth.uid()) is null then
    raise exception 'not signed in' using errcode = '42501';
  end if;
  select * into d from public.deals where id = p_deal for update;
  if not found or not (private.is_member(d.giver_organisation_id) or private.is_member(d.receiver_organisation_id)) then
    raise exception 'deal not found' using errcode = 'P0001', hint = 'not_found';
  end if;
  -- The side still to answer, if the caller is on it; else the caller's side.
  me := case
    when d.giver_accepted_at is null and private.is_member(d.giver_organisation_id) then d.giver_organisation_id
    when d.receiver_accepted_at is null and private.is_member(d.receiver_organisation_id) then d.receiver_organisation_id
    else private.my_party(d.giver_organisation_id, d.receiver_organisation_id)
  end;

  if d.state <> 'interested' then
    if p_accept and d.state in ('agreed', 'in_progress', 'carried_out') then
      return jsonb_build_object('id', d.id, 'state', d.state, 'changed', false);
    end if;
    if not p_accept and d.state in ('declined', 'cancelled') then
      return jsonb_build_object('id', d.id, 'state', d.state, 'changed', false);
    end if;
    raise exception 'a % deal cannot be answered', d.state using errcode = 'P0001', hint = 'invalid_transition';
  end if;

  if not p_accept then
    -- A no from the side that started it withdraws it (cancelled); from the other side it declines.
    if me = d.started_by_organisation_id then
      update public.deals set state = 'cancelled', closed_at = now() where id = d.id returning * into d;
      perform private.add_deal_event(d, me, 'state_changed', 'interested', p_message);
    else
      update public.deals set state = 'declined', closed_at = now() where id = d.id returning * into d;
      perform private.add_deal_event(d, me, 'declined', 'interested', p_message);
    end if;
    return jsonb_build_object('id', d.id, 'state', d.state, 'changed', true);
  end if;

  if (me = d.giver_organisation_id and d.giver_accepted_at is not null)
     or (me = d.receiver_organisation_id and d.receiver_accepted_at is not null) then
    return jsonb_build_object('id', d.id, 'state', d.state, 'changed', false);
  end if;
  update public.deals
     set giver_accepted_at = case when me = giver_organisation_id then now() else giver_accepted_at end,
         receiver_accepted_at = case when me = receiver_organisation_id then now() else receiver_accepted_at end
   where id = d.id
  returning * into d;
  perform private.add_deal_contact(d, me);
  if d.giver_accepted_at is not null and d.receiver_accepted_at is not null then
    d := private.agree_deal(d.id, me, p_message);
  else
    perform private.add_deal_event(d, me, 'accepted', 'interested', p_message);
  end if;
  return jsonb_build_object('id', d.id, 'state', d.state, 'changed', true);
end
$$;
revoke execute on function public.respond_to_deal(uuid, boolean, text) from public, anon;
grant execute on function public.respond_to_deal(uuid, boolean, text) to authenticated;
comment on function public.respond_to_deal(uuid, boolean, text) is
  'Accepts or declines a deal for the caller''s side; both sides accepted makes it agreed (amount checked, rate kept).
advisor: authenticated may execute: it locks the deal, checks that the caller is a member of one of its parties, and changes only that side''s answer.';

-- Every later step: in_progress, carried_out, not_feasible, cancelled (by either party; the
-- municipality's staff record follow-up answers for agreed deals too). Leaving a promise frees
-- its amount. Returns { "id", "state", "changed": boolean }; the same step twice is not an error.
create or replace function public.transition_deal(p_deal uuid, p_to public.deal_state, p_reason text default '')
returns jsonb
language plpgsql security definer
set search_path = ''
as $$
declare
  d public.deals;
  was public.deal_state;
  me uuid;
begin
  if (select auth.uid()) is null then
    raise exception 'not signed in' using errcode = '42501';
  end if;
  select * into d from public.deals where id = p_deal for update;
  me := case when found then private.my_party(d.giver_organisation_id, d.receiver_organisation_id) end;
  if not found or (me is null and not private.is_municipality_staff(d.municipality_id)) then
    raise exception 'deal not found' using errcode = 'P0001', hint = 'not_found';
  end if;
  if d.state = p_to then
    return jsonb_build_object('id', d.id, 'state', d.state, 'changed', false);
  end if;
  -- Agreeing and declining are answers (respond_to_deal); staff do not speak for a party before agreement.
  if p_to in ('agreed', 'declined') or not private.deal_transition_allowed(d.state, p_to)
     or (me is null and d.state = 'interested') then
    raise exception 'a % deal cannot become %', d.state, p_to using errcode = 'P0001', hint = 'invalid_transition';
  end if;
  was := d.state;
  update public.deals
     set state = p_to,
         closed_at = case when p_to in ('carried_out', 'not_feasible', 'cancelled') then now() end
   where id = d.id
  returning * into d;
  perform private.add_deal_event(d, me, 'state_changed', was, p_reason);
  if p_to in ('not_feasible', 'cancelled') and was in ('agreed', 'in_progress') then
    perform private.release_deal(d);
  end if;
  return jsonb_build_object('id', d.id, 'state', d.state, 'changed', true);
end
$$;
revoke execute on function public.transition_deal(uuid, public.deal_state, text) from public, anon;
grant execute on function public.transition_deal(uuid, public.deal_state, text) to authenticated;
comment on function public.transition_deal(uuid, public.deal_state, text) is
  'Moves a deal along (in_progress, carried_out, not_feasible, cancelled), records why, and frees the amount of a promise that ends.
advisor: authenticated may execute: it locks the deal, checks that the caller is a member of a party or (after agreement) staff of its municipality, and allows only the transitions of deal_transition_allowed.';

-- A multi-party round: one deal per help leg (an offer followed by the request it fills, of two
-- organisations) that the caller's organisations take part in, linked by cycle_group (the
-- round's id); cycle_leg is the link's place in the round. The caller's side says yes.
-- Returns the deal ids in round order.
create or replace function public.start_cycle_deals(p_cycle uuid, p_message text default '') returns uuid[]
language plpgsql security definer
set search_path = ''
as $$
declare
  c public.exchange_cycles;
  n integer;
  i integer;
  a public.listings;
  b public.listings;
  ids uuid[] := '{}';
  started jsonb;
  leg smallint := 0;
  offer_row public.listings;
  request_row public.listings;
  actor uuid;
begin
  if (select auth.uid()) is null then
    raise exception 'not signed in' using errcode = '42501';
  end if;
  select * into c from public.exchange_cycles where id = p_cycle;
  if not found or not private.is_member_of_any(c.organisation_ids) then
    raise exception 'round not found' using errcode = 'P0001', hint = 'not_found';
  end if;
  n := cardinality(c.members);
  for i in 1..n loop
    select * into a from public.listings where id = c.members[i];
    select * into b from public.listings where id = c.members[(i % n) + 1];
    -- Members are the round's links in order (what one gives, what the next wants); a pair of
    -- one organisation's own listings only passes the turn on.
    continue when a.id is null or b.id is null or a.organisation_id = b.organisation_id;
    leg := leg + 1;
    -- A deal per help leg (an offer, then the request it fills). A return leg (what a club gives
    -- back, or a business's wish) is the tegenprestatie of a deal, not a deal of its own.
    continue when a.kind <> 'offer' or b.kind <> 'request';
    offer_row := a;
    request_row := b;
    actor := private.my_party(offer_row.organisation_id, request_row.organisation_id);
    if actor is not null then
      started := public.start_deal(p_offer => offer_row.id, p_request => request_row.id,
                                   p_organisation => actor, p_message => p_message);
      -- Agreeing a leg may have removed the round (a listing fully promised): the group stays.
      update public.deals
         set cycle_id = (select x.id from public.exchange_cycles x where x.id = c.id),
             cycle_group = c.id, cycle_leg = leg
       where id = (started ->> 'id')::uuid;
      ids := ids || (started ->> 'id')::uuid;
    end if;
  end loop;
  return ids;
end
$$;
revoke execute on function public.start_cycle_deals(uuid, text) from public, anon;
grant execute on function public.start_cycle_deals(uuid, text) to authenticated;
comment on function public.start_cycle_deals(uuid, text) is
  'Starts the deals of a multi-party round that the caller''s organisations are part of, one per leg, linked by cycle_group.
advisor: authenticated may execute: only a member of one of the round''s organisations; each leg goes through start_deal''s own checks.';

-- The helpers above run inside the RPCs (as their owner) or in policies; clients call none of
-- them directly except through those.
revoke execute on function private.agree_deal(uuid, uuid, text) from public, anon, authenticated;
revoke execute on function private.release_deal(public.deals) from public, anon, authenticated;
revoke execute on function private.add_deal_event(public.deals, uuid, text, public.deal_state, text) from public, anon, authenticated;
revoke execute on function private.add_deal_contact(public.deals, uuid) from public, anon, authenticated;
revoke execute on function private.add_default_rates() from public, anon, authenticated;

-- How much of a listing agreed, running and carried-out deals have promised, as a computed
-- column (select=...,promised_quantity), so the listing page can say "nog 6 van 12". Readers may
-- not see other organisations' deals, so a definer helper counts; the listing itself is checked
-- against the caller's row-level security first (a hand-made row reveals nothing).
create or replace function private.promised_quantity_of_visible(p_listing uuid) returns bigint
language sql stable security definer
set search_path = ''
as $$
  select private.promised_quantity(p_listing)
$$;
revoke execute on function private.promised_quantity_of_visible(uuid) from public;
grant execute on function private.promised_quantity_of_visible(uuid) to anon, authenticated, service_role;

create or replace function public.promised_quantity(l public.listings) returns bigint
language sql stable
set search_path = ''
as $$
  select private.promised_quantity_of_visible(x.id) from public.listings x where x.id = l.id
$$;
revoke execute on function public.promised_quantity(public.listings) from public;
grant execute on function public.promised_quantity(public.listings) to anon, authenticated, service_role;
