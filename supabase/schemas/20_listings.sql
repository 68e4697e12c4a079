-- The marketplace: offers (aanbod) and requests (hulpvragen) in one table, their full change
-- history, reports for moderation, and expiry. Searching them: 30_search.sql.
-- RLS is on for every table.

-- Supabase installs extensions into the "extensions" schema; so does the local bootstrap.
-- unaccent is deliberately not used: the Dutch snowball stemmer already folds diacritics
-- (café → caf, ideeën → ideeen) and the trigram fallback forgives a missing accent.
create extension if not exists pg_trgm with schema extensions;

create type public.listing_kind as enum ('offer', 'request');
create type public.listing_category as enum ('hands', 'expertise', 'materials', 'facilities', 'other');
create type public.listing_state as enum ('draft', 'open', 'paused', 'matched', 'closed', 'expired');

-- Listings end at the end of a day in the Netherlands, whatever the server's time zone.
create or replace function private.today() returns date
language sql stable
set search_path = ''
as $$
  select (now() at time zone 'Europe/Amsterdam')::date
$$;

-- Listings ---------------------------------------------------------------------------------

create table public.listings (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references public.municipalities (id),
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  -- The poster; the insert policy refuses anyone else's id.
  created_by uuid default auth.uid() references auth.users (id) on delete set null,
  kind public.listing_kind not null,
  state public.listing_state not null default 'draft',
  category public.listing_category not null,
  title text not null check (char_length(btrim(title)) between 3 and 120),
  description text not null default '' check (char_length(description) <= 5000),
  -- The amount in the poster's own words: "2 vrijwilligers, 1 zaterdag".
  amount text not null default '' check (char_length(amount) <= 200),
  estimated_hours numeric(6, 1) check (estimated_hours > 0 and estimated_hours <= 2000),
  estimated_value numeric(9, 2) check (estimated_value >= 0 and estimated_value <= 250000),
  -- A label from the app's places list (src/lib/places); coordinates come from that list.
  place text not null check (char_length(btrim(place)) between 1 and 80),
  latitude double precision not null check (latitude between 50.5 and 53.8),
  longitude double precision not null check (longitude between 3.2 and 7.4),
  available_from date,
  available_until date,
  needed_by date,
  -- Reciprocity: an offer says what it would like in return, a request what it can give back.
  wants_in_return text check (char_length(wants_in_return) <= 1000),
  can_offer_in_return text check (char_length(can_offer_in_return) <= 1000),
  -- One end date for both kinds, so that expiry, sorting and filters treat them alike.
  ends_on date generated always as (case when kind = 'offer' then available_until else needed_by end) stored,
  -- The last day an open listing is on the marketplace ('infinity' without an end date; null
  -- unless open), so "publicly visible" is the single test open_until >= today. Date
  -- comparison is leakproof, so under RLS it can drive an index, which the enum tests on
  -- state and kind cannot. (A generated column cannot read ends_on, hence the repeat.)
  open_until date generated always as (
    case when state = 'open'
         then coalesce(case when kind = 'offer' then available_until else needed_by end, 'infinity'::date)
    end
  ) stored,
  search_vector tsvector generated always as (
    setweight(to_tsvector('dutch'::regconfig, title), 'A')
    || setweight(to_tsvector('dutch'::regconfig, description), 'B')
    || setweight(to_tsvector('dutch'::regconfig,
         amount || ' ' || coalesce(wants_in_return, '') || ' ' || coalesce(can_offer_in_return, '') || ' ' || place), 'C')
  ) stored,
  published_at timestamptz,
  closed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- The words of the title alone: the same lexemes and positions as the weight-A part of
  -- search_vector, small enough to ride along in the newest-first index, so that the title
  -- test (title_vector @@ words) of a walk newest first reads no listing rows.
  title_vector tsvector generated always as (to_tsvector('dutch'::regconfig, title)) stored,
  check (kind = 'offer' or (available_from is null and available_until is null and wants_in_return is null)),
  check (kind = 'request' or (needed_by is null and can_offer_in_return is null)),
  check (available_until is null or available_from is null or available_until >= available_from),
  constraint listings_title_plain check (private.is_plain_text(title)),
  constraint listings_dates_sane check (
    (available_from is null or available_from between date '2000-01-01' and date '2199-12-31')
    and (available_until is null or available_until between date '2000-01-01' and date '2199-12-31')
    and (needed_by is null or needed_by between date '2000-01-01' and date '2199-12-31'))
);
alter table public.listings enable row level security;
-- What members (and admins, moderating) may change; identity, municipality, author and the
-- dates the database keeps are not among them.
revoke update, truncate, references, trigger on public.listings from anon, authenticated;
grant update (state, category, title, description, amount, estimated_hours, estimated_value, place,
              latitude, longitude, available_from, available_until, needed_by, wants_in_return,
              can_offer_in_return)
  on public.listings to authenticated;

