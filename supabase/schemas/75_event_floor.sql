-- The annual beursvloer on the day: matchmakers record match forms on tablets (event_matches),
-- the notaris ratifies or returns them, and a ratified form is an agreed deal with its social
-- value (deals.event_edition_id / event_corner_id). The tablet makes the form's id, so a form
-- sent twice (offline replay, a double tap) is recorded once. Forms are written only through
-- the two RPCs below; the municipality's staff (matchmakers and admins) read them.

alter table public.deals
  add constraint deals_event_edition_id_fkey
    foreign key (event_edition_id) references public.event_editions (id) on delete set null,
  add constraint deals_event_corner_id_fkey
    foreign key (event_corner_id) references public.event_corners (id) on delete set null;

-- Social value in euros of a deal: hours times the rates of its version (today's for a deal not
-- yet agreed), rounded per line as src/lib/deals/value.ts does, plus materials and other costs.
create or replace function private.deal_social_value(p_deal public.deals) returns numeric
language sql stable
set search_path = ''
as $$
  select round(p_deal.hours_hands * r.hands_rate, 2)
       + round(p_deal.hours_expertise * r.expertise_rate, 2)
       + round(p_deal.hours_students * r.students_rate, 2)
       + round(p_deal.materials_value, 2)
       + round(p_deal.other_costs, 2)
    from public.municipality_rates r
   where r.id = coalesce(p_deal.rate_id, private.rate_on(p_deal.municipality_id, private.today()))
$$;

create type public.event_match_state as enum ('submitted', 'returned', 'ratified');

