-- The annual beursvloer event, before the day: a municipality's editions (date, times, venue,
-- registration window), their corners with a host, and the organisations that register. Admins
-- of the municipality write editions and corners; everyone reads published editions, staff read
-- all of their municipality's; an organisation's owners and members register it while
-- registration is open.

create table public.event_editions (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references public.municipalities (id),
  title text not null check (char_length(btrim(title)) between 2 and 120),
  event_date date not null,
  starts_at time not null,
  ends_at time not null,
  venue text not null check (char_length(btrim(venue)) between 2 and 200),
  -- The registration window, both days included; null: no limit on that side.
  registration_opens_on date,
  registration_closes_on date,
  published boolean not null default false,
  -- The admin's "registration closed", whatever the window says.
  registration_closed boolean not null default false,
  created_by uuid default auth.uid() references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint event_editions_times check (ends_at > starts_at),
  constraint event_editions_window check (
    registration_opens_on is null or registration_closes_on is null
    or registration_closes_on >= registration_opens_on
  ),
  constraint event_editions_title_plain check (private.is_plain_text(title)),
  constraint event_editions_venue_plain check (private.is_plain_text(venue))
);
alter table public.event_editions enable row level security;
-- Where an edition belongs and who made it are not the client's to change.
revoke update, truncate, references, trigger on public.event_editions from anon, authenticated;
grant update (title, event_date, starts_at, ends_at, venue, registration_opens_on, registration_closes_on,
              published, registration_closed)
  on public.event_editions to authenticated;
create index event_editions_municipality_date_idx on public.event_editions (municipality_id, event_date);
create index event_editions_created_by_idx on public.event_editions (created_by);
create trigger event_editions_touch before update on public.event_editions
  for each row execute function private.touch_updated_at();

comment on table public.event_editions is
  'Editions of the yearly beursvloer event of a municipality: date, times, venue, registration window, published or not.';

-- Client writes: the maker is the caller and the time is now, whatever they send. Security
-- invoker (see written_by_client); the insert policy checks the municipality.
create or replace function private.guard_event_edition_write() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not private.written_by_client() then
    return new;
  end if;
  new.created_by := (select auth.uid());
  new.created_at := now();
  new.updated_at := now();
  return new;
end
$$;
create trigger event_editions_client_guard before insert on public.event_editions
  for each row execute function private.guard_event_edition_write();

-- Published editions are public: the event page invites everyone. The municipality's staff
-- also see drafts. One select policy per role (see 20_listings.sql).
create policy "visitors read published editions"
  on public.event_editions for select
  to anon
  using (published);

create policy "published editions, and staff all of theirs"
  on public.event_editions for select
  to authenticated
  using (published or private.is_municipality_staff(municipality_id));

create policy "admins create editions"
  on public.event_editions for insert
  to authenticated
  with check (private.is_municipality_admin(municipality_id));

create policy "admins update editions"
  on public.event_editions for update
  to authenticated
  using (private.is_municipality_admin(municipality_id))
  with check (private.is_municipality_admin(municipality_id));

-- Only an edition nobody could register for yet is removed; a published one is closed instead.
create policy "admins delete unpublished editions"
  on public.event_editions for delete
  to authenticated
  using (not published and private.is_municipality_admin(municipality_id));

-- Corners ------------------------------------------------------------------------------------

create table public.event_corners (
  id uuid primary key default gen_random_uuid(),
  edition_id uuid not null references public.event_editions (id) on delete cascade,
  municipality_id uuid not null references public.municipalities (id),
  name text not null check (char_length(btrim(name)) between 2 and 80),
  host_name text not null default '' check (char_length(host_name) <= 120),
  position smallint not null default 0 check (position between 0 and 100),
  created_at timestamptz not null default now(),
  constraint event_corners_name_plain check (private.is_plain_text(name))
);
alter table public.event_corners enable row level security;
revoke update, truncate, references, trigger on public.event_corners from anon, authenticated;
grant update (name, host_name, position) on public.event_corners to authenticated;
create index event_corners_edition_idx on public.event_corners (edition_id, position);
create index event_corners_municipality_idx on public.event_corners (municipality_id);

comment on table public.event_corners is
  'Corners of an event edition (helpende handen, kennis en kunde, ...) with the name of their host (hoekman).';

-- Every write: the corner belongs to its edition's municipality, whatever the client sends.
create or replace function private.guard_event_corner_write() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not private.written_by_client() then
    return new;
  end if;
  new.municipality_id := (select e.municipality_id from public.event_editions e where e.id = new.edition_id);
  new.created_at := now();
  return new;