create index listings_browse_idx on public.listings (municipality_id, state, created_at desc);
create index listings_organisation_idx on public.listings (organisation_id, state, created_at desc);
create index listings_search_idx on public.listings using gin (search_vector);
create index listings_title_trgm_idx on public.listings using gin (title extensions.gin_trgm_ops);
-- No PostGIS: a bounding box on these columns narrows the rows, haversine decides.
create index listings_latlon_idx on public.listings (latitude, longitude) where open_until is not null;
create index listings_created_by_idx on public.listings (created_by);

create trigger listings_touch before update on public.listings
  for each row execute function private.touch_updated_at();

-- Client writes: the dates the database keeps (guard_listing sets published_at and closed_at
-- from the state), end dates at most three years ahead, and daily quotas. Named so that it runs
-- before listings_touch and listings_zguard (triggers fire in name order).
create or replace function private.guard_listing_client_write() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  horizon date := private.today() + interval '3 years';
begin
  if not private.written_by_client() then
    return new;
  end if;
  if tg_op = 'INSERT' then
    new.created_at := now();
    new.updated_at := now();
    -- guard_listing sets them from the state.
    new.published_at := null;
    new.closed_at := null;
    perform private.check_quota(
      (select count(*) from public.listings l
        where l.organisation_id = new.organisation_id and l.created_at > now() - interval '1 day'),
      100, 'listings per organisation');
    perform private.check_quota(
      (select count(*) from public.listings l
        where l.created_by = (select auth.uid()) and l.created_at > now() - interval '1 day'),
      200, 'listings per user');
  end if;
  if new.available_from > horizon or new.available_until > horizon or new.needed_by > horizon then
    raise exception 'dates lie at most three years ahead' using errcode = '23514', hint = 'date_too_far';
  end if;
  return new;
end
$$;
create trigger listings_client_guard before insert or update on public.listings
  for each row execute function private.guard_listing_client_write();

-- Which state may follow which. The app mirrors this table in src/lib/schemas/listing.ts.
create or replace function private.listing_transition_allowed(
  p_from public.listing_state, p_to public.listing_state
) returns boolean
language sql immutable
set search_path = ''
as $$
  select p_from = p_to or (p_from, p_to) in (
    ('draft', 'open'), ('draft', 'closed'),
    ('open', 'paused'), ('open', 'matched'), ('open', 'closed'), ('open', 'expired'),
    ('paused', 'open'), ('paused', 'matched'), ('paused', 'closed'), ('paused', 'expired'),
    ('matched', 'open'), ('matched', 'closed'),
    ('closed', 'open'),
    ('expired', 'open'), ('expired', 'closed')
  )
$$;

-- Guards every write, whoever makes it: identity columns stay fixed, the municipality follows
-- the organisation, states move only along allowed transitions, and a listing past its end
-- date can be neither opened nor kept open (it turns "expired" on the next write).
create or replace function private.guard_listing() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  -- Generated columns are computed after BEFORE triggers, so ends_on is derived here.
  ends date := case when new.kind = 'offer' then new.available_until else new.needed_by end;