create table public.event_matches (
  -- Made on the tablet (crypto.randomUUID), so a replay finds the form it already sent.
  id uuid primary key,
  edition_id uuid not null references public.event_editions (id) on delete cascade,
  municipality_id uuid not null references public.municipalities (id),
  corner_id uuid references public.event_corners (id) on delete set null,
  giver_organisation_id uuid not null references public.organisations (id) on delete cascade,
  receiver_organisation_id uuid not null references public.organisations (id) on delete cascade,
  offer_id uuid references public.listings (id) on delete set null,
  request_id uuid references public.listings (id) on delete set null,
  proposal_id uuid references public.match_proposals (id) on delete set null,
  -- The matchformulier, as on a deal.
  category public.listing_category not null,
  what_given text not null check (char_length(btrim(what_given)) between 2 and 2000),
  in_return text not null default '' check (char_length(in_return) <= 2000),
  quantity integer check (quantity between 1 and 100000),
  hours_hands numeric(6, 1) not null default 0 check (hours_hands between 0 and 10000),
  hours_expertise numeric(6, 1) not null default 0 check (hours_expertise between 0 and 10000),
  hours_students numeric(6, 1) not null default 0 check (hours_students between 0 and 10000),
  materials_value numeric(9, 2) not null default 0 check (materials_value between 0 and 1000000),
  other_costs numeric(9, 2) not null default 0 check (other_costs between 0 and 1000000),
  state public.event_match_state not null default 'submitted',
  -- The notaris's remark when returning a form (why, what to fix).
  remark text not null default '' check (char_length(remark) <= 500),
  recorded_by uuid references auth.users (id) on delete set null,
  -- When the matchmaker filled it in on the tablet (maybe offline); created_at is its arrival.
  recorded_at timestamptz not null default now(),
  decided_by uuid references auth.users (id) on delete set null,
  decided_at timestamptz,
  deal_id uuid unique references public.deals (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint event_matches_two_parties check (giver_organisation_id <> receiver_organisation_id),
  constraint event_matches_what_given_plain check (private.is_plain_text(what_given)),
  constraint event_matches_in_return_plain check (private.is_plain_text(in_return)),
  constraint event_matches_remark_plain check (private.is_plain_text(remark))
);
alter table public.event_matches enable row level security;
-- Written by record_event_match and decide_event_match only.
revoke insert, update, delete, truncate, references, trigger on public.event_matches from anon, authenticated;
create index event_matches_edition_idx on public.event_matches (edition_id, state, created_at);
create index event_matches_municipality_idx on public.event_matches (municipality_id);
create index event_matches_corner_idx on public.event_matches (corner_id);
create index event_matches_giver_idx on public.event_matches (giver_organisation_id);
create index event_matches_receiver_idx on public.event_matches (receiver_organisation_id);
create index event_matches_offer_idx on public.event_matches (offer_id);
create index event_matches_request_idx on public.event_matches (request_id);
create index event_matches_proposal_idx on public.event_matches (proposal_id);
create index event_matches_recorded_by_idx on public.event_matches (recorded_by);
create index event_matches_decided_by_idx on public.event_matches (decided_by);
create trigger event_matches_touch before update on public.event_matches
  for each row execute function private.touch_updated_at();

comment on table public.event_matches is
  'Match forms recorded by matchmakers at the beursvloer, waiting for the notaris, returned with a remark, or ratified into an agreed deal.';

-- The matchmakers and the notaris are the municipality's staff; the parties see the deal.
create policy "staff read their event's match forms"
  on public.event_matches for select
  to authenticated
  using (private.is_municipality_staff(municipality_id));

-- Records a match form, or answers the one already recorded under this id (a replay changes
-- nothing). A returned form sent again under its id is corrected and goes back to the notaris.
-- Checks: the caller is staff of the edition's municipality, both organisations belong to it,
-- the offer is the giver's and the request the receiver's, the corner is the edition's.
create or replace function public.record_event_match(
  p_id uuid,
  p_edition uuid,
  p_giver uuid,
  p_receiver uuid,
  p_category public.listing_category,
  p_what_given text,
  p_in_return text default '',
  p_corner uuid default null,
  p_offer uuid default null,
  p_request uuid default null,
  p_proposal uuid default null,
  p_quantity integer default null,
  p_hours_hands numeric default 0,
  p_hours_expertise numeric default 0,
  p_hours_students numeric default 0,
  p_materials_value numeric default 0,
  p_other_costs numeric default 0,
  p_recorded_at timestamptz default null
) returns public.event_matches
language plpgsql security definer
set search_path = ''
as $$
declare
  muni uuid;
  m public.event_matches;
begin
  select e.municipality_id into muni from public.event_editions e where e.id = p_edition;
  if muni is null or not private.is_municipality_staff(muni) then
    raise exception 'edition not found' using errcode = 'P0001', hint = 'not_found';
  end if;
  if (select count(*) from public.organisations o where o.id in (p_giver, p_receiver) and o.municipality_id = muni) <> 2 then
    raise exception 'both parties are organisations of this municipality' using errcode = 'P0001', hint = 'party_not_found';
  end if;
  if p_corner is not null and not exists (select 1 from public.event_corners c where c.id = p_corner and c.edition_id = p_edition) then
    raise exception 'corner not found' using errcode = 'P0001', hint = 'corner_not_found';
  end if;
  if p_offer is not null and not exists (
    select 1 from public.listings l where l.id = p_offer and l.kind = 'offer' and l.organisation_id = p_giver) then
    raise exception 'the offer is not the giver''s' using errcode = 'P0001', hint = 'listing_mismatch';
  end if;
  if p_request is not null and not exists (
    select 1 from public.listings l where l.id = p_request and l.kind = 'request' and l.organisation_id = p_receiver) then
    raise exception 'the request is not the receiver''s' using errcode = 'P0001', hint = 'listing_mismatch';
  end if;
  if p_proposal is not null and not exists (select 1 from public.match_proposals mp where mp.id = p_proposal and mp.municipality_id = muni) then
    p_proposal := null;
  end if;

  insert into public.event_matches (
    id, edition_id, municipality_id, corner_id, giver_organisation_id, receiver_organisation_id,
    offer_id, request_id, proposal_id, category, what_given, in_return, quantity, hours_hands,
    hours_expertise, hours_students, materials_value, other_costs, recorded_by, recorded_at
  ) values (
    p_id, p_edition, muni, p_corner, p_giver, p_receiver, p_offer, p_request, p_proposal, p_category,
    btrim(p_what_given), btrim(coalesce(p_in_return, '')), p_quantity, coalesce(p_hours_hands, 0),
    coalesce(p_hours_expertise, 0), coalesce(p_hours_students, 0), coalesce(p_materials_value, 0),
    coalesce(p_other_costs, 0), (select auth.uid()),
    -- A tablet's clock is trusted within the day, never in the future.
    least(coalesce(p_recorded_at, now()), now())
  )
  on conflict (id) do nothing
  returning * into m;
  if found then
    return m;
  end if;

  select * into m from public.event_matches x where x.id = p_id for update;
  if m.edition_id <> p_edition then
    raise exception 'this form id belongs to another edition' using errcode = 'P0001', hint = 'not_found';
  end if;
  if m.state <> 'returned' then
    return m;
  end if;
  update public.event_matches
     set corner_id = p_corner, giver_organisation_id = p_giver, receiver_organisation_id = p_receiver,
         offer_id = p_offer, request_id = p_request, proposal_id = p_proposal, category = p_category,
         what_given = btrim(p_what_given), in_return = btrim(coalesce(p_in_return, '')), quantity = p_quantity,
         hours_hands = coalesce(p_hours_hands, 0), hours_expertise = coalesce(p_hours_expertise, 0),
         hours_students = coalesce(p_hours_students, 0), materials_value = coalesce(p_materials_value, 0),
         other_costs = coalesce(p_other_costs, 0), state = 'submitted', recorded_by = (select auth.uid()),
         recorded_at = least(coalesce(p_recorded_at, now()), now())
   where id = p_id
  returning * into m;
  return m;
end
$$;
revoke execute on function public.record_event_match(uuid, uuid, uuid, uuid, public.listing_category, text, text, uuid, uuid, uuid, uuid, integer, numeric, numeric, numeric, numeric, numeric, timestamptz) from public, anon;
grant execute on function public.record_event_match(uuid, uuid, uuid, uuid, public.listing_category, text, text, uuid, uuid, uuid, uuid, integer, numeric, numeric, numeric, numeric, numeric, timestamptz) to authenticated;
comment on function public.record_event_match(uuid, uuid, uuid, uuid, public.listing_category, text, text, uuid, uuid, uuid, uuid, integer, numeric, numeric, numeric, numeric, numeric, timestamptz) is
  'Records a beursvloer match form under the id the tablet made (a replay answers the form already recorded), or corrects a returned one.
advisor: authenticated may execute: clients may not insert match forms; the function checks that the caller is staff of the edition''s municipality and that parties, listings and corner belong to it.';

-- The notaris's decision. Ratify: the form becomes an agreed deal (or agrees the open deal of the
-- same pair, or links the one already agreed), both sides' yes given at the event, the amount
-- checked as any agreement. Return: back to the matchmakers with a remark. Deciding a form that
-- is no longer waiting answers its current state (two notarissen tapping at once decide once).
create or replace function public.decide_event_match(p_id uuid, p_ratify boolean, p_remark text default '')
returns public.event_matches
language plpgsql security definer
set search_path = ''
as $$
declare
  m public.event_matches;
  d public.deals;