end
$$;
create trigger event_corners_client_guard before insert on public.event_corners
  for each row execute function private.guard_event_corner_write();

-- Whoever sees the edition sees its corners (the edition's own policies decide).
create policy "who sees the edition reads its corners"
  on public.event_corners for select
  to anon, authenticated
  using (exists (select 1 from public.event_editions e where e.id = event_corners.edition_id));

create policy "admins add corners"
  on public.event_corners for insert
  to authenticated
  with check (private.is_municipality_admin(municipality_id));

create policy "admins update corners"
  on public.event_corners for update
  to authenticated
  using (private.is_municipality_admin(municipality_id))
  with check (private.is_municipality_admin(municipality_id));

create policy "admins remove corners"
  on public.event_corners for delete
  to authenticated
  using (private.is_municipality_admin(municipality_id));

-- Registrations -------------------------------------------------------------------------------

create table public.event_registrations (
  id uuid primary key default gen_random_uuid(),
  edition_id uuid not null references public.event_editions (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  municipality_id uuid not null references public.municipalities (id),
  people smallint not null check (people between 1 and 20),
  brings text not null default '' check (char_length(brings) <= 2000),
  seeks text not null default '' check (char_length(seeks) <= 2000),
  -- When they arrive; null: from the start.
  arrival_time time,
  registered_by uuid default auth.uid() references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint event_registrations_once unique (edition_id, organisation_id)
);
alter table public.event_registrations enable row level security;
revoke update, truncate, references, trigger on public.event_registrations from anon, authenticated;
grant update (people, brings, seeks, arrival_time) on public.event_registrations to authenticated;
create index event_registrations_organisation_idx on public.event_registrations (organisation_id);
create index event_registrations_municipality_idx on public.event_registrations (municipality_id);
create index event_registrations_registered_by_idx on public.event_registrations (registered_by);
create trigger event_registrations_touch before update on public.event_registrations
  for each row execute function private.touch_updated_at();

comment on table public.event_registrations is
  'Organisations registered for an event edition: how many people come, what they bring and seek, when they arrive.';

-- Whether an organisation may register for (or change its registration to) an edition now: the
-- edition is published, not closed, today is in its window and not after the event, and the
-- organisation belongs to the edition's municipality. Security definer: it reads the edition and
-- the organisation whatever the caller may see; it only answers yes or no.
create or replace function private.event_registration_open(p_edition uuid, p_organisation uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1
      from public.event_editions e
      join public.organisations o on o.id = p_organisation and o.municipality_id = e.municipality_id
     where e.id = p_edition
       and e.published and not e.registration_closed
       and e.event_date >= private.today()
       and (e.registration_opens_on is null or e.registration_opens_on <= private.today())
       and (e.registration_closes_on is null or e.registration_closes_on >= private.today())
  )
$$;

-- Client writes: the edition's municipality, the caller and the time now, whatever they send.
create or replace function private.guard_event_registration_write() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not private.written_by_client() then
    return new;
  end if;
  new.municipality_id := (select e.municipality_id from public.event_editions e where e.id = new.edition_id);
  new.registered_by := (select auth.uid());
  new.created_at := now();
  new.updated_at := now();
  return new;
end
$$;
create trigger event_registrations_client_guard before insert on public.event_registrations
  for each row execute function private.guard_event_registration_write();

-- The organisation's owners and members see its registrations; the municipality's staff all.
create policy "members and staff read registrations"
  on public.event_registrations for select
  to authenticated
  using (
    organisation_id in (select private.my_organisation_ids())
    or private.is_municipality_staff(municipality_id)
  );

-- Owners and members register their organisation while registration is open.
create policy "members register while open"
  on public.event_registrations for insert
  to authenticated
  with check (
    organisation_id in (select private.my_organisation_ids())
    and private.event_registration_open(edition_id, organisation_id)
  );

create policy "members change while open"
  on public.event_registrations for update
  to authenticated
  using (
    organisation_id in (select private.my_organisation_ids())
    and private.event_registration_open(edition_id, organisation_id)
  )
  with check (
    organisation_id in (select private.my_organisation_ids())
    and private.event_registration_open(edition_id, organisation_id)
  );

create policy "members withdraw while open"
  on public.event_registrations for delete
  to authenticated
  using (
    organisation_id in (select private.my_organisation_ids())
    and private.event_registration_open(edition_id, organisation_id)
  );