begin
  if tg_op = 'INSERT' then
    select o.municipality_id into new.municipality_id
      from public.organisations o where o.id = new.organisation_id;
    if new.state not in ('draft', 'open') then
      raise exception 'a new listing starts as draft or open' using errcode = '23514', hint = 'invalid_state';
    end if;
  else
    if new.id <> old.id or new.organisation_id <> old.organisation_id or new.municipality_id <> old.municipality_id
       or new.kind <> old.kind or new.created_by is distinct from old.created_by or new.created_at <> old.created_at then
      raise exception 'organisation, kind and author of a listing cannot change' using errcode = '42501', hint = 'immutable';
    end if;
    if not private.listing_transition_allowed(old.state, new.state) then
      raise exception 'a % listing cannot become %', old.state, new.state using errcode = '23514', hint = 'invalid_transition';
    end if;
  end if;

  if ends is not null and ends < private.today() then
    if new.state = 'open' and (tg_op = 'INSERT' or old.state <> 'open') then
      raise exception 'the end date has passed' using errcode = '23514', hint = 'ends_in_past';
    elsif new.state in ('open', 'paused') then
      new.state := 'expired';
    end if;
  elsif new.state = 'expired' then
    raise exception 'only a listing past its end date can expire' using errcode = '23514', hint = 'invalid_transition';
  end if;

  if new.state = 'open' and new.published_at is null then
    new.published_at := now();
  end if;
  if new.state = 'closed' and (tg_op = 'INSERT' or old.state <> 'closed') then
    new.closed_at := now();
  elsif new.state <> 'closed' then
    new.closed_at := null;
  end if;
  return new;
end
$$;
-- Named so that it runs after listings_touch (triggers fire in name order).
create trigger listings_zguard before insert or update on public.listings
  for each row execute function private.guard_listing();

-- Who may see and change listings --------------------------------------------------------------

-- The caller's organisations and the municipalities they administer, as sets. Policies test
-- `x in (select ...)`: evaluated once per query and hashed, instead of a function call per
-- row (is_member per row made browsing 10,000 listings ten times slower).
create or replace function private.my_organisation_ids() returns setof uuid
language sql stable security definer
set search_path = ''
as $$
  select m.organisation_id from public.memberships m where m.user_id = (select auth.uid())
$$;

create or replace function private.my_admin_municipality_ids() returns setof uuid
language sql stable security definer
set search_path = ''
as $$
  select r.municipality_id from public.municipality_roles r
   where r.user_id = (select auth.uid()) and r.role = 'admin'
$$;

-- One select policy per role: permissive policies are joined by "or" anyway, and one says so
-- once and is evaluated once.
-- The open marketplace: visitors see open listings that have not run out (open_until is null
-- unless the state is open).
create policy "visitors see open listings"
  on public.listings for select
  to anon
  using (open_until >= (select private.today()));

-- Signed in: the open marketplace, plus every state of the caller's organisations' listings and,
-- for municipality admins, of their municipality's (moderation).
create policy "open listings, and all of one's own and one's municipality's"
  on public.listings for select
  to authenticated
  using (
    open_until >= (select private.today())
    or organisation_id in (select private.my_organisation_ids())
    or municipality_id in (select private.my_admin_municipality_ids())
  );

-- Members post on behalf of their own organisation, as themselves.
create policy "members create listings"
  on public.listings for insert
  to authenticated
  with check (created_by = (select auth.uid()) and private.is_member(organisation_id));

-- Members edit, pause, close and reopen; municipality admins may too (moderation). The
-- history trigger records who did it.
create policy "members and admins update listings"
  on public.listings for update
  to authenticated
  using (
    organisation_id in (select private.my_organisation_ids())
    or municipality_id in (select private.my_admin_municipality_ids())
  )
  with check (
    organisation_id in (select private.my_organisation_ids())
    or municipality_id in (select private.my_admin_municipality_ids())
  );

-- Only drafts can be deleted: anything once published is closed instead, so that its
-- history and any matches keep pointing at it.
create policy "members delete drafts"
  on public.listings for delete
  to authenticated
  using (state = 'draft' and organisation_id in (select private.my_organisation_ids()));

-- Effective state for readers: an open listing past its end date reads as expired even
-- before expire_listings() has run. PostgREST exposes it as a computed column.
create or replace function public.effective_state(l public.listings) returns public.listing_state
language sql stable
set search_path = ''
as $$
  select case
    when l.state in ('open', 'paused') and l.ends_on < private.today() then 'expired'::public.listing_state
    else l.state
  end
$$;