begin
  select * into m from public.event_matches x where x.id = p_id for update;
  if not found or not private.is_municipality_staff(m.municipality_id) then
    raise exception 'match form not found' using errcode = 'P0001', hint = 'not_found';
  end if;
  if m.state <> 'submitted' then
    return m;
  end if;

  if not p_ratify then
    if char_length(btrim(coalesce(p_remark, ''))) < 2 then
      raise exception 'say what to fix' using errcode = 'P0001', hint = 'remark_required';
    end if;
    update public.event_matches
       set state = 'returned', remark = left(btrim(p_remark), 500), decided_by = (select auth.uid()), decided_at = now()
     where id = p_id
    returning * into m;
    return m;
  end if;

  if m.offer_id is not null or m.request_id is not null then
    perform pg_advisory_xact_lock(hashtext('deal'),
      hashtext(concat_ws('/', m.offer_id, m.request_id, m.giver_organisation_id, m.receiver_organisation_id)));
    select * into d from public.deals x
     where x.offer_id is not distinct from m.offer_id and x.request_id is not distinct from m.request_id
       and x.giver_organisation_id = m.giver_organisation_id
       and x.receiver_organisation_id = m.receiver_organisation_id
       and x.state in ('interested', 'agreed', 'in_progress')
     for update;
  end if;

  if d.id is null then
    insert into public.deals (
      municipality_id, giver_organisation_id, receiver_organisation_id, offer_id, request_id, proposal_id,
      started_by, started_by_organisation_id, quantity, category, what_given, in_return,
      hours_hands, hours_expertise, hours_students, materials_value, other_costs,
      event_edition_id, event_corner_id
    ) values (
      m.municipality_id, m.giver_organisation_id, m.receiver_organisation_id, m.offer_id, m.request_id,
      m.proposal_id, m.recorded_by, m.giver_organisation_id, m.quantity, m.category, m.what_given, m.in_return,
      m.hours_hands, m.hours_expertise, m.hours_students, m.materials_value, m.other_costs,
      m.edition_id, m.corner_id
    )
    returning * into d;
    perform private.add_deal_event(d, null, 'started', null, 'Matchformulier van de beursvloer');
  elsif d.state = 'interested' then
    update public.deals
       set quantity = coalesce(m.quantity, quantity), category = m.category, what_given = m.what_given,
           in_return = m.in_return, hours_hands = m.hours_hands, hours_expertise = m.hours_expertise,
           hours_students = m.hours_students, materials_value = m.materials_value,
           other_costs = m.other_costs, event_edition_id = m.edition_id, event_corner_id = m.corner_id
     where id = d.id
    returning * into d;
  else
    if exists (select 1 from public.event_matches f where f.deal_id = d.id) then
      raise exception 'this deal was ratified with another form' using errcode = 'P0001', hint = 'already_ratified';
    end if;
    -- Agreed before the day: ratifying it here makes it one of this edition's matches (on the
    -- scoreboard and in the results alike), unless another edition already counts it.
    update public.deals
       set event_edition_id = coalesce(event_edition_id, m.edition_id),
           event_corner_id = case when event_edition_id is null then m.corner_id else event_corner_id end
     where id = d.id
    returning * into d;
  end if;

  if d.state = 'interested' then
    update public.deals set giver_accepted_at = coalesce(giver_accepted_at, now()),
                            receiver_accepted_at = coalesce(receiver_accepted_at, now())
     where id = d.id;
    d := private.agree_deal(d.id, null, 'Bekrachtigd door de notaris op de beursvloer');
  end if;
  -- Both organisations' contact details (no person's name: the notaris is not their contact).
  insert into public.deal_contacts (deal_id, organisation_id, municipality_id, email, phone)
  select d.id, o.id, d.municipality_id, c.email, c.phone
    from public.organisations o
    left join public.organisation_contacts c on c.organisation_id = o.id
   where o.id in (d.giver_organisation_id, d.receiver_organisation_id)
  on conflict (deal_id, organisation_id) do nothing;

  update public.event_matches
     set state = 'ratified', remark = '', deal_id = d.id, decided_by = (select auth.uid()), decided_at = now()
   where id = p_id
  returning * into m;
  return m;
end
$$;
revoke execute on function public.decide_event_match(uuid, boolean, text) from public, anon;
grant execute on function public.decide_event_match(uuid, boolean, text) to authenticated;
comment on function public.decide_event_match(uuid, boolean, text) is
  'The notaris ratifies a beursvloer match form (an agreed deal, amounts checked) or returns it with a remark.
advisor: authenticated may execute: clients may not write deals or match forms; the function checks that the caller is staff of the form''s municipality and locks the form and the pair.';