-- History ------------------------------------------------------------------------------------

-- Every insert, change and delete of a listing, written by a trigger so it cannot be skipped.
-- No foreign key to listings: the history of a deleted draft is kept too.
create table public.listing_events (
  id bigint generated always as identity primary key,
  listing_id uuid not null,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  municipality_id uuid not null references public.municipalities (id),
  -- null when the system acted (expiry job, seed, service role).
  actor_id uuid references auth.users (id) on delete set null,
  actor_role text not null,
  action text not null check (action in ('created', 'updated', 'state_changed', 'deleted')),
  old_state public.listing_state,
  new_state public.listing_state,
  changed_fields text[] not null default '{}',
  old_values jsonb not null default '{}'::jsonb,
  new_values jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now()
);
alter table public.listing_events enable row level security;
create index listing_events_listing_idx on public.listing_events (listing_id, id);
create index listing_events_organisation_idx on public.listing_events (organisation_id);
create index listing_events_actor_idx on public.listing_events (actor_id);
create index listing_events_municipality_idx on public.listing_events (municipality_id);

-- The history is readable by those who may see every state of the listing. Nobody writes it
-- directly: there are no insert, update or delete policies, and the grants are revoked too.
create policy "members and admins read listing history"
  on public.listing_events for select
  to authenticated
  using (
    organisation_id in (select private.my_organisation_ids())
    or municipality_id in (select private.my_admin_municipality_ids())
  );
revoke insert, update, delete, truncate, references, trigger on public.listing_events from anon, authenticated;

-- The history leaves out what people did not change: the columns triggers keep and every
-- generated column, read from the catalogue, so a new generated column needs no change here.
create or replace function private.record_listing_event() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  -- Kept by triggers, not by people; generated columns are added below.
  ignored text[] := array['updated_at', 'published_at', 'closed_at'];
  fields text[] := '{}';
  olds jsonb := '{}'::jsonb;
  news jsonb := '{}'::jsonb;
  act text;
  row_ public.listings := coalesce(new, old);
begin
  if tg_op = 'UPDATE' then
    -- Generated columns (ends_on, open_until, search_vector, title_vector, ...) follow from
    -- the others: read from the catalogue, so a new one needs no change here.
    select ignored || coalesce(array_agg(a.attname::text), '{}')
      into ignored
      from pg_catalog.pg_attribute a
     where a.attrelid = tg_relid and a.attgenerated <> '' and not a.attisdropped;
    select coalesce(array_agg(n.key order by n.key), '{}'),
           coalesce(jsonb_object_agg(n.key, o.value), '{}'::jsonb),
           coalesce(jsonb_object_agg(n.key, n.value), '{}'::jsonb)
      into fields, olds, news
      from jsonb_each(to_jsonb(new)) n
      join jsonb_each(to_jsonb(old)) o on o.key = n.key
     where n.value is distinct from o.value and not n.key = any (ignored);
    if cardinality(fields) = 0 then
      return null;
    end if;
    act := case when new.state <> old.state then 'state_changed' else 'updated' end;
  elsif tg_op = 'INSERT' then
    act := 'created';
  else
    -- Deleting an organisation takes its listings with it (cascade), and their history too;
    -- a 'deleted' event would point at the organisation already gone.
    if not exists (select 1 from public.organisations o where o.id = old.organisation_id) then
      return null;
    end if;
    act := 'deleted';
  end if;

  insert into public.listing_events (
    listing_id, organisation_id, municipality_id, actor_id, actor_role, action,
    old_state, new_state, changed_fields, old_values, new_values
  ) values (
    row_.id, row_.organisation_id, row_.municipality_id,
    (select auth.uid()),
    coalesce(nullif(auth.role(), ''), 'system'),
    act,
    case when tg_op <> 'INSERT' then old.state end,
    case when tg_op <> 'DELETE' then new.state end,
    fields, olds, news
  );
  return null;
end
$$;
create trigger listings_history after insert or update or delete on public.listings
  for each row execute function private.record_listing_event();

-- Expiry ---------------------------------------------------------------------------------------

-- Marks open and paused listings past their end date as expired (the history shows the
-- system as actor). pg_cron is not available locally, so the app's job runner calls this
-- periodically with the service role; reads never depend on it (see the select policy and
-- effective_state). On a hosted project it can also be scheduled with pg_cron.
create or replace function public.expire_listings() returns integer
language plpgsql security definer
set search_path = ''
as $$
declare
  n integer;
begin
  update public.listings
     set state = 'expired'
   where state in ('open', 'paused') and ends_on < private.today();
  get diagnostics n = row_count;
  return n;
end
$$;
revoke execute on function public.expire_listings() from public, anon, authenticated;
grant execute on function public.expire_listings() to service_role;

-- Reports --------------------------------------------------------------------------------------

create type public.report_status as enum ('open', 'resolved', 'dismissed');

create table public.listing_reports (
  id uuid primary key default gen_random_uuid(),
  listing_id uuid not null references public.listings (id) on delete cascade,
  municipality_id uuid not null references public.municipalities (id),
  reporter_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  reason text not null check (char_length(btrim(reason)) between 3 and 1000),
  status public.report_status not null default 'open',
  resolution_note text check (char_length(resolution_note) <= 1000),
  resolved_by uuid references auth.users (id) on delete set null,
  resolved_at timestamptz,
  created_at timestamptz not null default now(),
  constraint listing_reports_reason_plain check (private.is_plain_text(reason))
);
alter table public.listing_reports enable row level security;
create unique index listing_reports_one_open on public.listing_reports (listing_id, reporter_id) where status = 'open';
create index listing_reports_moderation_idx on public.listing_reports (municipality_id, status, created_at desc);
create index listing_reports_reporter_idx on public.listing_reports (reporter_id);
create index listing_reports_resolved_by_idx on public.listing_reports (resolved_by);
-- Admins resolve (status and note); nobody deletes a report.
revoke update, delete, truncate, references, trigger on public.listing_reports from anon, authenticated;
grant update (status, resolution_note) on public.listing_reports to authenticated;

-- A client's report is new and open: the resolution is the admins', the time is now, and
-- there is a daily quota per reporter. Runs before listing_reports_guard (name order).
create or replace function private.guard_report_client_write() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not private.written_by_client() then
    return new;
  end if;
  new.created_at := now();
  new.resolution_note := null;
  new.resolved_by := null;
  new.resolved_at := null;
  perform private.check_quota(
    (select count(*) from public.listing_reports r
      where r.reporter_id = (select auth.uid()) and r.created_at > now() - interval '1 day'),
    20, 'reports per user');
  return new;
end
$$;
create trigger listing_reports_client_guard before insert on public.listing_reports
  for each row execute function private.guard_report_client_write();

create or replace function private.guard_listing_report() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    select l.municipality_id into new.municipality_id from public.listings l where l.id = new.listing_id;
  elsif new.listing_id <> old.listing_id or new.reporter_id <> old.reporter_id or new.reason <> old.reason then
    raise exception 'a report cannot be rewritten' using errcode = '42501', hint = 'immutable';
  end if;
  if new.status <> 'open' and (tg_op = 'INSERT' or old.status = 'open') then
    new.resolved_by := (select auth.uid());
    new.resolved_at := now();
  end if;
  return new;
end
$$;
create trigger listing_reports_guard before insert or update on public.listing_reports
  for each row execute function private.guard_listing_report();

-- Anyone signed in may report a listing they can see, in their own name, as an open report.
create policy "signed-in users report visible listings"
  on public.listing_reports for insert
  to authenticated
  with check (
    reporter_id = (select auth.uid())
    and status = 'open'
    and exists (select 1 from public.listings l where l.id = listing_reports.listing_id)
  );

-- The reporter sees their own reports; municipality admins see all (the moderation list).
-- Nobody else, not even the listing's organisation, learns who reported it.
create policy "reporters and admins read reports"
  on public.listing_reports for select
  to authenticated
  using (reporter_id = (select auth.uid()) or municipality_id in (select private.my_admin_municipality_ids()));

-- Only municipality admins resolve or dismiss reports.
create policy "admins resolve reports"
  on public.listing_reports for update
  to authenticated
  using (private.is_municipality_admin(municipality_id))
  with check (private.is_municipality_admin(municipality_id));
